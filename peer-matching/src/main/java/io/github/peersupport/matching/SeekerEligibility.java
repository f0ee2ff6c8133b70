package io.github.peersupport.matching;

import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.programme.MinorPolicy;
import io.github.peersupport.core.rule.RuleId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The seeker's side of the safety floor, in the order {@link MatchingRuleIds} states it: age required,
 * minors served, minimum age, then a minor's guardian consent and assent or anyone else's own consent.
 * O(e) for e consent events.
 */
final class SeekerEligibility {
  private SeekerEligibility() {}

  /**
   * The first seeker rule that refuses the seeker, or null when none does.
   *
   * @param policy the matching policy
   * @param seeker the seeker
   * @param at the ranking's instant
   * @param date the ranking's date in the policy's zone
   * @return the rule, or null
   */
  static @Nullable RuleId refusal(MatchingPolicy policy, Seeker seeker, Instant at, LocalDate date) {
    MinorPolicy minors = policy.minors();
    Optional<Age> age = seeker.profile().age();
    if (minors.ageRequired() && age.isEmpty()) {
      return MatchingRuleIds.SEEKER_AGE_UNKNOWN;
    }
    boolean minor = MinorPolicy.isMinor(age, date);
    if (minor && !minors.servesMinors()) {
      return MatchingRuleIds.MINORS_NOT_SERVED;
    }
    if (minors.isBelowMinimumAge(age, date)) {
      return MatchingRuleIds.BELOW_MINIMUM_AGE;
    }
    ConsentRecord consent = seeker.consent();
    if (minor) {
      if (!consent.permitsAllOnBehalf(at, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)) {
        return MatchingRuleIds.GUARDIAN_CONSENT;
      }
      if (minors.assentRequired(age, date) && !consent.assentsToAll(at, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)) {
        return MatchingRuleIds.MINOR_ASSENT;
      }
      return null;
    }
    return consent.permitsAll(at, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED) ? null : MatchingRuleIds.SEEKER_CONSENT;
  }
}
