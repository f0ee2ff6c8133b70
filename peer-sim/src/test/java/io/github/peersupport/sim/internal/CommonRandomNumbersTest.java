package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.escalation.Escalation;
import io.github.peersupport.core.escalation.EscalationAction;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.lifecycle.PeerStatus;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.matching.lifecycle.MatchEventType;
import io.github.peersupport.matching.lifecycle.MatchOffer;
import io.github.peersupport.programmes.Programmes;
import io.github.peersupport.sim.Behaviour;
import io.github.peersupport.sim.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Common random numbers (Law 2015, ch. 11): two runs of a seed whose scenarios differ in one policy
 * draw the same people, referrals, retirements, pauses and answers; only what the policy changes
 * differs.
 */
class CommonRandomNumbersTest {
  /** Seed 7 is the one where the offer window changed the retirements before (24 against 14). */
  private static final long[] SEEDS = {1, 7, 42};

  /** The standard scenario and two programme presets (one with a term counted from the delivery). */
  static Stream<Arguments> scenariosBySeed() {
    List<Arguments> out = new ArrayList<>();
    for (long seed : SEEDS) {
      out.add(Arguments.of("standard", Scenario.standard(), seed));
    }
    out.add(Arguments.of("cancer-survivor-mentoring", Scenario.of(Programmes.cancerSurvivorMentoring()), 3L));
    out.add(Arguments.of("cancer-survivor-mentoring", Scenario.of(Programmes.cancerSurvivorMentoring()), 7L));
    out.add(Arguments.of("new-mothers", Scenario.of(Programmes.newMothers()), 5L));
    out.add(Arguments.of("transplant-and-chronic-illness", Scenario.of(Programmes.transplantAndChronicIllness()), 11L));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, seed {2}")
  @MethodSource("scenariosBySeed")
  void run_offerWindow72hVs48h_samePeopleReferralsRetirementsPausesAndAnswers(String name, Scenario scenario, long seed) {
    Scenario threeDays = scenario.withOfferWindow(Duration.ofHours(72));
    Scenario twoDays = scenario.withOfferWindow(Duration.ofHours(48));
    RecordedRun a = RecordedRun.of(threeDays, seed);
    RecordedRun b = RecordedRun.of(twoDays, seed);
    String where = name + ", seed " + seed;
    assertThat(a.run().metrics()).as("the arms differ at all (%s)", where).isNotEqualTo(b.run().metrics());

    assertSameCohortAndReferrals(threeDays, twoDays, a, b, seed, where);
    assertThat(statusByWeek(a, PeerStatus.RETIRED)).as("retirements (%s)", where).isEqualTo(statusByWeek(b, PeerStatus.RETIRED));
    assertThat(a.run().metrics().supporterRetirements()).as("retirements (%s)", where)
        .isEqualTo(b.run().metrics().supporterRetirements());

    // a pause for distress needs a load, which the offer window changes; every other pause is common
    Set<PersonId> distressed = new HashSet<>(distressPaused(a));
    distressed.addAll(distressPaused(b));
    assertThat(pausedByWeek(a, distressed)).as("self-care pauses of supporters never paused for distress (%s)", where)
        .isEqualTo(pausedByWeek(b, distressed));

    assertSameScreeningAnswers(threeDays, twoDays, a, b, seed, where);
    assertSameOfferAnswers(a, b, where);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void run_offerWindowWithoutDistress_everyPauseIsCommon(long seed) {
    Scenario base = Scenario.standard().withHorizonWeeks(26)
        .withBehaviour(Behaviour.builder().from(Behaviour.standard()).supporterDistressPerWeek(0).build());
    RecordedRun a = RecordedRun.of(base.withOfferWindow(Duration.ofHours(72)), seed);
    RecordedRun b = RecordedRun.of(base.withOfferWindow(Duration.ofHours(48)), seed);
    assertThat(a.run().metrics().supporterPauses()).as("seed %d", seed).isPositive()
        .isEqualTo(b.run().metrics().supporterPauses());
    assertThat(statusByWeek(a, PeerStatus.PAUSED)).as("seed %d", seed).isEqualTo(statusByWeek(b, PeerStatus.PAUSED));
    assertThat(statusByWeek(a, PeerStatus.RETIRED)).as("seed %d", seed).isEqualTo(statusByWeek(b, PeerStatus.RETIRED));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void run_anotherDeclineShare_sameCohortReferralsAndRetirements(long seed) {
    Scenario base = Scenario.standard().withHorizonWeeks(26);
    Behaviour lessDeclining = base.behaviour().withDeclineShare(0.05);
    Scenario other = base.withBehaviour(lessDeclining);
    RecordedRun a = RecordedRun.of(base, seed);
    RecordedRun b = RecordedRun.of(other, seed);
    String where = "decline share, seed " + seed;
    assertThat(a.run().metrics().declines()).as(where).isNotEqualTo(b.run().metrics().declines());
    assertSameCohortAndReferrals(base, other, a, b, seed, where);
    assertThat(statusByWeek(a, PeerStatus.RETIRED)).as(where).isEqualTo(statusByWeek(b, PeerStatus.RETIRED));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void new_moreSupportersOrAnotherConditionMix_theSupportersBothHaveKeepTheirDraws(long seed) {
    Scenario base = Scenario.standard();
    List<Supporter> drawn = new Engine(base, seed, RunObserver.NONE).roster.supporters();
    List<Supporter> more = new Engine(base.withCohort(base.cohort().withSupporters(240)), seed, RunObserver.NONE).roster.supporters();
    assertThat(more.subList(0, drawn.size())).as("seed %d", seed).isEqualTo(drawn);
    Scenario cancerOnly = base.withCohort(base.cohort().withConditionMix(Map.of("lymphoma", 1.0)));
    List<Supporter> other = new Engine(cancerOnly, seed, RunObserver.NONE).roster.supporters();
    Set<Code> allowed = new HashSet<>();
    allowed.add(Taxonomy.standardConditions().code("lymphoma"));
    base.cohort().rareConditions().forEach(c -> allowed.add(Taxonomy.standardConditions().code(c)));
    for (int i = 0; i < drawn.size(); i++) {
      assertThat(other.get(i).profile()).as("seed %d, %s", seed, drawn.get(i).id()).isEqualTo(drawn.get(i).profile());
      assertThat(other.get(i).capacity()).as("seed %d, %s", seed, drawn.get(i).id()).isEqualTo(drawn.get(i).capacity());
      assertThat(other.get(i).experience().conditions()).hasSize(1).isSubsetOf(allowed);
    }
  }

  static long[] seeds() {
    return SEEDS;
  }

  private static void assertSameCohortAndReferrals(Scenario sa, Scenario sb, RecordedRun a, RecordedRun b, long seed, String where) {
    List<Supporter> cohort = new Engine(sa, seed, RunObserver.NONE).roster.supporters();
    assertThat(cohort).as("supporters drawn (%s)", where).hasSize(sa.cohort().supporters())
        .isEqualTo(new Engine(sb, seed, RunObserver.NONE).roster.supporters());
    assertThat(a.referrals()).as("referrals: instants, people, what they asked for (%s)", where).isNotEmpty()
        .isEqualTo(b.referrals());
  }

  /** For each week, the supporters in a status at its end. */
  private static List<Set<String>> statusByWeek(RecordedRun run, PeerStatus status) {
    List<Set<String>> out = new ArrayList<>();
    for (WeekEnd week : run.weeks()) {
      Set<String> ids = new TreeSet<>();
      for (Supporter s : week.supporters()) {
        if (s.standing().status() == status) {
          ids.add(s.id().value());
        }
      }
      out.add(ids);
    }
    return out;
  }

  private static List<Set<String>> pausedByWeek(RecordedRun run, Set<PersonId> excluded) {
    List<Set<String>> out = new ArrayList<>();
    for (Set<String> week : statusByWeek(run, PeerStatus.PAUSED)) {
      week.removeIf(id -> excluded.contains(SupporterId.of(id)));
      out.add(week);
    }
    return out;
  }

  private static Set<PersonId> distressPaused(RecordedRun run) {
    Set<PersonId> out = new HashSet<>();
    for (RecordedRun.Escalated e : run.escalations()) {
      for (Escalation x : e.decision().escalations()) {
        if (x.actions().contains(EscalationAction.PAUSE_SUPPORTER)) {
          out.add(x.person());
        }
      }
    }
    return out;
  }

  /**
   * The answers each seeker would give at each weekly occasion are the same in both arms; and every
   * seeker screened at the same occasion in both runs gave the same answers in both.
   */
  private static void assertSameScreeningAnswers(Scenario sa, Scenario sb, RecordedRun a, RecordedRun b, long seed, String where) {
    Engine ea = new Engine(sa, seed, RunObserver.NONE);
    Engine eb = new Engine(sb, seed, RunObserver.NONE);
    List<RecordedRun.Referral> referrals = a.referrals();
    for (int week = 0; week < sa.horizonWeeks(); week += 5) {
      Instant occasion = sa.start().plus(Duration.ofDays(7L * week));
      for (int i = 0; i < referrals.size(); i += 3) {
        var id = referrals.get(i).seeker().id();
        assertThat(answers(ea.screening.answers(id, occasion))).as("%s at week %d (%s)", id, week + 1, where)
            .isEqualTo(answers(eb.screening.answers(id, occasion)));
      }
    }
    Map<String, List<List<Integer>>> screenedA = screened(a);
    Map<String, List<List<Integer>>> screenedB = screened(b);
    int common = 0;
    for (Map.Entry<String, List<List<Integer>>> e : screenedA.entrySet()) {
      if (screenedB.containsKey(e.getKey())) {
        assertThat(e.getValue()).as("answers of %s (%s)", e.getKey(), where).isEqualTo(screenedB.get(e.getKey()));
        common++;
      }
    }
    assertThat(common).as("seekers screened at the same occasion in both runs (%s)", where).isPositive();
  }

  private static List<List<Integer>> answers(List<Signal> signals) {
    List<List<Integer>> out = new ArrayList<>();
    for (Signal s : signals) {
      out.add(s.answers());
    }
    return out;
  }

  /** Each screening by person and instant: the answers of its signals. */
  private static Map<String, List<List<Integer>>> screened(RecordedRun run) {
    Map<String, List<List<Integer>>> out = new HashMap<>();
    for (RecordedRun.Screened s : run.screenings()) {
      out.put(s.signals().get(0).person().value() + "@" + s.at(), answers(s.signals()));
    }
    return out;
  }

  /** A supporter answering the same seeker in both runs answers alike, after the same delay. */
  private static void assertSameOfferAnswers(RecordedRun a, RecordedRun b, String where) {
    Map<String, String> answersA = offerAnswers(a);
    Map<String, String> answersB = offerAnswers(b);
    int common = 0;
    for (Map.Entry<String, String> e : answersA.entrySet()) {
      if (answersB.containsKey(e.getKey())) {
        assertThat(e.getValue()).as("answer of %s (%s)", e.getKey(), where).isEqualTo(answersB.get(e.getKey()));
        common++;
      }
    }
    assertThat(common).as("offers answered in both runs (%s)", where).isPositive();
  }

  /** Each answered offer, by seeker and supporter: the answer and its delay after the offer. */
  private static Map<String, String> offerAnswers(RecordedRun run) {
    Map<String, String> out = new HashMap<>();
    for (RecordedRun.MatchRecord m : run.matches()) {
      for (var event : m.events()) {
        if (event.type() != MatchEventType.ACCEPTED && event.type() != MatchEventType.DECLINED) {
          continue;
        }
        PersonId supporter = event.actor().person().orElseThrow();
        MatchOffer offer = m.match().offers().stream().filter(o -> o.supporter().equals(supporter)).findFirst().orElseThrow();
        out.put(m.seeker().id().value() + "/" + supporter.value(), event.type() + " after " + Duration.between(offer.offeredAt(), event.at()));
      }
    }
    return out;
  }
}
