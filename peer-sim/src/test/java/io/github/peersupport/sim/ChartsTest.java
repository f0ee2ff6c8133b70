package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final Run RUN = Scenario.standard().withHorizonWeeks(10).run(5);

  private static void assertPng(Path file) throws IOException {
    assertPng(file, 900, 520);
  }

  private static void assertPng(Path file, int width, int height) throws IOException {
    assertThat(file).exists();
    byte[] bytes = Files.readAllBytes(file);
    assertThat(Arrays.copyOf(bytes, PNG.length)).as(file.toString()).isEqualTo(PNG);
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image).as(file.toString()).isNotNull();
    assertThat(image.getWidth()).isEqualTo(width);
    assertThat(image.getHeight()).isEqualTo(height);
  }

  @Test
  void write_run_threeValidPngs(@TempDir Path dir) throws IOException {
    List<Path> files = Charts.write(RUN, dir.resolve("charts"));
    assertThat(files).hasSize(3);
    for (Path f : files) {
      assertPng(f);
    }
  }

  @Test
  void sweepEffect_sweep_validPng(@TempDir Path dir) throws IOException {
    SweepResult sweep = Sweep.of(Scenario.standard().withHorizonWeeks(4))
        .vary("offer window days", List.of(2, 3), (s, d) -> s.withOfferWindow(java.time.Duration.ofDays(d))).seeds(2).run(2);
    assertPng(Charts.sweepEffect(sweep, "offer window days", Metric.WITHIN_48H, dir.resolve("effect.png")), 1000, 600);
  }

  @Test
  void timeToMatch_runWithoutMatches_stillValidPng(@TempDir Path dir) throws IOException {
    Run empty = Scenario.standard().withHorizonWeeks(1).withCohort(Cohort.standard().withSeekersPerWeek(0)).run(1);
    assertThat(empty.hoursToMatch()).isEmpty();
    assertPng(Charts.timeToMatch(empty, dir.resolve("ttm.png")));
    assertPng(Charts.loadBalance(empty, dir.resolve("load.png")));
  }
}
