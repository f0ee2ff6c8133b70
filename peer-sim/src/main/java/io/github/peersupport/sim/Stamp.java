package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.sim.internal.CanonicalForm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Properties;
import org.immutables.value.Value;

/**
 * What every output of a simulation is stamped with, so that a file, report or chart says where it came
 * from: the library version, the scenario's name and content hash, the seed (where one applies) and the
 * time of the run. The time is supplied by the caller (an {@link Instant}, e.g. from a {@link
 * java.time.Clock}); nothing here reads the wall clock, so the same arguments give the same stamp.
 *
 * <pre>{@code
 * Stamp stamp = Stamp.of(scenario, 42, clock.instant());
 * String line = stamp.line();   // peer-sim 0.1.0 | scenario standard | hash 3f1c0b9e2a7d4c55 | seed 42 | run at 2027-...
 * }</pre>
 *
 * <p>The scenario content hash ({@link #contentHash(Scenario)}) is the SHA-256 (FIPS 180-4) of a canonical
 * text of the scenario: equal scenarios (also one read back from JSON) give equal hashes, any changed
 * attribute gives another, and the text is the same on every JDK (doubles by their raw bits, sets and maps
 * sorted, enums by name). The text is built by walking the value index that the build writes for every
 * value type, so attributes added later are included without a change to the hash code.
 */
@Value.Immutable
@PeerStyle
public abstract class Stamp {
  /** The number of hexadecimal digits {@link #shortHash()} keeps. */
  public static final int SHORT_HASH_DIGITS = 16;

  private static final String VERSION = readVersion();

  Stamp() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Stamp}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableStamp.Builder {
    /** Creates an empty builder; prefer {@link Stamp#builder()}. */
    public Builder() {}
  }

  /**
   * Stamps a run of a scenario with a seed.
   *
   * @param scenario the scenario
   * @param seed the seed
   * @param runAt the time of the run, supplied by the caller
   * @return the stamp, with this library's version
   * @throws NullPointerException if any argument is null
   */
  public static Stamp of(Scenario scenario, long seed, Instant runAt) {
    return builder().from(of(scenario, runAt)).seed(seed).build();
  }

  /**
   * Stamps an output that covers no single seed (e.g. a sweep's chart).
   *
   * @param scenario the scenario
   * @param runAt the time of the run, supplied by the caller
   * @return the stamp, with this library's version and no seed
   * @throws NullPointerException if any argument is null
   */
  public static Stamp of(Scenario scenario, Instant runAt) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(runAt, "runAt");
    return builder().libraryVersion(currentLibraryVersion()).scenario(scenario.name()).scenarioHash(contentHash(scenario))
        .runAt(runAt).build();
  }

  /**
   * Returns the SHA-256 of the scenario's canonical text, in full: 64 lower-case hexadecimal digits.
   * Cost: linear in the size of the scenario (its taxonomies dominate), about a millisecond.
   *
   * @param scenario the scenario
   * @return the hash
   * @throws NullPointerException if any argument is null
   */
  public static String contentHash(Scenario scenario) {
    return CanonicalForm.sha256(Objects.requireNonNull(scenario, "scenario"));
  }

  /**
   * Returns the version of this library, written into the jar by the build (also when running from the
   * build's class folder).
   *
   * @return e.g. {@code 0.1.0}, or {@code unknown} if the build did not write it
   */
  public static String currentLibraryVersion() {
    return VERSION;
  }

  /**
   * Returns the library version that produced the output.
   *
   * @return the version
   */
  public abstract String libraryVersion();

  /**
   * Returns the scenario's name.
   *
   * @return the name
   */
  public abstract String scenario();

  /**
   * Returns the scenario's content hash ({@link #contentHash(Scenario)}), in full.
   *
   * @return 64 lower-case hexadecimal digits
   */
  public abstract String scenarioHash();

  /**
   * Returns the seed, where the output covers one run.
   *
   * @return the seed, or empty
   */
  public abstract OptionalLong seed();

  /**
   * Returns the time of the run, as supplied by the caller.
   *
   * @return the instant
   */
  public abstract Instant runAt();

  @Value.Check
  final void check() {
    Require.text("libraryVersion", libraryVersion(), 64);
    if (!scenarioHash().matches("[0-9a-f]{64}")) {
      throw Require.invalid("scenarioHash", "must be 64 lower-case hexadecimal digits", scenarioHash());
    }
  }

  /**
   * Returns the first {@value #SHORT_HASH_DIGITS} digits of the scenario hash, for display.
   *
   * @return the short hash
   */
  public final String shortHash() {
    return scenarioHash().substring(0, SHORT_HASH_DIGITS);
  }

  /**
   * Returns the stamp as one line for text reports and chart footers, e.g. {@code peer-sim 0.1.0 |
   * scenario standard | hash 3f1c0b9e2a7d4c55 | seed 42 | run at 2027-01-04T09:00:00Z}.
   *
   * @return the line
   */
  public final String line() {
    return "peer-sim " + libraryVersion() + " | scenario " + scenario() + " | hash " + shortHash()
        + (seed().isPresent() ? " | seed " + seed().getAsLong() : "") + " | run at " + runAt();
  }

  /** Returns {@code Stamp[<line>]}. */
  @Override
  public final String toString() {
    return "Stamp[" + line() + "]";
  }

  private static String readVersion() {
    try (InputStream in = Stamp.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown").strip();
      return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      throw new UncheckedIOException("version: cannot read version.properties", e);
    }
  }
}
