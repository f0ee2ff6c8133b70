package io.github.peersupport.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.groups.testing.GroupsGen;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupAdmissionTest {
  private static final GroupAdmission ADMISSION = GroupAdmission.standard();
  private static final Instant NOW = GroupsGen.NOW;
  private static final SupportGroup BREAST = GroupsGen.openGroup("g-1", "breast-cancer");

  private static Admission admit(SupportGroup g, Seeker s) {
    return ADMISSION.admit(g, Waitlist.empty(g.id()), s, NOW);
  }

  @Test
  void admit_subtypePatientWithSeat_admitted() {
    Admission a = admit(BREAST, GroupsGen.patient("s-1", "breast-cancer.triple-negative"));

    assertThat(a.outcome()).isEqualTo(AdmissionOutcome.ADMITTED);
    assertThat(a.group().members()).containsExactly(SeekerId.of("s-1"));
    assertThat(a).hasToString("Admission[s-1 ADMITTED for g-1]");
  }

  @Test
  void admit_otherDiagnosis_refusedWithConditionRule() {
    Admission a = admit(BREAST, GroupsGen.patient("s-1", "prostate-cancer"));

    assertThat(a.outcome()).isEqualTo(AdmissionOutcome.REFUSED);
    assertThat(a.refusedBy()).contains(GroupRuleIds.CONDITION);
    assertThat(a.refusedBy().get().value()).isEqualTo("groups.admission.condition");
    assertThat(a.group()).isEqualTo(BREAST);
  }

  @Test
  void admit_noConsent_refusedWithConsentRule() {
    Seeker s = Seeker.builder().from(GroupsGen.patient("s-1", "breast-cancer")).consent(ConsentRecord.none()).build();

    assertThat(admit(BREAST, s).refusedBy()).contains(GroupRuleIds.CONSENT);
  }

  @Test
  void admit_consentWithdrawn_refusedWithConsentRule() {
    Seeker s = GroupsGen.patient("s-1", "breast-cancer");
    s = Seeker.builder().from(s).consent(s.consent().withdraw(ConsentScope.BE_CONTACTED, NOW.minusSeconds(60))).build();

    assertThat(admit(BREAST, s).refusedBy()).contains(GroupRuleIds.CONSENT);
  }

  @Test
  void admit_caregiverToPatientGroup_refusedWithAudienceRule() {
    assertThat(admit(BREAST, GroupsGen.caregiver("c-1", "breast-cancer")).refusedBy()).contains(GroupRuleIds.AUDIENCE);
    SupportGroup both = SupportGroup.builder().from(BREAST).audience(Audience.BOTH).build();
    assertThat(admit(both, GroupsGen.caregiver("c-1", "breast-cancer")).succeeded()).isTrue();
  }

  @Test
  void admit_noSharedLanguage_refusedWithLanguageRule() {
    Seeker s = Seeker.builder().from(GroupsGen.patient("s-1", "breast-cancer"))
        .profile(PersonProfile.builder().addLanguages(Language.of("es")).build()).build();

    assertThat(admit(BREAST, s).refusedBy()).contains(GroupRuleIds.LANGUAGE);
  }

  @Test
  void admit_seekerWithoutVideo_refusedWithModalityRule() {
    Seeker s = Seeker.builder().from(GroupsGen.patient("s-1", "breast-cancer"))
        .profile(PersonProfile.builder().addLanguages(Language.of("en")).addModalities(Modality.PHONE).build()).build();

    assertThat(admit(BREAST, s).refusedBy()).contains(GroupRuleIds.MODALITY);
  }

  @Test
  void admit_closedSeriesStarted_refusedButAdmittedBeforeStart() {
    SupportGroup closed = SupportGroup.builder().from(BREAST).openness(Openness.CLOSED).seriesWeeks(10)
        .seriesStart(GroupsGen.NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate()).build();
    SupportGroup later = SupportGroup.builder().from(closed).seriesStart(closed.seriesStart().get().plusDays(1)).build();

    assertThat(admit(closed, GroupsGen.patient("s-1", "breast-cancer")).refusedBy()).contains(GroupRuleIds.CLOSED_SERIES_STARTED);
    assertThat(admit(later, GroupsGen.patient("s-1", "breast-cancer")).succeeded()).isTrue();
  }

  @Test
  void admit_alreadyMember_refused() {
    SupportGroup g = GroupsGen.openGroup("g-1", "breast-cancer", "s-1");

    assertThat(admit(g, GroupsGen.patient("s-1", "breast-cancer")).refusedBy()).contains(GroupRuleIds.ALREADY_MEMBER);
  }

  @Test
  void admit_fullGroup_waitlistedAtNextPosition() {
    SupportGroup full = GroupsGen.openGroup("g-1", "breast-cancer", GroupsGen.ids("m", 12));
    Waitlist w = Waitlist.empty(full.id()).add(SeekerId.of("w-1"), NOW.minusSeconds(10));

    Admission a = ADMISSION.admit(full, w, GroupsGen.patient("s-1", "breast-cancer"), NOW);

    assertThat(a.outcome()).isEqualTo(AdmissionOutcome.WAITLISTED);
    assertThat(a.position()).hasValue(2);
    assertThat(a.group().size()).isEqualTo(12);
    assertThat(a.waitlist().entries()).extracting(WaitlistEntry::seeker).containsExactly(SeekerId.of("w-1"), SeekerId.of("s-1"));
  }

  @Test
  void admit_seatClaimedByWaitlist_newcomerWaitsButFirstWaitingIsAdmitted() {
    SupportGroup g = GroupsGen.openGroup("g-1", "breast-cancer", GroupsGen.ids("m", 11));
    Waitlist w = Waitlist.empty(g.id()).add(SeekerId.of("w-1"), NOW.minusSeconds(10));

    assertThat(ADMISSION.admit(g, w, GroupsGen.patient("s-1", "breast-cancer"), NOW).outcome()).isEqualTo(AdmissionOutcome.WAITLISTED);
    Admission first = ADMISSION.admit(g, w, GroupsGen.patient("w-1", "breast-cancer"), NOW);
    assertThat(first.succeeded()).isTrue();
    assertThat(first.waitlist().size()).isZero();
  }

  @Test
  void promote_ineligibleFirst_passedOverSecondPromoted() {
    SupportGroup g = GroupsGen.openGroup("g-1", "breast-cancer", GroupsGen.ids("m", 11));
    Waitlist w = Waitlist.empty(g.id()).add(SeekerId.of("w-1"), NOW.minusSeconds(20)).add(SeekerId.of("w-2"), NOW.minusSeconds(10))
        .add(SeekerId.of("w-3"), NOW.minusSeconds(5));
    Seeker w1 = Seeker.builder().from(GroupsGen.patient("w-1", "breast-cancer")).consent(ConsentRecord.none()).build();
    Map<SeekerId, Seeker> seekers = Map.of(w1.id(), w1, SeekerId.of("w-2"), GroupsGen.patient("w-2", "breast-cancer"),
        SeekerId.of("w-3"), GroupsGen.patient("w-3", "breast-cancer"));

    Promotion p = ADMISSION.promote(g, w, seekers, NOW);

    assertThat(p.promoted()).containsExactly(SeekerId.of("w-2"));
    assertThat(p.passedOver()).containsExactly(PassedOver.of(SeekerId.of("w-1"), GroupRuleIds.CONSENT));
    assertThat(p.waitlist().entries()).extracting(WaitlistEntry::seeker).containsExactly(SeekerId.of("w-1"), SeekerId.of("w-3"));
    assertThat(p.group().isFull()).isTrue();
    assertThat(p).hasToString("Promotion[g-1, 1 promoted, 1 passed over, 2 waiting]");
  }

  @Test
  void admit_waitlistOfAnotherGroup_throws() {
    assertThatThrownBy(() -> ADMISSION.admit(BREAST, Waitlist.empty(GroupId.of("g-2")), GroupsGen.patient("s-1", "breast-cancer"), NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("waitlist: belongs to group g-2, not g-1");
  }

  @Test
  void waitlist_sameRequestTime_orderedBySeekerId() {
    Waitlist w = Waitlist.empty(GroupId.of("g-1")).add(SeekerId.of("s-b"), NOW).add(SeekerId.of("s-a"), NOW)
        .add(SeekerId.of("s-c"), NOW.minusSeconds(1));

    assertThat(w.entries()).extracting(WaitlistEntry::seeker).containsExactly(SeekerId.of("s-c"), SeekerId.of("s-a"), SeekerId.of("s-b"));
    assertThat(w.add(SeekerId.of("s-a"), NOW.minusSeconds(99))).isSameAs(w);
    assertThat(w.position(SeekerId.of("s-b"))).hasValue(3);
  }

  @Test
  void waitlistBuild_outOfOrder_throwsNamingEntry() {
    assertThatThrownBy(() -> Waitlist.builder().group(GroupId.of("g-1"))
        .addEntries(WaitlistEntry.of(SeekerId.of("s-1"), NOW), WaitlistEntry.of(SeekerId.of("s-2"), NOW.minusSeconds(1))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("entries[1]: out of fair order");
  }
}
