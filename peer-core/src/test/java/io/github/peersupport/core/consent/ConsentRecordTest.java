package io.github.peersupport.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ConsentRecordTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private static Instant hour(int n) {
    return T0.plus(Duration.ofHours(n));
  }

  @Test
  void permits_noEvents_nothingPermitted() {
    ConsentRecord none = ConsentRecord.none();

    assertThat(none.events()).isEmpty();
    for (ConsentScope scope : ConsentScope.values()) {
      assertThat(none.permits(scope, T0)).as("%s", scope).isFalse();
    }
    assertThat(none.permittedAt(T0)).isEmpty();
    assertThat(none.permitsAll(T0, ConsentScope.BE_MATCHED)).isFalse();
  }

  @Test
  void permits_grantedAt_permittedFromThatInstantOnly() {
    ConsentRecord record = ConsentRecord.grantedAt(hour(1), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);

    assertThat(record.permits(ConsentScope.BE_MATCHED, hour(1).minusNanos(1))).isFalse();
    assertThat(record.permits(ConsentScope.BE_MATCHED, hour(1))).isTrue();
    assertThat(record.permits(ConsentScope.BE_CONTACTED, hour(1000))).isTrue();
    assertThat(record.permits(ConsentScope.SHARE_CONTACT_DETAILS, hour(1))).isFalse();
    assertThat(record.permitsAll(hour(2), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).isTrue();
    assertThat(record.permitsAll(hour(2), ConsentScope.BE_MATCHED, ConsentScope.RESEARCH_USE)).isFalse();
    assertThat(record.permittedAt(hour(2))).containsExactlyInAnyOrder(ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
  }

  @Test
  void permits_withdrawn_notPermittedFromWithdrawalUntilRegranted() {
    ConsentRecord record = ConsentRecord.none()
        .grant(ConsentScope.SHARE_WITH_CARE_TEAM, hour(1))
        .withdraw(ConsentScope.SHARE_WITH_CARE_TEAM, hour(5))
        .grant(ConsentScope.SHARE_WITH_CARE_TEAM, hour(9));

    assertThat(record.permits(ConsentScope.SHARE_WITH_CARE_TEAM, hour(5).minusNanos(1))).isTrue();
    assertThat(record.permits(ConsentScope.SHARE_WITH_CARE_TEAM, hour(5))).isFalse();
    assertThat(record.permits(ConsentScope.SHARE_WITH_CARE_TEAM, hour(9).minusNanos(1))).isFalse();
    assertThat(record.permits(ConsentScope.SHARE_WITH_CARE_TEAM, hour(9))).isTrue();
  }

  @Test
  void permits_grantAndWithdrawalAtSameInstant_withdrawalWinsInEitherOrder() {
    ConsentRecord grantFirst = ConsentRecord.none().grant(ConsentScope.BE_MATCHED, hour(3)).withdraw(ConsentScope.BE_MATCHED, hour(3));
    ConsentRecord withdrawFirst = ConsentRecord.none().withdraw(ConsentScope.BE_MATCHED, hour(3)).grant(ConsentScope.BE_MATCHED, hour(3));

    assertThat(grantFirst.permits(ConsentScope.BE_MATCHED, hour(3))).isFalse();
    assertThat(withdrawFirst.permits(ConsentScope.BE_MATCHED, hour(3))).isFalse();
    assertThat(withdrawFirst.permits(ConsentScope.BE_MATCHED, hour(40))).isFalse();
  }

  @Test
  void permits_earlierGrantRecordedAfterWithdrawal_withdrawalStillWins() {
    ConsentRecord record = ConsentRecord.none()
        .withdraw(ConsentScope.RESEARCH_USE, hour(10))
        .grant(ConsentScope.RESEARCH_USE, hour(5));

    assertThat(record.permits(ConsentScope.RESEARCH_USE, hour(4))).isFalse();
    assertThat(record.permits(ConsentScope.RESEARCH_USE, hour(7))).isTrue();
    assertThat(record.permits(ConsentScope.RESEARCH_USE, hour(10))).isFalse();
    assertThat(record.permits(ConsentScope.RESEARCH_USE, hour(11))).isFalse();
  }

  @Test
  void permits_otherScopeWithdrawn_unaffected() {
    ConsentRecord record = ConsentRecord.grantedAt(hour(1), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)
        .withdraw(ConsentScope.BE_CONTACTED, hour(2));

    assertThat(record.permits(ConsentScope.BE_MATCHED, hour(3))).isTrue();
    assertThat(record.permits(ConsentScope.BE_CONTACTED, hour(3))).isFalse();
    assertThat(record.permittedAt(hour(3))).containsExactly(ConsentScope.BE_MATCHED);
  }

  @Test
  void grantAndWithdraw_returnCopies_originalUnchanged() {
    ConsentRecord original = ConsentRecord.grantedAt(hour(1), ConsentScope.BE_MATCHED);

    ConsentRecord withdrawn = original.withdraw(ConsentScope.BE_MATCHED, hour(2));

    assertThat(original.events()).containsExactly(ConsentEvent.granted(ConsentScope.BE_MATCHED, hour(1)));
    assertThat(original.permits(ConsentScope.BE_MATCHED, hour(3))).isTrue();
    assertThat(withdrawn.events()).containsExactly(
        ConsentEvent.granted(ConsentScope.BE_MATCHED, hour(1)), ConsentEvent.withdrawn(ConsentScope.BE_MATCHED, hour(2)));
    assertThat(withdrawn.permits(ConsentScope.BE_MATCHED, hour(3))).isFalse();
  }

  @Test
  void consentEvent_factories_setActionScopeAndInstant() {
    ConsentEvent withdrawn = ConsentEvent.withdrawn(ConsentScope.RESEARCH_USE, hour(1));

    assertThat(withdrawn.action()).isEqualTo(ConsentAction.WITHDRAWN);
    assertThat(withdrawn.scope()).isEqualTo(ConsentScope.RESEARCH_USE);
    assertThat(withdrawn.at()).isEqualTo(hour(1));
    assertThat(ConsentEvent.granted(ConsentScope.RESEARCH_USE, hour(1)))
        .isEqualTo(ConsentEvent.of(ConsentScope.RESEARCH_USE, ConsentAction.GRANTED, hour(1)));
  }

  // ---- confidentiality policy ----------------------------------------------------------------

  @Test
  void confidentialityPolicy_standard_hasAllLimitsAndGroupCaveat() {
    ConfidentialityPolicy standard = ConfidentialityPolicy.standard();

    assertThat(standard.limits()).containsExactlyInAnyOrder(ConfidentialityLimit.values());
    assertThat(standard.groupCaveatStated()).isTrue();
    for (ConfidentialityLimit limit : ConfidentialityLimit.values()) {
      assertThat(standard.overridesConsent(limit)).as("%s", limit).isTrue();
    }
  }

  @Test
  void confidentialityPolicy_floorOnly_buildsWithoutElderAbuse() {
    ConfidentialityPolicy floorOnly = ConfidentialityPolicy.builder().addAllLimits(ConfidentialityPolicy.FLOOR).groupCaveatStated(false).build();

    assertThat(floorOnly.limits()).containsExactlyInAnyOrder(
        ConfidentialityLimit.DANGER_TO_SELF, ConfidentialityLimit.DANGER_TO_OTHERS, ConfidentialityLimit.CHILD_ABUSE);
    assertThat(floorOnly.overridesConsent(ConfidentialityLimit.ELDER_OR_DEPENDENT_ADULT_ABUSE)).isFalse();
    assertThat(floorOnly.overridesConsent(ConfidentialityLimit.CHILD_ABUSE)).isTrue();
    assertThat(floorOnly.groupCaveatStated()).isFalse();
  }

  @Test
  void confidentialityPolicy_withoutAFloorLimit_throwsNamingLimits() {
    for (ConfidentialityLimit removed : ConfidentialityPolicy.FLOOR) {
      EnumSet<ConfidentialityLimit> limits = EnumSet.allOf(ConfidentialityLimit.class);
      limits.remove(removed);
      ConfidentialityPolicy.Builder b = ConfidentialityPolicy.builder().addAllLimits(limits);

      assertThatThrownBy(b::build).as("without %s", removed)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limits").hasMessageContaining(removed.name());
    }
  }

  @Test
  void confidentialityPolicy_noLimits_throwsNamingLimits() {
    assertThatThrownBy(() -> ConfidentialityPolicy.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limits");
  }

  @Test
  void confidentialityPolicy_floor_isTheThreeSafetyLimitsAndUnmodifiable() {
    assertThat(ConfidentialityPolicy.FLOOR).containsExactlyInAnyOrder(
        ConfidentialityLimit.DANGER_TO_SELF, ConfidentialityLimit.DANGER_TO_OTHERS, ConfidentialityLimit.CHILD_ABUSE);
    assertThatThrownBy(() -> ConfidentialityPolicy.FLOOR.remove(ConfidentialityLimit.CHILD_ABUSE))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
