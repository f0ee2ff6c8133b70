package io.github.peersupport.sim.cli;

import io.github.peersupport.json.GridDocument;
import io.github.peersupport.json.PeerJson;
import io.github.peersupport.json.PeerJsonException;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.Stamp;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a {@code run} or {@code sweep} command runs: grid points (each a scenario, or the reason its
 * scenario could not be built) × seeds. Task {@code t} is point {@code t / seeds} with the {@code (t mod
 * seeds)}-th seed: points in grid order, seeds ascending within each point, as {@code Sweep} orders its
 * rows.
 */
final class Batch {
  /**
   * A grid point.
   *
   * @param labels each parameter's value as shown in tables, in parameter order
   * @param scenario the scenario, empty if it could not be built
   * @param hash the scenario's content hash ({@link Stamp#contentHash}), empty if it could not be built
   * @param error why the scenario could not be built, empty if it was
   */
  record Point(Map<String, String> labels, Optional<Scenario> scenario, String hash, String error) {}

  private final String command;
  private final String scenarioName;
  private final List<String> parameters;
  private final List<Point> points;
  private final OptionalInt reference;
  private final SeedRange seeds;

  private Batch(String command, String scenarioName, List<String> parameters, List<Point> points, OptionalInt reference,
      SeedRange seeds) {
    this.command = command;
    this.scenarioName = scenarioName;
    this.parameters = List.copyOf(parameters);
    this.points = List.copyOf(points);
    this.reference = reference;
    this.seeds = seeds;
  }

  /** One scenario over a range of seeds ({@code run}). */
  static Batch of(Scenario scenario, SeedRange seeds) {
    return new Batch("run", scenario.name(), List.of(), List.of(point(Map.of(), scenario)), OptionalInt.empty(), seeds);
  }

  /**
   * A grid over a range of seeds ({@code sweep}). A point whose document does not read as a scenario is
   * kept, with the reason, and each of its runs is recorded as failed.
   *
   * @param grid the grid
   * @param scenario the scenario document the grid's paths are set in
   * @param seeds the seeds
   */
  static Batch of(GridDocument grid, byte[] scenario, SeedRange seeds) {
    Scenario base;
    try {
      base = PeerJson.read(scenario, Scenario.class);
    } catch (PeerJsonException e) {
      throw new UsageException("scenario: " + e.getMessage());
    }
    List<Point> points = new ArrayList<>();
    List<Map<String, String>> values = grid.points();
    List<Map<String, String>> labels = grid.pointLabels();
    for (int i = 0; i < values.size(); i++) {
      try {
        points.add(point(labels.get(i), PeerJson.readWith(scenario, values.get(i), Scenario.class)));
      } catch (PeerJsonException e) {
        points.add(new Point(labels.get(i), Optional.empty(), "", "scenario " + e.getMessage()));
      }
    }
    return new Batch("sweep", base.name(), grid.parameters(), points, grid.reference(), seeds);
  }

  private static Point point(Map<String, String> labels, Scenario scenario) {
    return new Point(labels, Optional.of(scenario), Stamp.contentHash(scenario), "");
  }

  /** The lower-case hexadecimal SHA-256 of some bytes. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256: not available in this JDK", e);
    }
  }

  /** {@code run} or {@code sweep}. */
  String command() {
    return command;
  }

  /** The name of the scenario the batch starts from. */
  String scenarioName() {
    return scenarioName;
  }

  /** The varied parameters' paths. */
  List<String> parameters() {
    return parameters;
  }

  /** The grid points. */
  List<Point> points() {
    return points;
  }

  /** The index of the reference point, if one is named. */
  OptionalInt reference() {
    return reference;
  }

  /** The seeds. */
  SeedRange seeds() {
    return seeds;
  }

  /** The number of tasks: points × seeds. */
  int tasks() {
    return points.size() * seeds.count();
  }

  /** The grid point of a task. */
  Point point(int task) {
    return points.get(task / seeds.count());
  }

  /** The seed of a task. */
  long seed(int task) {
    return seeds.seed(task % seeds.count());
  }

  /**
   * The content hash of the whole batch's input: the SHA-256 of every point's labels and scenario hash (or
   * failure), in order. Shards of one batch have the same hash.
   */
  String inputHash() {
    StringBuilder b = new StringBuilder(command).append('\n').append(String.join(",", parameters)).append('\n');
    for (Point p : points) {
      b.append(p.labels()).append(' ').append(p.hash()).append(' ').append(p.error()).append('\n');
    }
    return sha256(b.toString().getBytes(StandardCharsets.UTF_8));
  }
}
