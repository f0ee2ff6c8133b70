package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.CoreGen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's ranking example, compiled and run; a second test keeps the README's copy identical. */
class MatchingQuickStartTest {
  private static final Path SOURCE = Path.of("src/test/java/io/github/peersupport/matching/MatchingQuickStartTest.java");

  @Test
  void rankingExample_runsAsTheReadmeSays() {
    Instant now = CoreGen.EPOCH;
    PeerStanding active = CoreGen.activeStanding(new SplittableRandom(1), now);
    // README:ranking:begin
    Taxonomy conditions = Taxonomy.standardConditions();
    PersonProfile phoneInEnglish = PersonProfile.builder()
        .age(Age.bornIn(1970)).addLanguages(Language.of("en")).addModalities(Modality.PHONE).build();
    Seeker seeker = Seeker.builder()
        .id(SeekerId.of("s-17"))
        .experience(LivedExperience.builder()
            .addConditions(conditions.code("breast-cancer.triple-negative"))
            .addIssues(Tag.of("returning-to-work")).build())
        .profile(phoneInEnglish)
        .consent(ConsentRecord.grantedAt(now, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED))
        .build();
    List<Supporter> supporters = List.of(
        supporter("sup-1", conditions.code("breast-cancer.her2-positive"), phoneInEnglish, active),
        supporter("sup-2", conditions.code("breast-cancer.triple-negative"), phoneInEnglish, active),
        supporter("sup-3", conditions.code("prostate-cancer"), phoneInEnglish, active));

    MatchResult result = PeerMatcher.standard().rank(seeker, supporters, now);
    // result.fallback()   == Fallback.CONDITION (someone shares the condition closely enough)
    // result.candidates() == [#1 sup-2 (exact subtype), #2 sup-1 (sibling subtype)], each with
    //                        per-criterion contributions that sum to its score
    // README:ranking:end

    assertThat(result.fallback()).isEqualTo(Fallback.CONDITION);
    assertThat(result.candidates()).extracting(c -> c.supporter().value()).containsExactly("sup-2", "sup-1");
    assertThat(result.candidates().get(0).score()).isGreaterThan(result.candidates().get(1).score());
  }

  /** A supporter with one condition, treated until 2021 (well past the 12-month rule). */
  private static Supporter supporter(String id, io.github.peersupport.core.Code condition, PersonProfile profile, PeerStanding standing) {
    return Supporter.builder().id(SupporterId.of(id))
        .experience(LivedExperience.builder().addConditions(condition).treatmentEndedOn(LocalDate.parse("2021-06-30")).build())
        .profile(profile).standing(standing).build();
  }

  @Test
  void readme_showsTheCompiledRankingExample() throws IOException {
    List<String> lines = Files.readAllLines(SOURCE);
    String snippet = lines.subList(lines.indexOf("    // README:ranking:begin") + 1, lines.indexOf("    // README:ranking:end")).stream()
        .map(l -> l.length() >= 4 ? l.substring(4) : l).collect(Collectors.joining("\n"));
    assertThat(Files.readString(Path.of("../README.md"))).contains(snippet);
  }
}
