package io.github.peersupport.core.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of {@link GroupPrescription} and {@link Adherence}; 120 cases per seed, 1,200 per property over the ten seeds. */
class GroupPrescriptionPropertyTest {
  private static final int CASES = 120;

  /** A date from 60 days before the start to 60 days after the end. */
  private static LocalDate dateAround(SplittableRandom r, GroupPrescription p) {
    long span = ChronoUnit.DAYS.between(p.start(), p.end());
    return p.start().plusDays(r.nextLong(-60, span + 61));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void adherence_anyAttendanceAndDate_rawNonNegativeCappedWithinZeroAndOne(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      GroupPrescription p = CoreGen.prescription(random);
      LocalDate date = dateAround(random, p);
      int attended = random.nextInt(10) == 0 ? random.nextInt(0, Integer.MAX_VALUE) : random.nextInt(0, p.totalExpectedSessions() * 2 + 2);

      Adherence a = p.adherence(attended, date);

      assertThat(a.attended()).isEqualTo(attended);
      assertThat(a.expected()).isEqualTo(p.expectedSessionsAsOf(date));
      assertThat(a.raw()).as("raw %s for %s on %s", a, p, date).isGreaterThanOrEqualTo(0.0).isFinite();
      assertThat(a.capped()).as("capped %s for %s on %s", a, p, date).isBetween(0.0, 1.0).isEqualTo(Math.min(1.0, a.raw()));
      if (a.expected() == 0) {
        assertThat(a.raw()).isEqualTo(1.0);
      } else {
        assertThat(a.raw()).isEqualTo((double) attended / a.expected());
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void expectedSessionsAsOf_everyDay_monotoneZeroBeforeStartNeverAboveTotal(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      GroupPrescription p = CoreGen.prescription(random);
      int total = p.totalExpectedSessions();
      assertThat(total).as("total of %s", p).isGreaterThanOrEqualTo(p.sessionsPerPeriod());

      int previous = 0;
      for (LocalDate d = p.start().minusDays(40); !d.isAfter(p.end().plusDays(40)); d = d.plusDays(1)) {
        int expected = p.expectedSessionsAsOf(d);
        assertThat(expected).as("%s as of %s", p, d).isGreaterThanOrEqualTo(previous).isBetween(0, total);
        assertThat(expected % p.sessionsPerPeriod()).as("%s as of %s", p, d).isZero();
        if (!d.isAfter(p.start())) {
          assertThat(expected).as("%s as of %s, not after the start", p, d).isZero();
        }
        if (!d.isBefore(p.end())) {
          assertThat(expected).as("%s as of %s, from the end", p, d).isEqualTo(total);
        }
        previous = expected;
      }
      assertThat(p.expectedSessionsAsOf(LocalDate.of(1900, 1, 1))).isZero();
      assertThat(p.expectedSessionsAsOf(p.start().plusYears(50))).isEqualTo(total);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void expectedSessionsAsOf_periodBoundaries_stepBySessionsPerPeriod(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      GroupPrescription p = CoreGen.prescription(random);
      int k = 0;
      while (!p.start().plus(p.period().multipliedBy(k + 1)).isAfter(p.end())) {
        k++;
        LocalDate boundary = p.start().plus(p.period().multipliedBy(k));
        assertThat(p.expectedSessionsAsOf(boundary)).as("%s at the end of period %d", p, k).isEqualTo(k * p.sessionsPerPeriod());
        assertThat(p.expectedSessionsAsOf(boundary.minusDays(1))).as("%s the day before", p).isEqualTo((k - 1) * p.sessionsPerPeriod());
      }
      assertThat(k).as("complete periods in %s", p).isPositive();
      assertThat(p.totalExpectedSessions()).isEqualTo(k * p.sessionsPerPeriod());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void build_invalidInput_throwsNamingField(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      GroupPrescription valid = CoreGen.prescription(random);
      assertThat(GroupPrescription.builder().from(valid).build()).isEqualTo(valid);

      GroupPrescription.Builder b = GroupPrescription.builder().from(valid);
      String field;
      switch (random.nextInt(4)) {
        case 0:
          b.sessionsPerPeriod(CoreGen.oneOf(random, 0, -random.nextInt(1, 1_000), random.nextInt(32, 1_000)));
          field = "sessionsPerPeriod";
          break;
        case 1:
          b.period(CoreGen.oneOf(random, Period.ZERO, Period.ofDays(-random.nextInt(1, 30)), Period.ofMonths(-random.nextInt(1, 12)),
              Period.of(0, 1, -1), Period.ofDays(random.nextInt(36_525, Integer.MAX_VALUE))));
          field = "period";
          break;
        case 2: {
          Period period = valid.period();
          int shorterDays = period.getMonths() > 0 ? random.nextInt(1, 28 * period.getMonths()) : random.nextInt(1, period.getDays());
          b.duration(Period.ofDays(shorterDays));
          field = "duration";
          break;
        }
        default:
          b.duration(CoreGen.oneOf(random, Period.ZERO, Period.ofDays(-random.nextInt(1, 30)), Period.ofMonths(-random.nextInt(1, 12)),
              Period.of(100, 0, random.nextInt(1, Integer.MAX_VALUE))));
          field = "duration";
          break;
      }

      assertThatThrownBy(b::build).as("%s with bad %s", valid, field)
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(field + ":");
    });
  }
}
