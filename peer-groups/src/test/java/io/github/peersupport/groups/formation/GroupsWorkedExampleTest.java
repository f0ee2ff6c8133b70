package io.github.peersupport.groups.formation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.Certification;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.lifecycle.PauseReason;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.lifecycle.TrainingRecord;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.groups.SupportGroup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Runs the README's worked example exactly: forming groups for 40 newly diagnosed breast-cancer
 * patients and 12 caregivers. The body of {@link #example()} between the markers is the README code.
 */
@Isolated // captures System.out, which every test class shares: runs alone
class GroupsWorkedExampleTest {

  private static Formation example() {
    // --- README example start ---
    Taxonomy conditions = Taxonomy.standardConditions();
    Instant now = Instant.parse("2026-02-02T09:00:00Z");
    ConsentRecord consent = ConsentRecord.grantedAt(now.minus(Duration.ofDays(1)), ConsentScope.BE_CONTACTED);
    PersonProfile english = PersonProfile.builder().addLanguages(Language.of("en")).addModalities(Modality.VIDEO).build();

    // 40 newly diagnosed patients (four subtypes) and 12 partners caring for someone with breast cancer
    String[] subtypes = {"breast-cancer.hr-positive", "breast-cancer.her2-positive", "breast-cancer.triple-negative", "breast-cancer"};
    List<Seeker> cohort = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      cohort.add(Seeker.builder().id(SeekerId.of(String.format("p-%02d", i))).profile(english).consent(consent)
          .experience(LivedExperience.builder().addConditions(conditions.code(subtypes[i % 4])).build())
          .build());
    }
    for (int i = 1; i <= 12; i++) {
      cohort.add(Seeker.builder().id(SeekerId.of(String.format("c-%02d", i))).profile(english).consent(consent)
          .experience(LivedExperience.builder().role(ExperienceRole.CAREGIVER).relationship(CaregiverRelationship.PARTNER)
              .addConditions(conditions.code("breast-cancer")).build())
          .build());
    }

    // five facilitators trained in group facilitation and for breast cancer; f-3 is paused (self-care)
    Instant t = now.minus(Duration.ofDays(400));
    PeerStanding active = PeerLifecycle.standard().replay(PeerStanding.applicant(), List.of(
        LifecycleEvent.screened(t),
        LifecycleEvent.trainingCompleted(TrainingRecord.passed("group-facilitation", t.plus(Duration.ofDays(10)))),
        LifecycleEvent.trainingCompleted(TrainingRecord.passed("breast-cancer", t.plus(Duration.ofDays(11)))),
        LifecycleEvent.codeOfConductSigned(t.plus(Duration.ofDays(12))),
        LifecycleEvent.certified(Certification.of("group-facilitator", t.plus(Duration.ofDays(13)), now.plus(Duration.ofDays(365)))),
        LifecycleEvent.activated(t.plus(Duration.ofDays(14))))).get(5).standing();
    PeerStanding paused = PeerLifecycle.standard()
        .apply(active, LifecycleEvent.paused(now.minus(Duration.ofDays(7)), PauseReason.SELF_CARE)).standing();
    List<Facilitator> pool = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      pool.add(Facilitator.builder().id(FacilitatorId.of("f-" + i)).standing(i == 3 ? paused : active).build());
    }

    Formation formation = GroupFormation.standard().form(cohort, pool, now);
    for (SupportGroup g : formation.groups()) {
      System.out.println(g + " facilitators " + g.facilitators());
    }
    System.out.println(formation);
    // --- README example end ---
    return formation;
  }

  @Test
  void example_fortyPatientsTwelveCaregivers_fourPatientGroupsOneCoFacilitatedCaregiverGroup() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Formation formation;
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      formation = example();
    } finally {
      System.setOut(original);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "SupportGroup[new-1, breast-cancer, PATIENTS, VIDEO, 10/12] facilitators [f-1]",
        "SupportGroup[new-2, breast-cancer, PATIENTS, VIDEO, 10/12] facilitators [f-2]",
        "SupportGroup[new-3, breast-cancer, PATIENTS, VIDEO, 10/12] facilitators [f-4]",
        "SupportGroup[new-4, breast-cancer, PATIENTS, VIDEO, 10/12] facilitators [f-5]",
        "SupportGroup[new-5, breast-cancer, CAREGIVERS, VIDEO, 12/12] facilitators [f-1, f-2]",
        "Formation[5 groups, 52 members, 0 unplaced, shortage 0]");
    assertThat(formation.groups().get(0).members()).hasSize(10).startsWith(SeekerId.of("p-01"), SeekerId.of("p-02"));
    assertThat(formation.groups().get(4).seriesWeeks()).hasValue(10);
    assertThat(formation.facilitatorPlans().get(4).needed()).isEqualTo(2);
  }
}
