package io.github.peersupport.groups.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.groups.testing.SessionGen;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of {@link SessionSignals}: 10 fixed seeds × 1,000 random session records per property. */
class SessionSignalsPropertyTest {
  private static final int CASES = 1_000;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void derive_sameRecordInAnyMapOrder_sameSignalsAndSameDecision(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      SessionRecord record = SessionGen.record(r, CoreGen.groupId(r), 1 + r.nextInt(50), CoreGen.instant(r));
      List<SeekerId> order = new ArrayList<>(record.attendance().keySet());
      Collections.shuffle(order, new java.util.Random(r.nextLong()));
      Map<SeekerId, AttendanceStatus> attendance = new LinkedHashMap<>();
      Map<SeekerId, Duration> talk = new LinkedHashMap<>();
      for (SeekerId m : order) {
        attendance.put(m, record.attendance().get(m));
        if (record.talkTime().containsKey(m)) {
          talk.put(m, record.talkTime().get(m));
        }
      }
      SessionRecord reordered = SessionRecord.builder().from(record).attendance(attendance).talkTime(talk).build();

      List<Signal> signals = SessionSignals.standard().derive(record);
      assertThat(SessionSignals.standard().derive(reordered)).isEqualTo(signals);
      assertThat(SessionSignals.standard().derive(record)).isEqualTo(signals);
      EscalationDecision once = EscalationPolicy.standard().evaluate(signals, Map.of(), record.at(), List.of());
      assertThat(EscalationPolicy.standard().evaluate(SessionSignals.standard().derive(reordered), Map.of(), record.at(), List.of()))
          .isEqualTo(once);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void derive_anyRecord_oneSignalPerDominatingMemberAndFlag(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      SessionRecord record = SessionGen.record(r, GroupId.of("g-" + r.nextInt(5)), 1 + r.nextInt(50), CoreGen.instant(r));
      SessionSignals derivation = SessionSignals.builder().dominanceMultiple(1.5 + r.nextInt(10) / 4.0).minimumMembers(2 + r.nextInt(3)).build();

      List<SeekerId> dominating = derivation.dominating(record);
      List<Signal> signals = derivation.derive(record);

      assertThat(signals).hasSize(dominating.size() + record.flags().size());
      assertThat(signals).extracting(Signal::id).doesNotHaveDuplicates();
      assertThat(signals).allSatisfy(s -> assertThat(s.at()).isEqualTo(record.at()));
      int n = record.talkTime().size();
      // more than multiple x the fair share each: fewer than n / multiple members can dominate
      assertThat((double) dominating.size()).isLessThan(Math.max(1.0, n / derivation.dominanceMultiple()));
      long total = record.talkTime().values().stream().mapToLong(Duration::getSeconds).sum();
      for (SeekerId m : dominating) {
        assertThat((double) record.talkTime().get(m).getSeconds() * n).isGreaterThan(derivation.dominanceMultiple() * total);
      }
    });
  }

  @Test
  void derive_twoRecordsOfASeries_signalIdsDoNotCollide() {
    GroupId g = GroupId.of("g-1");
    SessionRecord first = SessionGen.record(new java.util.SplittableRandom(7), g, 1, CoreGen.EPOCH);
    SessionRecord second = SessionGen.record(new java.util.SplittableRandom(7), g, 2, CoreGen.EPOCH.plus(Duration.ofDays(7)));
    List<Signal> all = new ArrayList<>(SessionSignals.standard().derive(first));
    all.addAll(SessionSignals.standard().derive(second));

    assertThat(all).extracting(Signal::id).doesNotHaveDuplicates();
    assertThat(all).isNotEmpty();
  }
}
