package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.boundary.BoundaryPolicy;
import io.github.peersupport.core.boundary.BoundaryReport;
import io.github.peersupport.core.boundary.InteractionRecord;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.prescription.GroupPrescription;
import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.groups.GroupCatalogue;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.Waitlist;
import io.github.peersupport.groups.formation.Formation;
import io.github.peersupport.groups.formation.FormationPolicy;
import io.github.peersupport.groups.formation.GroupPlan;
import io.github.peersupport.groups.formation.Placement;
import io.github.peersupport.groups.formation.PlacementPolicy;
import io.github.peersupport.groups.session.Agenda;
import io.github.peersupport.groups.session.GroundRules;
import io.github.peersupport.groups.session.SessionFormat;
import io.github.peersupport.groups.session.SessionPolicy;
import io.github.peersupport.groups.session.SessionRecord;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.matching.MatchingPolicy;
import io.github.peersupport.matching.lifecycle.MatchBook;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Cohort;
import io.github.peersupport.sim.Comparison;
import io.github.peersupport.sim.Metrics;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.SweepResult;
import java.io.CharConversionException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Fuzzes reading each top-level document type from bytes. Any input either reads a value that writes
 * back and reads again to an equal value, or fails with a {@link PeerJsonException} that wraps one
 * of Jackson's processing exceptions (or its decoder's {@code CharConversionException}) and whose
 * message is {@code pointer: rule}; any other
 * exception (a runtime exception escaping a deserializer, a stack overflow) is a finding. In a normal
 * build these run in regression mode over the golden documents in {@code
 * src/test/resources/.../DocumentFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes one method per run:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -B -pl peer-json test -Dtest=DocumentFuzzTest#supporter -Djacoco.skip=true \
 *     -Djazzer.instrument='io.github.peersupport.**,com.fasterxml.jackson.**'
 * }</pre>
 */
@Isolated // Jazzer's agent and hooks: run alone, never beside another test class
class DocumentFuzzTest {
  private static final Pattern MESSAGE = Pattern.compile("^(\\(document\\)|/[ -~]*): .+", Pattern.DOTALL);

  @FuzzTest(maxDuration = "30s")
  void seeker(FuzzedDataProvider data) {
    read(data, Seeker.class);
  }

  /** The long-run target: up to 1,000,000 executions (or 60 minutes) when fuzzing. */
  @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
  void supporter(FuzzedDataProvider data) {
    read(data, Supporter.class);
  }

  @FuzzTest(maxDuration = "30s")
  void facilitator(FuzzedDataProvider data) {
    read(data, Facilitator.class);
  }

  @FuzzTest(maxDuration = "30s")
  void programme(FuzzedDataProvider data) {
    read(data, ProgrammeProfile.class);
  }

  @FuzzTest(maxDuration = "30s")
  void consentRecord(FuzzedDataProvider data) {
    read(data, ConsentRecord.class);
  }

  @FuzzTest(maxDuration = "30s")
  void groupPrescription(FuzzedDataProvider data) {
    read(data, GroupPrescription.class);
  }

  @FuzzTest(maxDuration = "30s")
  void taxonomy(FuzzedDataProvider data) {
    read(data, Taxonomy.class);
  }

  @FuzzTest(maxDuration = "30s")
  void signal(FuzzedDataProvider data) {
    read(data, Signal.class);
  }

  @FuzzTest(maxDuration = "30s")
  void escalationPolicy(FuzzedDataProvider data) {
    read(data, EscalationPolicy.class);
  }

  @FuzzTest(maxDuration = "30s")
  void escalationDecision(FuzzedDataProvider data) {
    read(data, EscalationDecision.class);
  }

  @FuzzTest(maxDuration = "30s")
  void escalationLog(FuzzedDataProvider data) {
    read(data, io.github.peersupport.core.escalation.EscalationLog.class);
  }

  @FuzzTest(maxDuration = "30s")
  void boundaryPolicy(FuzzedDataProvider data) {
    read(data, BoundaryPolicy.class);
  }

  @FuzzTest(maxDuration = "30s")
  void interactionRecord(FuzzedDataProvider data) {
    read(data, InteractionRecord.class);
  }

  @FuzzTest(maxDuration = "30s")
  void boundaryReport(FuzzedDataProvider data) {
    read(data, BoundaryReport.class);
  }

  @FuzzTest(maxDuration = "30s")
  void matchingPolicy(FuzzedDataProvider data) {
    read(data, MatchingPolicy.class);
  }

  @FuzzTest(maxDuration = "30s")
  void matchResult(FuzzedDataProvider data) {
    read(data, MatchResult.class);
  }

  @FuzzTest(maxDuration = "30s")
  void matchBook(FuzzedDataProvider data) {
    read(data, MatchBook.class);
  }

  // ---- peer-groups documents ----

  @FuzzTest(maxDuration = "30s")
  void supportGroup(FuzzedDataProvider data) {
    read(data, SupportGroup.class);
  }

  @FuzzTest(maxDuration = "30s")
  void groupSizePolicy(FuzzedDataProvider data) {
    read(data, GroupSizePolicy.class);
  }

  @FuzzTest(maxDuration = "30s")
  void groupCatalogue(FuzzedDataProvider data) {
    read(data, GroupCatalogue.class);
  }

  @FuzzTest(maxDuration = "30s")
  void waitlist(FuzzedDataProvider data) {
    read(data, Waitlist.class);
  }

  @FuzzTest(maxDuration = "30s")
  void formationPolicy(FuzzedDataProvider data) {
    read(data, FormationPolicy.class);
  }

  @FuzzTest(maxDuration = "30s")
  void placementPolicy(FuzzedDataProvider data) {
    read(data, PlacementPolicy.class);
  }

  @FuzzTest(maxDuration = "30s")
  void placement(FuzzedDataProvider data) {
    read(data, Placement.class);
  }

  @FuzzTest(maxDuration = "30s")
  void formation(FuzzedDataProvider data) {
    read(data, Formation.class);
  }

  @FuzzTest(maxDuration = "30s")
  void groupPlan(FuzzedDataProvider data) {
    read(data, GroupPlan.class);
  }

  @FuzzTest(maxDuration = "30s")
  void sessionFormat(FuzzedDataProvider data) {
    read(data, SessionFormat.class);
  }

  @FuzzTest(maxDuration = "30s")
  void sessionPolicy(FuzzedDataProvider data) {
    read(data, SessionPolicy.class);
  }

  @FuzzTest(maxDuration = "30s")
  void agenda(FuzzedDataProvider data) {
    read(data, Agenda.class);
  }

  @FuzzTest(maxDuration = "30s")
  void groundRules(FuzzedDataProvider data) {
    read(data, GroundRules.class);
  }

  @FuzzTest(maxDuration = "30s")
  void sessionRecord(FuzzedDataProvider data) {
    read(data, SessionRecord.class);
  }

  // peer-sim

  @FuzzTest(maxDuration = "30s")
  void scenario(FuzzedDataProvider data) {
    read(data, Scenario.class);
  }

  @FuzzTest(maxDuration = "30s")
  void cohort(FuzzedDataProvider data) {
    read(data, Cohort.class);
  }

  @FuzzTest(maxDuration = "30s")
  void behaviour(FuzzedDataProvider data) {
    read(data, Behaviour.class);
  }

  @FuzzTest(maxDuration = "30s")
  void run(FuzzedDataProvider data) {
    read(data, Run.class);
  }

  @FuzzTest(maxDuration = "30s")
  void metrics(FuzzedDataProvider data) {
    read(data, Metrics.class);
  }

  @FuzzTest(maxDuration = "30s")
  void sweepResult(FuzzedDataProvider data) {
    read(data, SweepResult.class);
  }

  @FuzzTest(maxDuration = "30s")
  void comparison(FuzzedDataProvider data) {
    read(data, Comparison.class);
  }

  private static <T> void read(FuzzedDataProvider data, Class<T> type) {
    byte[] input = data.consumeRemainingAsBytes();
    T value;
    try {
      value = PeerJson.read(input, type);
    } catch (PeerJsonException e) {
      // Jackson's processing exceptions, or its decoder's CharConversionException for bytes in no UTF
      assertThat(e.translatedType()).isAssignableTo(Exception.class);
      assertThat(JsonProcessingException.class.isAssignableFrom(e.translatedType())
          || CharConversionException.class.isAssignableFrom(e.translatedType())).as("translated %s", e.translatedType()).isTrue();
      assertThat(e.getCause()).isNull();
      assertThat(e.getMessage()).matches(MESSAGE);
      return;
    }
    assertThat(PeerJson.read(PeerJson.writeBytes(value), type)).isEqualTo(value);
  }
}
