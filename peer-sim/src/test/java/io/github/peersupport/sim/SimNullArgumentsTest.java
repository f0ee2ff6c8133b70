package io.github.peersupport.sim;

import io.github.peersupport.core.testing.NullArguments;
import io.github.peersupport.sim.stats.Bootstrap;
import io.github.peersupport.sim.stats.PairedDifference;
import io.github.peersupport.sim.stats.StudentT;
import io.github.peersupport.sim.stats.WelchDifference;
import io.github.peersupport.sim.testing.SimGen;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public method of peer-sim's engine, sweep, comparisons, statistics and reports rejects a null argument naming the parameter. */
class SimNullArgumentsTest {
  private static final NullArguments CALLER = NullArguments.with(Map.of(
      Sweep.class, () -> Sweep.of(SimGen.scenario(new SplittableRandom(1)))), SimGen.class);

  static List<NullArguments.Call> calls() {
    return NullArguments.calls(Sim.class, Sweep.class, SweepResult.class, Report.class, Charts.class, Csv.class, Comparison.class,
        StudentT.class, PairedDifference.class, WelchDifference.class, Bootstrap.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void engineMethod_nullArgument_throwsNullPointerExceptionNamingTheParameter(NullArguments.Call call) {
    CALLER.assertNamesParameter(call);
  }
}
