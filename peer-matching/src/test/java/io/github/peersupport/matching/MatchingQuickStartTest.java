package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.Certification;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.lifecycle.TrainingRecord;
import io.github.peersupport.core.person.Age;
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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's ranking and batch examples, compiled and run; a second test keeps the README's copies identical. */
class MatchingQuickStartTest {
  private static final Path SOURCE = Path.of("src/test/java/io/github/peersupport/matching/MatchingQuickStartTest.java");

  @Test
  void rankingExample_runsAsTheReadmeSays() {
    // README:ranking:begin
    Taxonomy conditions = Taxonomy.standardConditions();
    Instant now = Instant.parse("2026-03-02T09:00:00Z");
    // three supporters, active and certified now through the guarded lifecycle (see the quick start)
    Instant joined = now.minus(Duration.ofDays(400));
    PeerStanding active = PeerLifecycle.standard().replay(PeerStanding.applicant(), List.of(
        LifecycleEvent.screened(joined),
        LifecycleEvent.trainingCompleted(TrainingRecord.passed("peer-mentor-core", joined.plus(Duration.ofDays(10)))),
        LifecycleEvent.codeOfConductSigned(joined.plus(Duration.ofDays(10))),
        LifecycleEvent.certified(Certification.of("peer-mentor", joined.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(365)))),
        LifecycleEvent.activated(joined.plus(Duration.ofDays(21))))).get(4).standing();
    PersonProfile phoneInEnglish = PersonProfile.builder()
        .age(Age.bornIn(1970)).addLanguages(Language.of("en")).addModalities(Modality.PHONE).build();
    List<Supporter> supporters = new ArrayList<>();
    String[][] idAndCondition = {
        {"sup-1", "breast-cancer.her2-positive"}, {"sup-2", "breast-cancer.triple-negative"}, {"sup-3", "prostate-cancer"}};
    for (String[] s : idAndCondition) {
      supporters.add(Supporter.builder().id(SupporterId.of(s[0])).profile(phoneInEnglish).standing(active)
          .experience(LivedExperience.builder().addConditions(conditions.code(s[1]))
              .treatmentEndedOn(LocalDate.parse("2021-06-30")).build())
          .build());
    }
    Seeker seeker = Seeker.builder()
        .id(SeekerId.of("s-17"))
        .experience(LivedExperience.builder()
            .addConditions(conditions.code("breast-cancer.triple-negative"))
            .addIssues(Tag.of("returning-to-work")).build())
        .profile(phoneInEnglish)
        .consent(ConsentRecord.grantedAt(now, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED))
        .build();

    MatchResult result = PeerMatcher.standard().rank(seeker, supporters, now);
    // result.fallback()   == Fallback.CONDITION (someone shares the condition closely enough)
    // result.candidates() == [#1 sup-2 (exact subtype), #2 sup-1 (sibling subtype)], each with
    //                        per-criterion contributions that sum to its score
    // README:ranking:end

    assertThat(active.canServeAt(now)).isTrue();
    assertThat(result.fallback()).isEqualTo(Fallback.CONDITION);
    assertThat(result.candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-2", "sup-1");
    assertThat(result.candidates().get(0).score()).isGreaterThan(result.candidates().get(1).score());

    // README:batch:begin
    PeerMatcher matcher = PeerMatcher.standard();
    List<Supporter> oneSeatEach = new ArrayList<>();
    for (Supporter s : supporters) {
      oneSeatEach.add(Supporter.builder().from(s).capacity(1).build());
    }
    List<Seeker> intake = List.of(seeker, Seeker.builder().from(seeker).id(SeekerId.of("s-18")).build());

    BatchAssignment batch = matcher.assignBatch(intake, matcher.pool(oneSeatEach, now));
    for (BatchAssignment.Assigned pair : batch.assigned()) {
      Candidate why = pair.candidate();   // as the seeker's ranking listed it: score, contributions, rank
    }
    // batch.assigned()   == [s-17 → sup-2 (#1, CONDITION), s-18 → sup-1 (#2, CONDITION)]:
    //                       both seekers covered, then the best total score
    // batch.unassigned() == [] (otherwise each seeker with NO_CANDIDATE and the ranking's rule,
    //                       or CAPACITY when others took every candidate's last seat)
    // README:batch:end

    assertThat(batch.assigned()).extracting(a -> a.seeker().value() + " → " + a.supporter().value() + " #" + a.candidate().rank())
        .containsExactly("s-17 → sup-2 #1", "s-18 → sup-1 #2");
    assertThat(batch.assigned()).extracting(BatchAssignment.Assigned::fallback).containsOnly(Fallback.CONDITION);
    assertThat(batch.unassigned()).isEmpty();
    assertThat(batch.assigned().get(0).candidate()).isEqualTo(result.candidates().get(0));
  }

  @Test
  void readme_showsTheCompiledRankingAndBatchExamples() throws IOException {
    List<String> lines = Files.readAllLines(SOURCE);
    String readme = Files.readString(Path.of("../README.md"));
    for (String name : List.of("ranking", "batch")) {
      String snippet = lines.subList(lines.indexOf("    // README:" + name + ":begin") + 1, lines.indexOf("    // README:" + name + ":end"))
          .stream().map(l -> l.length() >= 4 ? l.substring(4) : l).collect(Collectors.joining("\n"));
      assertThat(readme).as(name).contains(snippet);
    }
  }
}
