package io.github.peersupport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The side-by-side runner on small instances of the benchmark shapes: its lines and its verdicts. */
class SideBySideTest {
  @Test
  void run_smallInstances_printsOneAgreeingLinePerWorkItem() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      status = SideBySide.run(new String[] {"--only", "cap-300,dense-40", "--runs", "1", "--warmup", "0"}, out);
    }
    List<String> lines = Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    assertThat(status).isZero();
    assertThat(lines).filteredOn(l -> l.startsWith("work=capacitated instance=cap-300 "))
        .singleElement().asString()
        .matches("work=capacitated instance=cap-300 ours_ms=[0-9.]+ ortools_ms=[0-9.]+ jgrapht_ms=[0-9.]+"
            + " ratio_ortools=[0-9.]+ ratio_jgrapht=[0-9.]+ same_optimum=true .*");
    assertThat(lines).filteredOn(l -> l.startsWith("work=stable instance=cap-300 "))
        .hasSize(2)
        .allMatch(l -> l.matches("work=stable instance=cap-300 side=\\w+ ours_ms=[0-9.]+ blocking_pairs=0 .*"));
    assertThat(lines).filteredOn(l -> l.startsWith("work=dense instance=dense-40 "))
        .singleElement().asString()
        .matches("work=dense instance=dense-40 ours_ms=[0-9.]+ ortools_ms=[0-9.]+ jgrapht_ms=[0-9.]+"
            + " ratio_ortools=[0-9.]+ ratio_jgrapht=[0-9.]+ same_optimum=true .*");
  }

  @Test
  void cap_sameNameAndSeed_sameInstanceOfTheIssueShape() {
    Instances.Cap a = Instances.cap("cap-1k", Instances.SEED);
    Instances.Cap b = Instances.cap("cap-1k", Instances.SEED);
    assertThat(a.costs()).isEqualTo(b.costs());
    assertThat(a.pairSupporters()).isEqualTo(b.pairSupporters());
    assertThat(a.seekers()).isEqualTo(1000);
    assertThat(a.supporters()).isEqualTo(200);
    assertThat(a.pairs()).isEqualTo(1000 * Instances.CANDIDATES);
    assertThat(a.capacities()).containsOnly(Instances.CAPACITY);
    assertThat(Arrays.stream(a.costs())).allMatch(c -> c >= 0 && c < Instances.CAP_COST_BOUND);
    // each seeker's candidates are distinct (AssignmentProblem.of rejects a repeated pair)
    assertThat(a.problem().pairCount()).isEqualTo(a.pairs());
    // a seeker's stable list ranks its candidates by ascending cost
    int[] list = a.seekerLists()[7];
    long previous = -1;
    for (int supporter : list) {
      long cost = a.costs()[a.problem().pairOf(7, supporter)];
      assertThat(cost).isGreaterThanOrEqualTo(previous);
      previous = cost;
    }
  }
}
