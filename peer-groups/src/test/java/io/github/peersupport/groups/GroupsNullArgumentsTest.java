package io.github.peersupport.groups;

import io.github.peersupport.core.testing.NullArguments;
import io.github.peersupport.groups.attendance.Attendance;
import io.github.peersupport.groups.formation.GroupFormation;
import io.github.peersupport.groups.formation.GroupPlacement;
import io.github.peersupport.groups.formation.GroupPlanner;
import io.github.peersupport.groups.session.AgendaPlanner;
import io.github.peersupport.groups.testing.GroupsGen;
import io.github.peersupport.groups.testing.GroupsValueGen;
import io.github.peersupport.groups.testing.SessionGen;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public method of peer-groups' engines rejects a null argument naming the parameter. */
class GroupsNullArgumentsTest {
  private static final NullArguments CALLER = NullArguments.with(Map.of(), GroupsValueGen.class, SessionGen.class,
      GroupsGen.class);

  static List<NullArguments.Call> calls() {
    return NullArguments.calls(GroupPlanner.class, GroupFormation.class, GroupPlacement.class, AgendaPlanner.class,
        Attendance.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void engineMethod_nullArgument_throwsNullPointerExceptionNamingTheParameter(NullArguments.Call call) {
    CALLER.assertNamesParameter(call);
  }
}
