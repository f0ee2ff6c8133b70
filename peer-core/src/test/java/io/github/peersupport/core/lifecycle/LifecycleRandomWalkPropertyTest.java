package io.github.peersupport.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.Tag;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random walks through the lifecycle: every event type, instants mostly increasing but sometimes
 * repeated or going back, certifications with and without expiry (many expired by later events),
 * trainings with and without competency. Some walks start from a standing reached under the standard
 * lifecycle, some continue under a lifecycle that requires an extra course.
 */
class LifecycleRandomWalkPropertyTest {
  private static final int WALKS_PER_SEED = 200;
  private static final int MIN_WALK_LENGTH = 10;
  private static final int MAX_WALK_LENGTH = 40;
  /** Ten fixed seeds at 1,000 or more events each: at least 10,000 events in all. */
  private static final int MIN_EVENTS_PER_SEED = 1_000;
  private static final int MIN_EVENTS_ALL_SEEDS = 10_000;

  private static final PeerLifecycle STANDARD = PeerLifecycle.standard();
  private static final PeerLifecycle STRICT = PeerLifecycle.builder().addRequiredCourses(Tag.of("group-facilitation")).build();

  /** The status changes the lifecycle diagram allows (staying put is always allowed). */
  private static final Map<PeerStatus, Set<PeerStatus>> EDGES = new EnumMap<>(PeerStatus.class);

  static {
    EDGES.put(PeerStatus.APPLICANT, EnumSet.of(PeerStatus.SCREENED, PeerStatus.RETIRED));
    EDGES.put(PeerStatus.SCREENED, EnumSet.of(PeerStatus.TRAINED, PeerStatus.DECERTIFIED, PeerStatus.RETIRED));
    EDGES.put(PeerStatus.TRAINED, EnumSet.of(PeerStatus.CERTIFIED, PeerStatus.DECERTIFIED, PeerStatus.RETIRED));
    EDGES.put(PeerStatus.CERTIFIED, EnumSet.of(PeerStatus.ACTIVE, PeerStatus.DECERTIFIED, PeerStatus.RETIRED));
    EDGES.put(PeerStatus.ACTIVE, EnumSet.of(PeerStatus.PAUSED, PeerStatus.DECERTIFIED, PeerStatus.RETIRED));
    EDGES.put(PeerStatus.PAUSED, EnumSet.of(PeerStatus.ACTIVE, PeerStatus.DECERTIFIED, PeerStatus.RETIRED));
    EDGES.put(PeerStatus.DECERTIFIED, EnumSet.noneOf(PeerStatus.class));
    EDGES.put(PeerStatus.RETIRED, EnumSet.noneOf(PeerStatus.class));
  }

  private static long totalEvents;
  private static int seedsRun;

  /** One walk: the lifecycle it runs under, where it starts, its events and the transitions seen while generating them. */
  private record Walk(PeerLifecycle lifecycle, PeerStanding start, List<LifecycleEvent> events, List<Transition> online) {}

  /**
   * Generates a walk event by event, each drawn for the standing the previous one produced (so the walk
   * often reaches ACTIVE and PAUSED) at an instant that mostly moves forward, sometimes repeats and
   * sometimes goes back.
   */
  private static Walk walk(SplittableRandom r) {
    // 0: strict lifecycle from an applicant; 1: an active peer of the standard lifecycle continues under
    // the strict one (a course became required); 2: a standing from a standard walk; 3, 4: an applicant
    int kind = r.nextInt(5);
    PeerLifecycle lifecycle = kind <= 1 ? STRICT : STANDARD;
    PeerStanding start = kind == 1 ? CoreGen.activeStanding(r, CoreGen.EPOCH.minus(Duration.ofDays(r.nextInt(0, 400))))
        : kind == 2 ? CoreGen.standing(r) : PeerStanding.applicant();
    Instant t = start.lastEventAt().orElse(CoreGen.EPOCH.minus(Duration.ofDays(r.nextInt(0, 400))));
    int length = r.nextInt(MIN_WALK_LENGTH, MAX_WALK_LENGTH + 1);
    List<LifecycleEvent> events = new ArrayList<>(length);
    List<Transition> online = new ArrayList<>(length);
    PeerStanding standing = start;
    for (int i = 0; i < length; i++) {
      int step = r.nextInt(10);
      if (step == 0) {
        t = t.minus(Duration.ofHours(r.nextInt(1, 24 * 30))); // back in time
      } else if (step > 1) {                                  // step 1: same instant again
        t = t.plus(Duration.ofHours(r.nextInt(1, 24 * 60)));
      }
      LifecycleEvent event = CoreGen.lifecycleEventFor(r, standing, t);
      Transition transition = lifecycle.apply(standing, event);
      events.add(event);
      online.add(transition);
      standing = transition.standing();
    }
    return new Walk(lifecycle, start, List.copyOf(events), List.copyOf(online));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void replay_randomWalks_keepInvariantsAndAreDeterministic(long seed) {
    int[] events = {0};
    int[] becameActive = {0};
    Set<RuleId> rulesSeen = new HashSet<>();
    Set<LifecycleEventType> typesAccepted = EnumSet.noneOf(LifecycleEventType.class);

    Seeds.forEachCase(seed, WALKS_PER_SEED, random -> {
      Walk walk = walk(random);
      List<Transition> transitions = walk.lifecycle().replay(walk.start(), walk.events());

      assertThat(transitions).as("replay equals the walk applied event by event").isEqualTo(walk.online());
      PeerStanding before = walk.start();
      for (int i = 0; i < transitions.size(); i++) {
        Transition t = transitions.get(i);
        assertThat(t.event()).isSameAs(walk.events().get(i));
        assertThat(walk.lifecycle().apply(before, t.event())).as("replay step %d equals apply", i).isEqualTo(t);
        checkTransition(walk.lifecycle(), before, t);
        if (t.toStatus() == PeerStatus.ACTIVE && t.fromStatus() != PeerStatus.ACTIVE) {
          becameActive[0]++;
        }
        t.refusedBy().ifPresent(rulesSeen::add);
        if (t.succeeded()) {
          typesAccepted.add(t.event().type());
        }
        before = t.standing();
      }
      assertThat(walk.lifecycle().replay(walk.start(), walk.events())).as("second replay").isEqualTo(transitions);
      events[0] += transitions.size();
    });

    assertThat(events[0]).as("events applied for seed %d", seed).isGreaterThanOrEqualTo(MIN_EVENTS_PER_SEED);
    // the walks reach the interesting places: every rule fires, every event type is accepted somewhere
    assertThat(becameActive[0]).as("activations for seed %d", seed).isGreaterThanOrEqualTo(20);
    assertThat(rulesSeen).as("rules fired for seed %d", seed).containsExactlyInAnyOrder(
        PeerLifecycle.NOT_ALLOWED, PeerLifecycle.TERMINAL, PeerLifecycle.OUT_OF_ORDER, PeerLifecycle.COMPETENCY_REQUIRED,
        PeerLifecycle.TRAINING_REQUIRED, PeerLifecycle.CODE_OF_CONDUCT_REQUIRED, PeerLifecycle.VALID_CERTIFICATION_REQUIRED,
        PeerLifecycle.BOUNDARY_REVIEW_OPEN, PeerLifecycle.CERTIFICATION_STILL_VALID, PeerLifecycle.REVIEW_ALREADY_OPEN,
        PeerLifecycle.NO_REVIEW_OPEN);
    assertThat(typesAccepted).as("event types accepted for seed %d", seed).containsExactlyInAnyOrder(LifecycleEventType.values());
    synchronized (LifecycleRandomWalkPropertyTest.class) {
      totalEvents += events[0];
      seedsRun++;
    }
  }

  @AfterAll
  static void replay_allSeeds_atLeastTenThousandEvents() {
    if (seedsRun >= 10) {
      assertThat(totalEvents).as("events over %d seeds", seedsRun).isGreaterThanOrEqualTo(MIN_EVENTS_ALL_SEEDS);
    }
  }

  private static void checkTransition(PeerLifecycle lifecycle, PeerStanding before, Transition t) {
    LifecycleEvent e = t.event();
    PeerStanding after = t.standing();
    assertThat(t.fromStatus()).as("fromStatus of %s", t).isEqualTo(before.status());

    if (before.status().isTerminal()) {
      assertThat(t.refusedBy()).as("terminal %s", t).contains(PeerLifecycle.TERMINAL);
    } else if (before.lastEventAt().filter(last -> e.at().isBefore(last)).isPresent()) {
      assertThat(t.refusedBy()).as("out of order %s", t).contains(PeerLifecycle.OUT_OF_ORDER);
    }

    if (t.refusedBy().isPresent()) {
      assertThat(after).as("standing after rejected %s", t).isSameAs(before);
      return;
    }

    // accepted
    assertThat(after.lastEventAt()).as("lastEventAt after %s", t).contains(e.at());
    assertExtends(after.trainings(), before.trainings(), "trainings", t);
    assertExtends(after.certifications(), before.certifications(), "certifications", t);
    if (after.status() != before.status()) {
      assertThat(EDGES.get(before.status())).as("allowed moves for %s", t).contains(after.status());
    }
    if (before.status() == PeerStatus.APPLICANT) {
      assertThat(after.status()).as("status after %s", t).isIn(PeerStatus.APPLICANT, PeerStatus.SCREENED, PeerStatus.RETIRED);
    }
    if (after.status() == PeerStatus.ACTIVE) {
      assertThat(after.boundaryReviewOpen()).as("review open after %s", t).isFalse();
    }
    if (after.status() == PeerStatus.ACTIVE && t.fromStatus() != PeerStatus.ACTIVE) {
      assertThat(e.type()).as("event that activated %s", t).isEqualTo(LifecycleEventType.ACTIVATED);
      assertThat(after.hasCompetentTraining()).as("competent training at %s", t).isTrue();
      assertThat(lifecycle.trainingSatisfied(after.trainings())).as("required training at %s", t).isTrue();
      assertThat(after.codeOfConductSignedAt()).as("code of conduct at %s", t).isPresent();
      assertThat(after.hasValidCertificationAt(e.at())).as("valid certification at %s", t).isTrue();
      assertThat(after.boundaryReviewOpen()).as("review open at %s", t).isFalse();
      assertThat(after.canServeAt(e.at())).as("can serve at %s", t).isTrue();
    }
    if (after.status() == PeerStatus.PAUSED && before.status() != PeerStatus.PAUSED) {
      assertThat(after.pauseReason()).as("pause reason after %s", t).isPresent();
    }
    if (after.status() == PeerStatus.DECERTIFIED) {
      assertThat(after.decertificationReason()).as("decertification reason after %s", t).isEqualTo(e.decertificationReason());
    }
  }

  /** Records are only ever added: the list after starts with the list before. */
  private static <T> void assertExtends(List<T> after, List<T> before, String what, Transition t) {
    assertThat(after.size()).as("%s after %s", what, t).isGreaterThanOrEqualTo(before.size());
    assertThat(after.subList(0, before.size())).as("%s after %s", what, t).isEqualTo(before);
  }
}
