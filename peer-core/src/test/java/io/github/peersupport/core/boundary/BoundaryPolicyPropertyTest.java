package io.github.peersupport.core.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.EscalationGen;
import io.github.peersupport.core.testing.Seeds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link BoundaryPolicy#evaluate} over generated interaction records (up to 40, spread
 * over 1 to 8 weeks, ties included) and generated policies (outside-contact rule, gift limit, contact
 * hours and zone, weekly limit, review thresholds and window): 10 seeds × 300 cases for each of five
 * properties, 15,000 cases in all.
 */
class BoundaryPolicyPropertyTest {
  private static final int CASES_PER_SEED = 300;
  private static final int MAX_RECORDS = 40;

  /** The flags that rules other than contact hours and frequency look at. */
  private static final Set<InteractionFlag> RULE_FLAGS = EnumSet.of(InteractionFlag.MEDICAL_ADVICE,
      InteractionFlag.MEDICATION_ADVICE, InteractionFlag.MONEY_OR_LOAN, InteractionFlag.GIFT,
      InteractionFlag.INTIMATE_CONTACT, InteractionFlag.OTHER_MEMBER_INFO_SHARED, InteractionFlag.BEYOND_PEER_ROLE,
      InteractionFlag.OUTSIDE_PROGRAMME, InteractionFlag.OTHER_IS_MINOR);

  private static final Set<RuleId> TIME_RULES = Set.of(BoundaryPolicy.CONTACT_HOURS, BoundaryPolicy.CONTACT_FREQUENCY);

  /** For each other rule, the flags of which a record breaching it has at least one. */
  private static final Map<RuleId, Set<InteractionFlag>> FLAGS_OF_RULE = Map.of(
      BoundaryPolicy.NO_MEDICAL_ADVICE, EnumSet.of(InteractionFlag.MEDICAL_ADVICE, InteractionFlag.MEDICATION_ADVICE),
      BoundaryPolicy.NO_MONEY_OR_GIFTS, EnumSet.of(InteractionFlag.MONEY_OR_LOAN, InteractionFlag.GIFT),
      BoundaryPolicy.NO_INTIMATE_RELATIONSHIP, EnumSet.of(InteractionFlag.INTIMATE_CONTACT),
      BoundaryPolicy.OUTSIDE_CONTACT, EnumSet.of(InteractionFlag.OUTSIDE_PROGRAMME),
      BoundaryPolicy.NO_SHARING_MEMBER_INFO, EnumSet.of(InteractionFlag.OTHER_MEMBER_INFO_SHARED),
      BoundaryPolicy.REFER_BEYOND_ROLE, EnumSet.of(InteractionFlag.BEYOND_PEER_ROLE),
      BoundaryPolicy.MINOR_CONTACT_THROUGH_GUARDIAN, EnumSet.of(InteractionFlag.OTHER_IS_MINOR),
      BoundaryPolicy.MINOR_NO_PRIVATE_OUTSIDE_CONTACT, EnumSet.of(InteractionFlag.OTHER_IS_MINOR));

  /** One generated case: a policy (the standard one in about one case in five) and records. */
  private record Case(BoundaryPolicy policy, List<InteractionRecord> records) {
    static Case of(SplittableRandom r) {
      BoundaryPolicy policy = r.nextInt(5) == 0 ? BoundaryPolicy.standard() : EscalationGen.boundaryPolicy(r);
      return new Case(policy, EscalationGen.interactions(r, MAX_RECORDS, Duration.ofDays(r.nextInt(7, 57))));
    }

    BoundaryReport report() {
      return policy.evaluate(records);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void evaluate_shuffledRecords_sameReport(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED, random -> {
      Case c = Case.of(random);
      BoundaryReport report = c.report();

      List<InteractionRecord> reversed = new ArrayList<>(c.records());
      Collections.reverse(reversed);

      assertThat(c.policy().evaluate(EscalationGen.shuffled(random, c.records()))).isEqualTo(report);
      assertThat(c.policy().evaluate(reversed)).isEqualTo(report);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void evaluate_sameInputTwice_equalReports(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED, random -> {
      Case c = Case.of(random);
      List<InteractionRecord> input = new ArrayList<>(c.records());

      BoundaryReport first = c.policy().evaluate(input);
      BoundaryReport second = BoundaryPolicy.builder().from(c.policy()).build().evaluate(List.copyOf(c.records()));

      assertThat(second).isEqualTo(first);
      assertThat(second.hashCode()).isEqualTo(first.hashCode());
      assertThat(input).as("evaluate leaves its input alone").isEqualTo(c.records());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void evaluate_anyRecords_breachesCiteGivenRecordsOfTheirPeer(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED, random -> {
      Case c = Case.of(random);
      Map<InteractionId, InteractionRecord> byId = c.records().stream()
          .collect(Collectors.toMap(InteractionRecord::id, Function.identity()));

      for (Breach b : c.report().breaches()) {
        assertThat(b.records()).as("records of %s", b.rule()).isNotEmpty().doesNotHaveDuplicates();
        assertThat(byId).as("records of %s", b.rule()).containsKeys(b.records().toArray(InteractionId[]::new));
        List<InteractionRecord> cited = b.records().stream().map(byId::get).toList();
        assertThat(cited).as("peers of the records of %s", b.rule()).allMatch(r -> r.peer().equals(b.peer()));
        Instant last = cited.stream().map(InteractionRecord::at).max(Instant::compareTo).orElseThrow();
        assertThat(b.at()).as("instant of %s", b.rule()).isEqualTo(last);
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void evaluate_recordWithoutRuleFlags_onlyContactHoursOrFrequencyBreaches(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED, random -> {
      Case c = Case.of(random);
      Map<InteractionId, InteractionRecord> byId = c.records().stream()
          .collect(Collectors.toMap(InteractionRecord::id, Function.identity()));

      for (Breach b : c.report().breaches()) {
        if (TIME_RULES.contains(b.rule())) {
          continue;
        }
        assertThat(b.records()).as("records of %s", b.rule()).hasSize(1);
        InteractionRecord r = byId.get(b.records().get(0));
        assertThat(r.flags()).as("flags of %s breaching %s", r.id(), b.rule())
            .containsAnyElementsOf(RULE_FLAGS).containsAnyElementsOf(FLAGS_OF_RULE.get(b.rule()));
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void evaluate_anyRecords_reviewExactlyForPeersOverThresholds(long seed) {
    Seeds.forEachCase(seed, CASES_PER_SEED, random -> {
      Case c = Case.of(random);
      BoundaryPolicy policy = c.policy();
      BoundaryReport report = c.report();

      Map<PersonId, DecertificationReview> reviewByPeer = new HashMap<>();
      for (DecertificationReview review : report.reviews()) {
        assertThat(reviewByPeer.put(review.peer(), review)).as("second review for %s", review.peer()).isNull();
      }
      Set<PersonId> peers = new LinkedHashSet<>();
      report.breaches().forEach(b -> peers.add(b.peer()));
      assertThat(peers).containsAll(reviewByPeer.keySet());

      for (PersonId peer : peers) {
        List<Breach> breaches = report.of(peer);
        int mostSerious = mostWithinWindow(breaches.stream().filter(Breach::serious).toList(), policy.reviewWindow());
        int most = mostWithinWindow(breaches, policy.reviewWindow());
        boolean intimate = breaches.stream().anyMatch(b -> b.rule().equals(BoundaryPolicy.NO_INTIMATE_RELATIONSHIP));

        if (mostSerious >= policy.seriousBreachesForReview()) {
          assertThat(reviewByPeer).as("%s has %d serious breaches within %s", peer, mostSerious, policy.reviewWindow())
              .containsKey(peer);
        }
        boolean due = mostSerious >= policy.seriousBreachesForReview() || intimate || most >= policy.breachesForReview();
        assertThat(reviewByPeer.containsKey(peer)).as("review for %s (serious %d, all %d, intimate %s)", peer, mostSerious, most, intimate)
            .isEqualTo(due);
        if (due) {
          DecertificationReview review = reviewByPeer.get(peer);
          assertThat(breaches).extracting(Breach::at).contains(review.dueAt());
          assertThat(review.breaches()).isNotEmpty().isSubsetOf(breaches.stream().map(Breach::rule).toList());
        }
      }
    });
  }

  /** Brute force: the most breaches whose instants lie within one closed window of the given length. */
  private static int mostWithinWindow(List<Breach> breaches, Duration window) {
    int most = 0;
    for (Breach end : breaches) {
      Instant start = end.at().minus(window);
      int count = 0;
      for (Breach b : breaches) {
        if (!b.at().isBefore(start) && !b.at().isAfter(end.at())) {
          count++;
        }
      }
      most = Math.max(most, count);
    }
    return most;
  }
}
