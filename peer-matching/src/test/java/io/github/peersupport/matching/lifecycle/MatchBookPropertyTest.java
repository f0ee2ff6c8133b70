package io.github.peersupport.matching.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.testing.MatchingGen;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random event sequences over three seekers, four supporters with small capacities (0 to 2), two
 * programmes and eight match ids, applied to a {@link MatchBook}. Events mostly go to open matches
 * and are mostly drawn from those allowed in the match's current status (so sequences reach every
 * status), with wrong types, wrong actors, unknown and reused ids, missing or withdrawn consent, and
 * instants that repeat, jump days ahead or go back.
 */
class MatchBookPropertyTest {
  private static final int SEQUENCES_PER_SEED = 120;
  private static final int MIN_LENGTH = 20;
  private static final int MAX_LENGTH = 60;
  /** Ten fixed seeds at 1,000 or more events each: at least 10,000 events in all. */
  private static final int MIN_EVENTS_PER_SEED = 1_000;
  private static final int MIN_EVENTS_ALL_SEEDS = 10_000;

  static final List<SeekerId> SEEKERS = List.of(SeekerId.of("sk-0"), SeekerId.of("sk-1"), SeekerId.of("sk-2"));
  static final List<SupporterId> SUPPORTERS =
      List.of(SupporterId.of("sp-0"), SupporterId.of("sp-1"), SupporterId.of("sp-2"), SupporterId.of("sp-3"));
  static final List<ProgrammeId> PROGRAMMES = List.of(ProgrammeId.of("pg-0"), ProgrammeId.of("pg-1"));
  static final int MATCH_IDS = 8;
  private static final FollowUpTimers TIMERS = FollowUpTimers.standard();

  private static long totalEvents;
  private static int seedsRun;
  private static final Set<RuleId> RULES_SEEN = new HashSet<>();
  private static final Set<MatchStatus> STATUSES_SEEN = EnumSet.noneOf(MatchStatus.class);

  /** A generated sequence: the empty book it starts from, its events, and the transitions seen online. */
  record Sequence(MatchBook start, List<MatchEvent> events, List<BookTransition> online) {}

  // ---- generation ---------------------------------------------------------------------------------

  static MatchBook emptyBook(SplittableRandom r) {
    MatchBook.Builder b = MatchBook.builder().defaultCapacity(r.nextInt(1, 3));
    for (SupporterId s : SUPPORTERS) {
      if (r.nextInt(4) > 0) {
        b.putCapacities(s, r.nextInt(0, 3));
      }
    }
    if (r.nextInt(3) == 0) {
      b.lifecycle(MatchLifecycle.builder().term(MatchingGen.matchTerm(r)).build());
    }
    return b.build();
  }

  static Sequence sequence(SplittableRandom r) {
    return sequence(r, emptyBook(r));
  }

  /** A sequence of events generated against the books it produces from {@code start}. */
  static Sequence sequence(SplittableRandom r, MatchBook start) {
    MatchBook book = start;
    Instant t = CoreGen.EPOCH;
    int length = r.nextInt(MIN_LENGTH, MAX_LENGTH + 1);
    List<MatchEvent> events = new ArrayList<>(length);
    List<BookTransition> online = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      t = step(r, t);
      MatchEvent event = event(r, book, t);
      BookTransition transition = book.apply(event);
      events.add(event);
      online.add(transition);
      book = transition.book();
    }
    return new Sequence(start, List.copyOf(events), List.copyOf(online));
  }

  /** Mostly forward by hours or days; sometimes the same instant; sometimes back. */
  private static Instant step(SplittableRandom r, Instant t) {
    int kind = r.nextInt(20);
    if (kind == 0) {
      return t.minus(Duration.ofHours(r.nextInt(1, 48)));
    }
    if (kind <= 2) {
      return t;
    }
    if (kind <= 5) {
      return t.plus(Duration.ofDays(r.nextInt(1, 6))).plusSeconds(r.nextInt(0, 3600));
    }
    return t.plus(Duration.ofMinutes(r.nextInt(1, 12 * 60)));
  }

  private static MatchEvent event(SplittableRandom r, MatchBook book, Instant t) {
    List<MatchId> open = book.matches().values().stream().filter(m -> !m.status().isClosed()).map(Match::id).toList();
    MatchId id = !open.isEmpty() && r.nextInt(10) < 7 ? CoreGen.oneOf(r, open) : MatchId.of("m-" + r.nextInt(MATCH_IDS));
    Optional<Match> match = book.match(id);
    if (match.isEmpty() ? r.nextInt(4) > 0 : r.nextInt(12) == 0) {
      return request(r, book, id, t);
    }
    MatchEventType type;
    if (match.isPresent() && r.nextInt(4) > 0 && !match.get().status().isClosed()) {
      List<MatchEventType> allowed = new ArrayList<>();
      for (MatchEventType candidate : MatchEventType.values()) {
        if (candidate.allowedFrom().contains(match.get().status())) {
          allowed.addAll(Collections.nCopies(weight(candidate), candidate));
        }
      }
      type = CoreGen.oneOf(r, allowed);
    } else {
      type = CoreGen.oneOf(r, MatchEventType.values());
      if (type == MatchEventType.REQUESTED) {
        return request(r, book, id, t);
      }
    }
    MatchEvent.Builder b = MatchEvent.builder();
    b.type(type).matchId(id).at(t).actor(actor(r, match));
    if (type == MatchEventType.OFFERED && r.nextBoolean()) {
      b.supporter(CoreGen.oneOf(r, SUPPORTERS));
    }
    if (type == MatchEventType.OFFER_EXPIRED && r.nextBoolean()) {
      Instant expiry = match.flatMap(Match::currentOffer).map(MatchOffer::expiresAt).orElse(t);
      b.at(expiry.isAfter(t) ? expiry : t);
    }
    if (type.isClosing()) {
      b.closeReason(CoreGen.oneOf(r, CloseReason.values()));
    }
    if (type == MatchEventType.CONSENT_UPDATED) {
      b.consent(consent(r, t));
    }
    if (type == MatchEventType.ANCHOR_RECORDED) {
      AnchorKind kind = CoreGen.oneOf(r, AnchorKind.values());
      b.anchor(r.nextBoolean() ? AnchorEvent.occurred(kind, t) : AnchorEvent.expected(kind, t.plus(Duration.ofDays(r.nextInt(0, 30)))));
    }
    if (type == MatchEventType.TERM_EXTENDED) {
      b.extension(Duration.ofDays(r.nextInt(1, 60)));
    }
    return b.build();
  }

  /** Events that move a match forward (completion included) are drawn more often than side steps, and side steps more often than other closings. */
  private static int weight(MatchEventType type) {
    switch (type) {
      case OFFERED:
      case ACCEPTED:
      case FIRST_CONTACT_CONFIRMED:
      case ACTIVATED:
        return 6;
      case COMPLETED:
        return 4;
      case CANCELLED:
      case REMATCHED:
      case NO_MATCH_FOUND:
      case ANCHOR_RECORDED:
      case TERM_EXTENDED:
        return 1;
      default:
        return 2;
    }
  }

  /** Mostly the offered supporter (so offers get answered); otherwise anyone. */
  private static Actor actor(SplittableRandom r, Optional<Match> match) {
    Optional<SupporterId> offered = match.flatMap(Match::liveSupporter);
    int kind = r.nextInt(10);
    if (offered.isPresent() && kind < 6) {
      return Actor.person(offered.get());
    }
    if (kind < 8) {
      return Actor.role(CoreGen.oneOf(r, CareRole.COORDINATOR, CareRole.PROGRAMME_LEADER));
    }
    return CoreGen.oneOf(r, Actor.system(), Actor.person(CoreGen.oneOf(r, SUPPORTERS)), Actor.person(CoreGen.oneOf(r, SEEKERS)));
  }

  /** A request; with referrals and anchor events, usually the anchor the book's term counts from. */
  private static MatchEvent request(SplittableRandom r, MatchBook book, MatchId id, Instant t) {
    List<SupporterId> candidates = new ArrayList<>(SUPPORTERS);
    Collections.shuffle(candidates, new Random(r.nextLong()));
    SeekerId seeker = CoreGen.oneOf(r, SEEKERS);
    MatchRequest.Builder b = MatchRequest.builder().seeker(seeker).programme(CoreGen.oneOf(r, PROGRAMMES)).requestedAt(t)
        .consent(consent(r, t)).candidates(candidates.subList(0, r.nextInt(0, SUPPORTERS.size() + 1)));
    if (r.nextBoolean()) {
      b.referral(CoreGen.referral(r, t));
    }
    List<AnchorEvent> anchors = new ArrayList<>(CoreGen.anchors(r, t));
    book.lifecycle().term().flatMap(MatchTerm::anchor).filter(k -> r.nextInt(6) > 0 && anchors.stream().noneMatch(a -> a.kind() == k))
        .ifPresent(k -> anchors.add(CoreGen.anchorEvent(r, k, t)));
    MatchRequest request = b.anchors(anchors).build();
    return MatchEvent.requested(id, request, r.nextBoolean() ? Actor.person(seeker) : Actor.role(CareRole.COORDINATOR));
  }

  /** Usually consent given before the request; sometimes none, part, or withdrawn some days later. */
  private static ConsentRecord consent(SplittableRandom r, Instant t) {
    ConsentRecord given = ConsentRecord.grantedAt(t.minus(Duration.ofDays(1)), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
    switch (r.nextInt(12)) {
      case 0:
        return ConsentRecord.none();
      case 1:
        return ConsentRecord.grantedAt(t, ConsentScope.BE_MATCHED);
      case 2:
      case 3:
        return given.withdraw(CoreGen.oneOf(r, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED), t.plus(Duration.ofHours(r.nextInt(1, 24 * 8))));
      default:
        return given;
    }
  }

  // ---- properties ---------------------------------------------------------------------------------

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void apply_randomEventSequences_keepInvariantsAndAreDeterministic(long seed) {
    int[] events = {0};
    Set<RuleId> rules = new HashSet<>();
    Set<MatchStatus> statuses = EnumSet.noneOf(MatchStatus.class);

    Seeds.forEachCase(seed, SEQUENCES_PER_SEED, random -> {
      Sequence sequence = sequence(random);
      MatchBook before = sequence.start();
      List<BookTransition> replayed = new ArrayList<>();
      for (MatchEvent event : sequence.events()) {
        BookTransition t = before.apply(event);
        BookTransition stale = before.apply(before.version() + (random.nextBoolean() ? 1 : -1 - random.nextInt(3)), event);
        assertThat(stale.refusedBy()).as("stale writer of %s", t).contains(MatchBook.STALE_VERSION);
        assertThat(stale.book()).isSameAs(before);
        rules.add(MatchBook.STALE_VERSION);
        replayed.add(t);
        checkStep(before, t);
        t.refusedBy().ifPresent(rules::add);
        t.transition().toStatus().ifPresent(statuses::add);
        before = t.book();
      }
      assertThat(replayed).as("applying the events again gives the same transitions").isEqualTo(sequence.online());
      MatchBook last = before;
      MatchBook rebuilt = sequence.start().applyAll(sequence.events());
      assertThat(rebuilt).as("rebuilt book").isEqualTo(last);

      Instant end = sequence.events().get(sequence.events().size() - 1).at();
      for (Instant at : List.of(CoreGen.EPOCH, end, end.plus(Duration.ofDays(random.nextInt(0, 70))).plusSeconds(random.nextInt(0, 86_400)))) {
        checkDueTasks(last, rebuilt, at);
      }
      events[0] += sequence.events().size();
    });

    assertThat(events[0]).as("events applied for seed %d", seed).isGreaterThanOrEqualTo(MIN_EVENTS_PER_SEED);
    assertThat(statuses).as("statuses reached for seed %d", seed).containsExactlyInAnyOrder(MatchStatus.values());
    synchronized (MatchBookPropertyTest.class) {
      totalEvents += events[0];
      seedsRun++;
      RULES_SEEN.addAll(rules);
      STATUSES_SEEN.addAll(statuses);
    }
  }

  @AfterAll
  static void apply_allSeeds_tenThousandEventsAndEveryRuleFired() throws IllegalAccessException {
    if (seedsRun < 10) {
      return;
    }
    assertThat(totalEvents).as("events over %d seeds", seedsRun).isGreaterThanOrEqualTo(MIN_EVENTS_ALL_SEEDS);
    assertThat(RULES_SEEN).as("rules fired over all seeds").containsExactlyInAnyOrderElementsOf(ruleIds());
  }

  /** Every rule id the lifecycle and the book declare. */
  private static Set<RuleId> ruleIds() throws IllegalAccessException {
    Set<RuleId> ids = new HashSet<>();
    for (Class<?> type : List.of(MatchLifecycle.class, MatchBook.class)) {
      for (Field f : type.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == RuleId.class) {
          ids.add((RuleId) f.get(null));
        }
      }
    }
    assertThat(ids).hasSize(18);
    return ids;
  }

  private static void checkStep(MatchBook before, BookTransition t) {
    MatchEvent e = t.transition().event();
    Optional<Match> old = before.match(e.matchId());
    assertThat(t.transition().fromStatus()).as("from of %s", t).isEqualTo(old.map(Match::status));

    if (!t.succeeded()) {
      assertThat(t.book()).as("book after rejected %s", t).isSameAs(before).isEqualTo(before);
      assertThat(t.transition().match()).as("match after rejected %s", t).isEqualTo(old);
      assertThat(t.transition().offer()).isEmpty();
      return;
    }

    MatchBook after = t.book();
    Match now = after.match(e.matchId()).orElseThrow();
    assertThat(t.transition().match()).contains(now);
    assertThat(now.lastEventAt()).as("last event of %s", t).isEqualTo(e.at());
    for (Map.Entry<MatchId, Match> other : before.matches().entrySet()) {
      if (!other.getKey().equals(e.matchId())) {
        assertThat(after.matches().get(other.getKey())).as("other match after %s", t).isSameAs(other.getValue());
      }
    }
    if (old.isPresent()) {
      assertThat(e.type().allowedFrom()).as("allowed statuses of %s", t).contains(old.get().status());
      assertThat(e.at()).as("instant of %s", t).isAfterOrEqualTo(old.get().lastEventAt());
      assertThat(now.offers().subList(0, old.get().offers().size())).as("offers only grow").isEqualTo(old.get().offers());
    } else {
      assertThat(e.type()).isEqualTo(MatchEventType.REQUESTED);
      assertThat(now.request().consentsAt(e.at())).as("consent at request").isTrue();
    }
    t.transition().offer().ifPresent(offer -> {
      assertThat(now.currentOffer()).contains(offer);
      assertThat(now.request().consentsAt(e.at())).as("consent at offer %s", t).isTrue();
    });
    if (now.status() == MatchStatus.ACCEPTED && old.map(Match::status).orElseThrow() == MatchStatus.OFFERED) {
      assertThat(now.request().consentsAt(e.at())).as("consent at acceptance").isTrue();
    }
    if (t.transition().closeOutSurveyRequested()) {
      // a consent update closes the match itself when consent no longer permits it
      CloseReason reason = e.type() == MatchEventType.CONSENT_UPDATED ? CloseReason.CONSENT_WITHDRAWN : e.closeReason().orElseThrow();
      assertThat(now.closure()).contains(MatchClosure.builder().at(e.at()).by(e.actor()).reason(reason).build());
    }
    if (e.type() == MatchEventType.CONSENT_UPDATED) {
      assertThat(now.status().isClosed()).as("closed exactly when consent no longer permits, %s", t).isEqualTo(!now.request().consentsAt(e.at()));
    }
    assertThat(t.transition().closeOutSurveyRequested()).isEqualTo(now.status().isClosed());
    checkInvariants(after, t);
  }

  /** The rules across matches, computed afresh from the matches. */
  private static void checkInvariants(MatchBook book, BookTransition t) {
    Map<List<Object>, Integer> liveBySeeker = new HashMap<>();
    Map<SupporterId, Integer> load = new HashMap<>();
    for (Match m : book.matches().values()) {
      if (!m.status().isLive()) {
        continue;
      }
      liveBySeeker.merge(List.of(m.seeker(), m.programme()), 1, Integer::sum);
      load.merge(m.offers().get(m.offers().size() - 1).supporter(), 1, Integer::sum);
    }
    assertThat(liveBySeeker.values()).as("live matches per seeker and programme after %s", t).allMatch(n -> n == 1);
    for (SupporterId s : SUPPORTERS) {
      int n = load.getOrDefault(s, 0);
      assertThat(n).as("load of a supporter after %s", t).isEqualTo(book.loadOf(s)).isLessThanOrEqualTo(book.capacityOf(s));
    }
  }

  private static void checkDueTasks(MatchBook book, MatchBook rebuilt, Instant at) {
    List<FollowUpTask> due = TIMERS.dueTasks(book, at);
    assertThat(TIMERS.dueTasks(rebuilt, at)).as("tasks of the rebuilt book").isEqualTo(due);
    assertThat(TIMERS.dueTasks(book, Clock.fixed(at, ZoneId.of("UTC")))).isEqualTo(due);
    assertThat(TIMERS.dueTasks(book, Clock.fixed(at, ZoneId.of("Asia/Kolkata")))).isEqualTo(due);
    List<Match> shuffled = new ArrayList<>(book.matches().values());
    Collections.shuffle(shuffled, new Random(at.getEpochSecond()));
    assertThat(TIMERS.dueTasks(shuffled, at)).as("tasks whatever the order of matches").isEqualTo(due);
    assertThat(due).isSortedAccordingTo(FollowUpTask.ORDER);
    for (FollowUpTask task : due) {
      assertThat(task.dueAt()).isBeforeOrEqualTo(at);
      Match m = book.match(task.matchId()).orElseThrow();
      assertThat(m.status().isClosed()).as("closed match with %s", task).isFalse();
      assertThat(TIMERS.pending(m)).contains(task);
    }
  }
}
