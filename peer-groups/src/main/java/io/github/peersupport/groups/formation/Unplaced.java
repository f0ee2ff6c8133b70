package io.github.peersupport.groups.formation;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerTuple;
import java.util.Optional;
import org.immutables.value.Value;

/** A seeker left unplaced, why, and the admission rule when one decided it. */
@Value.Immutable
@PeerTuple
public abstract class Unplaced {
  Unplaced() {}

  /**
   * Creates one.
   *
   * @param seeker the seeker
   * @param reason why
   * @param rule the deciding admission rule, if any
   * @return the value
   */
  public static Unplaced of(SeekerId seeker, UnplacedReason reason, Optional<? extends RuleId> rule) {
    return ImmutableUnplaced.of(seeker, reason, rule);
  }

  /**
   * Creates one without a rule.
   *
   * @param seeker the seeker
   * @param reason why
   * @return the value
   */
  public static Unplaced of(SeekerId seeker, UnplacedReason reason) {
    return of(seeker, reason, Optional.empty());
  }

  /**
   * Returns the seeker.
   *
   * @return the id
   */
  public abstract SeekerId seeker();

  /**
   * Returns why the seeker is unplaced.
   *
   * @return the reason
   */
  public abstract UnplacedReason reason();

  /**
   * Returns the admission rule that decided it, if one did.
   *
   * @return the rule id
   */
  public abstract Optional<RuleId> refusedBy();

  /** Returns e.g. {@code s-3: NOT_ELIGIBLE groups.admission.consent-missing}. */
  @Override
  public final String toString() {
    return seeker() + ": " + reason() + refusedBy().map(r -> " " + r).orElse("");
  }
}
