package io.github.peersupport.core.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.ClinicianId;
import io.github.peersupport.core.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReferralTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void byClinician_namesTheClinician() {
    Referral r = Referral.byClinician(ClinicianId.of("obgyn-7"));

    assertThat(r.source()).isEqualTo(ReferralSource.CLINICIAN);
    assertThat(r.clinician()).contains(ClinicianId.of("obgyn-7"));
    assertThat(r.referredAt()).isEmpty();
  }

  @Test
  void namesClinician_onlyClinicalSources() {
    EnumSet<ReferralSource> clinical = EnumSet.noneOf(ReferralSource.class);
    for (ReferralSource s : ReferralSource.values()) {
      if (s.namesClinician()) {
        clinical.add(s);
      }
    }
    assertThat(clinical).containsExactlyInAnyOrder(ReferralSource.CLINICIAN, ReferralSource.EHR_ORDER);
  }

  @Test
  void build_selfReferralNamingClinician_throwsNamingClinicianField() {
    assertThatThrownBy(() -> Referral.builder().source(ReferralSource.SELF).clinician(ClinicianId.of("c-1")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("clinician: may be named only by a CLINICIAN or EHR_ORDER referral but was source SELF");
    assertThat(Referral.builder().source(ReferralSource.EHR_ORDER).clinician(ClinicianId.of("c-1")).build().clinician()).isPresent();
    assertThat(Referral.of(ReferralSource.FAMILY).clinician()).isEmpty();
  }

  @Test
  void anchorEvent_expectedAndOccurred() {
    AnchorEvent expected = AnchorEvent.expected(AnchorKind.DISCHARGE, T0);
    AnchorEvent occurred = AnchorEvent.occurred(AnchorKind.DELIVERY, T0);

    assertThat(expected.expected()).isTrue();
    assertThat(expected.occurred()).isFalse();
    assertThat(occurred.occurred()).isTrue();
    assertThat(AnchorEvent.builder().kind(AnchorKind.DELIVERY).at(T0).build()).isEqualTo(occurred);
  }

  @Test
  void on_dateInZone_isStartOfThatDay() {
    assertThat(AnchorEvent.on(LocalDate.parse("2026-03-29"), ZoneId.of("Europe/London")))
        .isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
    assertThat(AnchorEvent.on(LocalDate.parse("2026-07-01"), ZoneId.of("America/New_York")))
        .isEqualTo(Instant.parse("2026-07-01T04:00:00Z"));
  }
}
