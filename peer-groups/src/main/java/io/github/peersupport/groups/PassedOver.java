package io.github.peersupport.groups;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/** A waiting seeker a promotion passed over, and the rule that made them ineligible; they stay on the waitlist. */
@Value.Immutable
@PeerTuple
public abstract class PassedOver {
  PassedOver() {}

  /**
   * Creates one.
   *
   * @param seeker the seeker passed over
   * @param rule the rule that made them ineligible
   * @return the value
   */
  public static PassedOver of(SeekerId seeker, RuleId rule) {
    return ImmutablePassedOver.of(seeker, rule);
  }

  /**
   * Returns the seeker.
   *
   * @return the id
   */
  public abstract SeekerId seeker();

  /**
   * Returns the rule.
   *
   * @return the rule id
   */
  public abstract RuleId refusedBy();

  /** Returns e.g. {@code s-3: groups.admission.consent-missing}. */
  @Override
  public final String toString() {
    return seeker() + ": " + refusedBy();
  }
}
