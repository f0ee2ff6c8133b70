package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.Stamp;
import io.github.peersupport.sim.testing.SimGen;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A scenario read back from its JSON document has the content hash of the scenario written: the hash
 * depends on the value only, not on how it was made (builder, JSON, reordered keys).
 */
class ScenarioHashJsonTest {
  private static final int CASES = 10;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void contentHash_scenarioReadBackFromJson_sameHash(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Scenario scenario = SimRoundTripPropertyTest.withPolicies(r, SimGen.scenario(r));
      Scenario read = PeerJson.read(PeerJson.write(scenario), Scenario.class);
      assertThat(read).isEqualTo(scenario);
      assertThat(Stamp.contentHash(read)).isEqualTo(Stamp.contentHash(scenario));
    });
  }

  @Test
  void contentHash_minimalDocument_equalsTheScenarioItDescribes() {
    Scenario read = PeerJson.read("{\"schemaVersion\":2,\"cohort\":{\"supporters\":234},\"lifecycle\":{\"offerWindow\":\"PT48H\"}}",
        Scenario.class);
    Scenario built = Scenario.standard().withCohort(Cohort.standard().withSupporters(234)).withOfferWindow(Duration.ofHours(48));
    assertThat(Stamp.contentHash(read)).isEqualTo(Stamp.contentHash(built)).isNotEqualTo(Stamp.contentHash(Scenario.standard()));
  }
}
