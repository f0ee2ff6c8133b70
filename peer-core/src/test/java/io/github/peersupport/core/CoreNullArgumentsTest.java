package io.github.peersupport.core;

import io.github.peersupport.core.boundary.BoundaryPolicy;
import io.github.peersupport.core.boundary.DecertificationReview;
import io.github.peersupport.core.consent.ConfidentialityPolicy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.person.UtcWeekIntervals;
import io.github.peersupport.core.person.WeeklyAvailability;
import io.github.peersupport.core.testing.NullArguments;
import io.github.peersupport.core.escalation.Routing;
import io.github.peersupport.core.lifecycle.DecertificationReason;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.testing.CoreGen;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public method of peer-core's engines rejects a null argument naming the parameter. */
class CoreNullArgumentsTest {
  private static final NullArguments CALLER = NullArguments.with(Map.of(
      Taxonomy.class, Taxonomy::standardConditions,
      Code.class, () -> Taxonomy.standardConditions().nodes().get(0).code(),
      Reader.class, () -> new StringReader(""),
      PersonId.class, () -> SeekerId.of("s-1"),
      Routing.class, () -> EscalationPolicy.standard().routing().values().iterator().next(),
      LifecycleEvent.class, () -> LifecycleEvent.screened(CoreGen.EPOCH),
      DecertificationReview.class, () -> DecertificationReview.builder().peer(SupporterId.of("p-1"))
          .reason(DecertificationReason.values()[0]).dueAt(CoreGen.EPOCH).build(),
      UtcWeekIntervals.class, () -> UtcWeekIntervals.ofMinutes(0, 60)));

  static List<NullArguments.Call> calls() {
    return NullArguments.calls(EscalationPolicy.class, PeerLifecycle.class, BoundaryPolicy.class, ConsentRecord.class,
        ConfidentialityPolicy.class, DecertificationReview.class, Taxonomy.class, UtcWeekIntervals.class,
        WeeklyAvailability.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void engineMethod_nullArgument_throwsNullPointerExceptionNamingTheParameter(NullArguments.Call call) {
    CALLER.assertNamesParameter(call);
  }
}
