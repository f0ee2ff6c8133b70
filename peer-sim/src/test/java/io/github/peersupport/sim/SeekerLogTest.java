package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SeekerLogTest {
  private static final Scenario SMALL = Scenario.standard().withHorizonWeeks(6)
      .withCohort(Cohort.standard().withSupporters(25).withSeekersPerWeek(15));

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void record_anySeed_runUnchangedAndOneOutcomePerSeeker(long seed) {
    SeekerLog log = Sim.record(SMALL, seed);
    Run run = log.run();
    assertThat(run).isEqualTo(Sim.run(SMALL, seed));
    List<SeekerOutcome> oneToOne = log.seekers().stream().filter(SeekerOutcome::oneToOne).toList();
    assertThat(oneToOne).hasSize(run.metrics().seekers());
    assertThat(oneToOne.stream().filter(s -> !s.censored())).hasSize(run.metrics().matched());
    assertThat(oneToOne.stream().filter(s -> !s.censored()).map(s -> s.hoursToMatch().getAsDouble()).toList())
        .isEqualTo(run.hoursToMatch());
    for (SeekerOutcome s : log.seekers()) {
      assertThat(s.censored()).isEqualTo(!s.outcome().equals("sim.matched"));
      assertThat(s.referredAt()).isBetween(SMALL.start(), SMALL.start().plus(java.time.Duration.ofDays(7L * SMALL.horizonWeeks())));
    }
    assertThat(log.events()).isSortedAccordingTo(java.util.Comparator.comparing(SeekerEvent::at));
    assertThat(log.events().stream().filter(e -> e.kind().equals("referred"))).hasSize(log.seekers().size());
    Set<Integer> accepted = log.events().stream().filter(e -> e.kind().equals("accepted")).map(SeekerEvent::seeker)
        .collect(Collectors.toSet());
    assertThat(accepted).containsAll(oneToOne.stream().filter(s -> !s.censored()).map(SeekerOutcome::index).toList());
    assertThat(log.events().stream().map(SeekerEvent::kind).collect(Collectors.toSet())).contains("referred", "requested", "offered");
    assertThat(Sim.record(SMALL, seed)).isEqualTo(log);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void write_recordedRun_seekerAndEventRowsStamped(long seed, @TempDir Path dir) throws IOException {
    SeekerLog log = Sim.record(SMALL, seed);
    Stamp stamp = Stamp.of(SMALL, seed, Instant.parse("2027-05-01T08:00:00Z"));
    List<Path> files = TidyCsv.write(log, stamp, dir);
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("seekers.csv", "events.csv");
    List<String> seekers = Files.readAllLines(dir.resolve("seekers.csv"));
    assertThat(seekers.get(0)).isEqualTo(String.join(",", TidyCsv.seekersHeader()));
    assertThat(seekers).hasSize(1 + log.seekers().size());
    String lead = stamp.libraryVersion() + ",standard," + stamp.scenarioHash() + ",2027-05-01T08:00:00Z," + seed + ",";
    for (int i = 1; i < seekers.size(); i++) {
      String[] f = seekers.get(i).split(",", -1);
      assertThat(seekers.get(i)).startsWith(lead + i + ",");
      assertThat(f).hasSize(TidyCsv.seekersHeader().size());
      SeekerOutcome s = log.seekers().get(i - 1);
      assertThat(f[13]).isEqualTo(s.censored() ? "1" : "0");
      assertThat(f[11]).isEqualTo(s.censored() ? "NA" : s.matchedAt().orElseThrow().toString());
    }
    List<String> events = Files.readAllLines(dir.resolve("events.csv"));
    assertThat(events).hasSize(1 + log.events().size());
    assertThat(events.subList(1, events.size())).allMatch(line -> line.startsWith(lead));
    assertThatThrownBy(() -> TidyCsv.write(log, Stamp.of(SMALL, seed + 1, stamp.runAt()), dir)).hasMessageStartingWith("stamp:");
  }
}
