package io.github.peersupport.sim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.json.PeerJson;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.Sweep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's spark-submit command: its class, its jars folder and its arguments, as a reader copies them. */
class SparkReadmeTest {
  private static final Pattern SUBMIT = Pattern.compile("```bash\\n(.*?spark-submit.*?)```", Pattern.DOTALL);

  private static String command() throws IOException {
    Matcher m = SUBMIT.matcher(Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8));
    assertThat(m.find()).as("a bash block with spark-submit in the README").isTrue();
    return m.group(1).replace("\\\n", " ");
  }

  @Test
  void submit_namesTheJobClassAndTheJarsThePackagePhaseCopies() throws IOException {
    String command = command();
    assertThat(command).contains("--class " + SweepJob.class.getName())
        .contains("peer-sim-spark/target/spark-jars/*.jar")
        .contains("peer-sim-spark/target/peer-sim-spark-");
  }

  @Test
  void submit_argumentsDescribeTheSweepTheReadmeSays(@TempDir Path dir) throws IOException {
    Path scenario = Files.writeString(dir.resolve("scenario.json"), PeerJson.writePretty(Scenario.standard()));
    List<String> words = List.of(command().strip().split("\\s+"));
    List<String> args = new ArrayList<>(words.subList(words.indexOf("scenario.json"), words.size()));
    args.set(0, scenario.toString());

    Sweep sweep = SweepJob.sweep(args.toArray(String[]::new));

    assertThat(sweep.seedCount()).isEqualTo(1000);
    assertThat(sweep.firstSeed()).isEqualTo(1);
    assertThat(sweep.points()).containsExactly(
        Map.of("/cohort/supporters", "180", "/lifecycle/offerWindow", "PT72H"),
        Map.of("/cohort/supporters", "180", "/lifecycle/offerWindow", "PT48H"),
        Map.of("/cohort/supporters", "234", "/lifecycle/offerWindow", "PT72H"),
        Map.of("/cohort/supporters", "234", "/lifecycle/offerWindow", "PT48H"));
    assertThat(sweep.scenarios().get(3)).isEqualTo(
        Scenario.standard().withCohort(Scenario.standard().cohort().withSupporters(234)).withOfferWindow(Duration.ofHours(48)));
  }
}
