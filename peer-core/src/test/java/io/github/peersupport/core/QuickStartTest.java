package io.github.peersupport.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.Certification;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.lifecycle.PeerStatus;
import io.github.peersupport.core.lifecycle.TrainingRecord;
import io.github.peersupport.core.lifecycle.Transition;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quick start, compiled and run; a second test keeps the README's copy identical. */
class QuickStartTest {
  private static final Path SOURCE = Path.of("src/test/java/io/github/peersupport/core/QuickStartTest.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void quickStart_runsAsTheReadmeSays() {
    // README:quick-start:begin
    Taxonomy conditions = Taxonomy.standardConditions();
    Instant now = Instant.parse("2026-03-02T09:00:00Z");

    Seeker seeker = Seeker.builder()
        .id(SeekerId.of("s-17"))
        .experience(LivedExperience.builder()
            .addConditions(conditions.code("breast-cancer.triple-negative"))
            .addIssues(Tag.of("returning-to-work"))
            .build())
        .profile(PersonProfile.builder()
            .addLanguages(Language.of("en"))
            .addModalities(Modality.PHONE, Modality.VIDEO)
            .build())
        .build();

    // A supporter's standing comes from the guarded lifecycle: each event is applied and audited,
    // or rejected with the id of the rule that blocked it.
    List<Transition> steps = PeerLifecycle.standard().replay(PeerStanding.applicant(), List.of(
        LifecycleEvent.screened(now.minus(Duration.ofDays(60))),
        LifecycleEvent.trainingCompleted(TrainingRecord.passed("peer-mentor-core", now.minus(Duration.ofDays(50)))),
        LifecycleEvent.codeOfConductSigned(now.minus(Duration.ofDays(50))),
        LifecycleEvent.certified(Certification.of("peer-mentor", now.minus(Duration.ofDays(40)), now.plus(Duration.ofDays(325)))),
        LifecycleEvent.activated(now.minus(Duration.ofDays(39)))));

    Supporter supporter = Supporter.builder()
        .id(SupporterId.of("sup-3"))
        .experience(LivedExperience.builder()
            .addConditions(conditions.code("breast-cancer.her2-positive"))
            .treatmentEndedOn(LocalDate.parse("2023-05-01"))
            .build())
        .standing(steps.get(steps.size() - 1).standing())
        .build();

    ConsentRecord consent = ConsentRecord.grantedAt(now, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);

    String shown = seeker.toString();                                   // "Seeker[s-17, PATIENT]": no health data
    boolean canServe = supporter.standing().canServeAt(now);            // true: active, certified, trained
    int shared = conditions.sharedDepth(                                // 2: both have breast cancer
        seeker.experience().conditions().iterator().next(),
        supporter.experience().conditions().iterator().next());
    boolean mayMatch = consent.permits(ConsentScope.BE_MATCHED, now);   // true
    // README:quick-start:end

    assertThat(shown).isEqualTo("Seeker[s-17, PATIENT]");
    assertThat(canServe).isTrue();
    assertThat(shared).isEqualTo(2);
    assertThat(mayMatch).isTrue();
    assertThat(steps).allMatch(Transition::succeeded);
    assertThat(supporter.standing().status()).isEqualTo(PeerStatus.ACTIVE);
    assertThat(supporter.experience().isPastTreatment(LocalDate.parse("2026-03-02"), 12)).isTrue();
  }

  @Test
  void readme_showsTheCompiledQuickStart() throws IOException {
    List<String> lines = Files.readAllLines(SOURCE);
    int begin = lines.indexOf("    // README:quick-start:begin");
    int end = lines.indexOf("    // README:quick-start:end");
    String snippet = lines.subList(begin + 1, end).stream()
        .map(l -> l.length() >= 4 ? l.substring(4) : l)
        .collect(Collectors.joining("\n"));

    assertThat(begin).isPositive();
    assertThat(Files.readString(README)).contains(snippet);
  }
}
