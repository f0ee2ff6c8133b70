package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Bad simulation documents fail like the library's others: a {@link PeerJsonException} naming the JSON
 * pointer and the rule the value's builder enforces.
 */
class SimPeerJsonErrorsTest {
  private static final Run RUN = Scenario.standard().withHorizonWeeks(3).run(1);

  @Test
  void read_scenarioBreakingARule_namesThePointer() {
    assertThatThrownBy(() -> PeerJson.read("{\"schemaVersion\":2,\"horizonWeeks\":0}", Scenario.class))
        .isInstanceOf(PeerJsonException.class).hasMessage("/horizonWeeks: must be between 1 and 520 but was 0");
    assertThatThrownBy(() -> PeerJson.read("{\"schemaVersion\":2,\"cohort\":{\"supporters\":0}}", Scenario.class))
        .hasMessageStartingWith("/cohort/supporters: must be between 1 and ");
    assertThatThrownBy(() -> PeerJson.read("{\"schemaVersion\":2,\"start\":\"2027-01-05T09:00:00Z\"}", Scenario.class))
        .hasMessageStartingWith("/start: must be a Monday");
  }

  @Test
  void read_behaviourShares_toleranceAndMessageNamingWhatWasSet() {
    Scenario read = PeerJson.read("{\"schemaVersion\":2,\"behaviour\":{\"acceptShare\":0.8}}", Scenario.class);
    assertThat(read.behaviour().acceptShare()).isEqualTo(0.8);
    assertThat(PeerJson.read("{\"schemaVersion\":2,\"acceptShare\":0.8,\"declineShare\":0.2}", Behaviour.class).acceptShare())
        .isEqualTo(0.8);
    assertThatThrownBy(() -> PeerJson.read("{\"schemaVersion\":2,\"behaviour\":{\"acceptShare\":0.9}}", Scenario.class))
        .isInstanceOf(PeerJsonException.class)
        .hasMessage("/behaviour: acceptShare + declineShare: must not exceed 1 but acceptShare 0.9 + declineShare 0.2 = 1.1");
  }

  @Test
  void read_runWithATimeMissing_namesHoursToMatch() {
    String json = PeerJson.write(RUN).replaceFirst("\"hoursToMatch\":\\[[0-9.E-]+,", "\"hoursToMatch\":[");
    assertThatThrownBy(() -> PeerJson.read(json, Run.class))
        .hasMessageStartingWith("/hoursToMatch: must hold one time per matched seeker (" + RUN.metrics().matched() + ")");
  }

  @Test
  void read_metricsWithUnknownPropertyOrNoVersion_fails() {
    String json = PeerJson.write(RUN.metrics());
    assertThatThrownBy(() -> PeerJson.read(json.replace("\"schemaVersion\":2,", "\"schemaVersion\":2,\"bogus\":1,"), Metrics.class))
        .hasMessageStartingWith("/bogus: ");
    assertThatThrownBy(() -> PeerJson.read(json.replace("\"schemaVersion\":2,", ""), Metrics.class))
        .hasMessage("/schemaVersion: required property of a top-level Metrics document");
  }
}
