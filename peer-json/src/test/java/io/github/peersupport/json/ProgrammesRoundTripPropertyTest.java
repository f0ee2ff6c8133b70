package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.json.testing.JsonGen;
import io.github.peersupport.programmes.Programme;
import io.github.peersupport.programmes.Programmes;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips of peer-programmes' values: every generated programme (a preset with random parts)
 * writes, reads back equal and writes the same bytes, at least 10,000 times per mapped type; and every
 * preset round-trips as it is.
 */
class ProgrammesRoundTripPropertyTest {
  /** The package prefix of the types this class covers. */
  static final String PROGRAMMES_PACKAGE = "io.github.peersupport.programmes";

  private static final int CASES = 1_000;
  private static final int MIN_PER_TYPE = 10_000;
  private static final RoundTrips ROUND_TRIPS = new RoundTrips();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void write_programme_readsBackEqualWithSameBytes(long seed) {
    Seeds.forEachCase(seed, CASES, r -> ROUND_TRIPS.check(JsonGen.programme(r), Programme.class));
  }

  @Test
  void write_everyPreset_readsBackEqual() {
    for (Programme p : Programmes.all().values()) {
      Programme back = PeerJson.read(PeerJson.write(p), Programme.class);
      assertThat(back).as(p.id().value()).isEqualTo(p);
    }
  }

  @AfterAll
  static void everyMappedProgrammesType_checkedAtLeastTenThousandTimes() throws Exception {
    Map<String, Long> counts = ROUND_TRIPS.assertEachCheckedAtLeast(name -> name.startsWith(PROGRAMMES_PACKAGE), MIN_PER_TYPE);
    if (!counts.isEmpty()) {
      assertThat(counts.keySet()).containsAll(CompiledValueTypes.of(Programme.class));
    }
  }
}
