package io.github.peersupport.matching;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/** A supporter who is not a candidate, and the first rule that excluded them. */
@Value.Immutable
@PeerTuple
public abstract class Exclusion {
  Exclusion() {}

  /**
   * Creates an exclusion.
   *
   * @param supporter the supporter
   * @param rule the rule that excluded them
   * @return the exclusion
   */
  public static Exclusion of(SupporterId supporter, RuleId rule) {
    return ImmutableExclusion.of(supporter, rule);
  }

  /**
   * Returns the supporter.
   *
   * @return the id
   */
  public abstract SupporterId supporter();

  /**
   * Returns the rule.
   *
   * @return the rule id
   */
  public abstract RuleId refusedBy();

  /** Returns e.g. {@code sup-9: eligibility.at-capacity}. */
  @Override
  public final String toString() {
    return supporter() + ": " + refusedBy();
  }
}
