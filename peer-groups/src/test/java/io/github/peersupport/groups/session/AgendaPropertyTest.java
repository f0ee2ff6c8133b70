package io.github.peersupport.groups.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.groups.testing.SessionGen;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link AgendaPlanner#build}: 10 fixed seeds × 1,000 cases = 10,000 cases per property, over
 * random and preset formats, random policies (never below the safety floor), 1 to 60 members, first
 * sessions or not.
 */
class AgendaPropertyTest {
  private static final int CASES = 1_000;

  /** One generated input. */
  private record Input(SessionFormat format, SessionPolicy policy, int attending, boolean first) {
    static Input of(SplittableRandom r) {
      return new Input(SessionGen.format(r), SessionGen.policy(r), SessionGen.attending(r), r.nextInt(3) == 0);
    }

    AgendaResult build() {
      return AgendaPlanner.build(format, policy, attending, first);
    }

    AgendaResult build(int members) {
      return AgendaPlanner.build(format, policy, members, first);
    }

    SegmentTemplate template(SegmentKind kind) {
      return format.segment(kind).or(() -> policy.insertedTemplate(kind)).orElseThrow();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void build_anyInput_agendaHasReminderAndFitsOrRefusalSaysWhy(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Input in = Input.of(r);
      AgendaResult result = in.build();
      if (result.succeeded()) {
        Agenda agenda = result.agenda().get();
        assertThat(agenda.segment(SegmentKind.CONFIDENTIALITY_REMINDER)).isPresent();
        assertThat(agenda.total()).isLessThanOrEqualTo(in.policy.sessionLength());
        for (SegmentKind kind : in.policy.everySession()) {
          assertThat(agenda.segment(kind)).as("every-session segment %s", kind).isPresent();
        }
        if (in.first) {
          for (SegmentKind kind : in.policy.firstSession()) {
            assertThat(agenda.segment(kind)).as("first-session segment %s", kind).isPresent();
          }
        }
        Duration at = Duration.ZERO;
        for (AgendaSegment s : agenda.segments()) {
          SegmentTemplate t = in.template(s.kind());
          assertThat(s.start()).isEqualTo(at);
          assertThat(s.duration()).isBetween(t.minimum(), t.maximum());
          at = s.end();
        }
        for (SegmentTemplate t : in.format.segments()) {
          boolean kept = agenda.segment(t.kind()).isPresent();
          assertThat(kept || agenda.omitted().contains(t.kind())).as("%s kept or reported omitted", t.kind()).isTrue();
          if (t.required()) {
            assertThat(kept).as("required %s kept", t.kind()).isTrue();
          }
        }
        // nothing is squeezed silently either: leftover time means every segment is (almost) at its maximum
        if (agenda.unallocated().compareTo(in.policy.granularity()) >= 0) {
          for (AgendaSegment s : agenda.segments()) {
            assertThat(in.template(s.kind()).maximum().minus(s.duration())).isLessThan(in.policy.granularity());
          }
        }
      } else {
        AgendaRefusal refusal = result.refusal().get();
        assertThat(refusal.attending()).isEqualTo(in.attending);
        assertThat(refusal.needed()).isGreaterThan(refusal.available());
        assertThat(refusal.explanation()).isNotBlank();
        if (refusal.reason() == RefusalReason.TOO_MANY_MEMBERS) {
          assertThat(refusal.refusedBy()).isEqualTo(AgendaPlanner.SHARE_TIME);
          assertThat(refusal.membersThatFit()).isBetween(1, in.attending - 1);
          assertThat(in.build(refusal.membersThatFit()).succeeded()).as("membersThatFit fits").isTrue();
          assertThat(in.build(refusal.membersThatFit() + 1).succeeded()).as("one more does not fit").isFalse();
        } else {
          assertThat(refusal.refusedBy()).isEqualTo(AgendaPlanner.REQUIRED_MINIMUMS);
          assertThat(refusal.membersThatFit()).isZero();
          assertThat(in.build(1).succeeded()).as("not even one member fits").isFalse();
        }
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void build_roundsOfTurns_everyMemberGetsAtLeastTheMinimumTurnOrARefusal(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Input in = Input.of(r);
      AgendaResult result = in.build();
      if (result.succeeded()) {
        Agenda agenda = result.agenda().get();
        for (AgendaSegment s : agenda.segments()) {
          if (in.template(s.kind()).memberTurns()) {
            Duration turn = s.turnPerMember().orElseThrow();
            assertThat(turn).isGreaterThanOrEqualTo(in.policy.minimumTurn());
            assertThat(turn.getSeconds()).isEqualTo(s.duration().getSeconds() / in.attending);
            assertThat(turn.multipliedBy(in.attending)).isLessThanOrEqualTo(s.duration());
          } else {
            assertThat(s.turnPerMember()).isEmpty();
          }
        }
      } else {
        // a refusal is only given when the turns (or the required minimums) truly do not fit
        List<SegmentTemplate> required = new ArrayList<>();
        for (SegmentTemplate t : in.format.segments()) {
          if (t.required() || in.policy.everySession().contains(t.kind()) || (in.first && in.policy.firstSession().contains(t.kind()))) {
            required.add(t);
          }
        }
        long needed = 0;
        boolean roundTooShort = false;
        for (SegmentTemplate t : required) {
          long min = t.memberTurns() ? Math.max(t.minimum().getSeconds(), in.attending * in.policy.minimumTurn().getSeconds()) : t.minimum().getSeconds();
          roundTooShort |= min > t.maximum().getSeconds();
          needed += min;
        }
        for (SegmentKind kind : in.policy.everySession()) {
          needed += in.format.segment(kind).isPresent() ? 0 : in.policy.insertedTemplate(kind).orElseThrow().minimum().getSeconds();
        }
        if (in.first) {
          for (SegmentKind kind : in.policy.firstSession()) {
            boolean counted = in.format.segment(kind).isPresent() || in.policy.everySession().contains(kind);
            needed += counted ? 0 : in.policy.insertedTemplate(kind).orElseThrow().minimum().getSeconds();
          }
        }
        assertThat(roundTooShort || needed > in.policy.sessionLength().getSeconds())
            .as("refused although the required segments with every turn fit").isTrue();
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void build_sameInputTwice_sameResult(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Input in = Input.of(r);
      AgendaResult once = in.build();
      AgendaResult again = AgendaPlanner.build(SessionFormat.builder().from(in.format).build(), SessionPolicy.builder().from(in.policy).build(),
          in.attending, in.first);
      assertThat(again).isEqualTo(once);
      assertThat(again.agenda().map(Agenda::render)).isEqualTo(once.agenda().map(Agenda::render));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void build_fewerMembers_stillBuilds(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Input in = Input.of(r);
      if (in.build().succeeded() && in.attending > 1) {
        int fewer = 1 + r.nextInt(in.attending - 1);
        assertThat(in.build(fewer).succeeded()).as("%d members fit, so %d fit", in.attending, fewer).isTrue();
      }
    });
  }
}
