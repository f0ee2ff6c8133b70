package io.github.peersupport.groups;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.prescription.GroupPrescription;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The repository of vetted peer support groups that clinicians prescribe from (peer group
 * prescriptions; Fox 2024). A {@link GroupPrescription} names a group by {@link GroupId}; {@link #resolve}
 * reports a group that is missing, not vetted, or overdue for review as a result, not an exception.
 * Lookups by id are O(1); entries keep their given order, with unique group ids.
 */
@Value.Immutable
@PeerStyle
public abstract class GroupCatalogue {
  GroupCatalogue() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupCatalogue}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableGroupCatalogue.Builder {
    /** Creates an empty builder; prefer {@link GroupCatalogue#builder()}. */
    public Builder() {}
  }

  /** Group id to entry, computed once on first use (a benign race); not an attribute. */
  @SuppressWarnings("immutables:incompat")
  private volatile @Nullable Map<GroupId, CatalogueEntry> index;

  /**
   * Returns the entries.
   *
   * @return the entries, unique by group id
   */
  public abstract List<CatalogueEntry> entries();

  @Value.Check
  final void check() {
    Map<GroupId, CatalogueEntry> seen = new HashMap<>();
    for (int i = 0; i < entries().size(); i++) {
      if (seen.put(entries().get(i).group().id(), entries().get(i)) != null) {
        throw Require.invalid("entries[" + i + "]", "repeats group " + entries().get(i).group().id());
      }
    }
  }

  private Map<GroupId, CatalogueEntry> index() {
    Map<GroupId, CatalogueEntry> m = index;
    if (m == null) {
      m = new HashMap<>();
      for (CatalogueEntry e : entries()) {
        m.put(e.group().id(), e);
      }
      index = m;
    }
    return m;
  }

  /**
   * Returns the entry of a group.
   *
   * @param group the group id
   * @return the entry, or empty if not in the catalogue
   */
  public final Optional<CatalogueEntry> find(GroupId group) {
    Objects.requireNonNull(group, "group");
    return Optional.ofNullable(index().get(group));
  }

  /**
   * Resolves a group id at an instant: usable when in the catalogue, {@link VettingStatus#VETTED} and
   * its review not overdue.
   *
   * @param group the group id
   * @param at the instant
   * @return the lookup result
   */
  public final CatalogueLookup resolve(GroupId group, Instant at) {
    Objects.requireNonNull(at, "at");
    Optional<CatalogueEntry> entry = find(group);
    CatalogueLookup.Builder b = CatalogueLookup.builder().group(group).entry(entry);
    if (entry.isEmpty()) {
      b.refusedBy(GroupRuleIds.CATALOGUE_MISSING);
    } else if (entry.get().vetting().status() != VettingStatus.VETTED) {
      b.refusedBy(GroupRuleIds.CATALOGUE_UNVETTED);
    } else if (entry.get().vetting().reviewOverdue(at)) {
      b.refusedBy(GroupRuleIds.CATALOGUE_REVIEW_OVERDUE);
    }
    return b.build();
  }

  /**
   * Resolves the group a prescription points to.
   *
   * @param prescription the prescription
   * @param at the instant
   * @return the lookup result
   */
  public final CatalogueLookup resolve(GroupPrescription prescription, Instant at) {
    return resolve(prescription.group(), at);
  }

  /**
   * Returns the entries usable at an instant, in catalogue order.
   *
   * @param at the instant
   * @return the usable entries
   */
  public final List<CatalogueEntry> usableAt(Instant at) {
    List<CatalogueEntry> out = new ArrayList<>();
    for (CatalogueEntry e : entries()) {
      if (e.vetting().status() == VettingStatus.VETTED && !e.vetting().reviewOverdue(at)) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /** Returns e.g. {@code GroupCatalogue[12 groups]}. */
  @Override
  public final String toString() {
    return "GroupCatalogue[" + entries().size() + " groups]";
  }
}
