package io.github.peersupport.groups;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of resolving a group id (for example a prescription's) in the catalogue: the entry when
 * it can be used, otherwise the rule saying why not ({@link GroupRuleIds#CATALOGUE_MISSING}, {@link
 * GroupRuleIds#CATALOGUE_UNVETTED}, {@link GroupRuleIds#CATALOGUE_REVIEW_OVERDUE}); the entry is present
 * whenever the group is in the catalogue.
 */
@Value.Immutable
@PeerStyle
public abstract class CatalogueLookup {
  CatalogueLookup() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CatalogueLookup}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableCatalogueLookup.Builder {
    /** Creates an empty builder; prefer {@link CatalogueLookup#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the id looked up.
   *
   * @return the group id
   */
  public abstract GroupId group();

  /**
   * Returns the catalogue entry, if the group is in the catalogue.
   *
   * @return the entry
   */
  public abstract Optional<CatalogueEntry> entry();

  /**
   * Returns why the group cannot be prescribed; empty when it can.
   *
   * @return the rule id
   */
  public abstract Optional<RuleId> refusedBy();

  @Value.Check
  final void check() {
    if (entry().isEmpty() && refusedBy().isEmpty()) {
      throw Require.invalid("refusedBy", "required when the entry is missing");
    }
  }

  /**
   * Tells whether the group can be prescribed.
   *
   * @return true if in the catalogue, vetted and not overdue for review
   */
  public final boolean succeeded() {
    return refusedBy().isEmpty();
  }

  /** Returns e.g. {@code CatalogueLookup[g-7 succeeded]} or {@code CatalogueLookup[g-7 groups.catalogue.missing]}. */
  @Override
  public final String toString() {
    return "CatalogueLookup[" + group() + " " + refusedBy().map(RuleId::value).orElse("succeeded") + "]";
  }
}
