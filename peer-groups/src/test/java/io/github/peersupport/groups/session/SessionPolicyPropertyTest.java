package io.github.peersupport.groups.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.groups.testing.SessionGen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The safety floor of {@link SessionPolicy}: 10 fixed seeds × 1,000 random requirement sets. */
class SessionPolicyPropertyTest {
  private static final int CASES = 1_000;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void build_anyRequirements_buildsExactlyWhenTheFloorIsKept(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      List<SegmentKind> all = Arrays.asList(SegmentKind.values());
      Set<SegmentKind> every = EnumSet.noneOf(SegmentKind.class);
      every.addAll(CoreGen.someOf(r, all, 4));
      Set<SegmentKind> first = EnumSet.noneOf(SegmentKind.class);
      first.addAll(CoreGen.someOf(r, all, 4));
      Set<SegmentKind> covered = EnumSet.copyOf(every);
      covered.addAll(first);
      covered.add(SegmentKind.CONFIDENTIALITY_REMINDER);
      covered.add(SegmentKind.CONFIDENTIALITY_LIMITS_AND_GROUND_RULES);
      List<SegmentTemplate> templates = new ArrayList<>();
      covered.forEach(k -> templates.add(SessionGen.template(r, k)));
      SessionPolicy.Builder b = SessionPolicy.builder();
      b.everySession(every).firstSession(first).insertedTemplates(templates);

      boolean floorKept = every.contains(SegmentKind.CONFIDENTIALITY_REMINDER) && first.contains(SegmentKind.CONFIDENTIALITY_LIMITS_AND_GROUND_RULES);
      if (floorKept) {
        SessionPolicy policy = b.build();
        // whatever else it requires, an agenda built under it keeps the reminder
        AgendaResult result = AgendaPlanner.build(SessionGen.format(r), policy, SessionGen.attending(r), r.nextBoolean());
        result.agenda().ifPresent(a -> assertThat(a.segment(SegmentKind.CONFIDENTIALITY_REMINDER)).isPresent());
      } else {
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(safety floor)");
      }
    });
  }
}
