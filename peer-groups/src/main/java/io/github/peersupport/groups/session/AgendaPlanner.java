package io.github.peersupport.groups.session;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the agenda of a session from a {@link SessionFormat}, a {@link SessionPolicy} and the number
 * of attending members: a pure, deterministic function.
 *
 * <p><b>Problem.</b> Give every segment a duration between its minimum and maximum so that the
 * segments, back to back, fit the session length; every required segment is present (the
 * confidentiality reminder always; the limits of confidentiality and ground rules at a first session);
 * in a round of turns every attending member gets at least the policy's minimum turn. When that is
 * impossible, say why instead of squeezing turns.
 *
 * <p><b>Algorithm.</b> For k segments and a session of L seconds, in granularity units of g seconds:
 * <ol>
 *   <li><i>Assemble</i>: the format's segments in order; a required kind the format lacks is inserted
 *       from {@link SessionPolicy#insertedTemplates()} (first-session kinds at the start, in {@link
 *       SegmentKind} order; every-session kinds before a closing contact information, else at the end).
 *       A segment is required when its template says so or the policy requires its kind.
 *   <li><i>Effective minimums</i>: a round of turns for n members needs {@code max(minimum, n × minimum
 *       turn)}. A round whose maximum is below {@code n × minimum turn} is omitted if optional, or the
 *       build is refused ({@link RefusalReason#TOO_MANY_MEMBERS}) if required.
 *   <li><i>Fit</i>: while the effective minimums exceed L, the last optional segment is omitted (and
 *       listed in {@link Agenda#omitted()}); with only required segments left and still too long, the
 *       build is refused: {@link RefusalReason#TOO_MANY_MEMBERS} when one member would fit, with the
 *       largest member count that fits (binary search), else {@link
 *       RefusalReason#REQUIRED_MINIMUMS_EXCEED_LENGTH}. Turns are never shortened below the minimum.
 *   <li><i>Allocate</i>: every segment starts at its effective minimum; the remaining time is handed
 *       out in whole units of g, first raising segments toward their ideals (never below the effective
 *       minimum), then toward their maximums. Each pass gives equal rounds of one unit to every segment
 *       whose gap to the target is at least one unit; when the remaining time cannot give every such
 *       segment a unit, the earlier segments in agenda order get one each (the tie-break). Time left
 *       over (less than one unit, or every segment at its maximum) stays unallocated: the session may end
 *       early, never late.
 *   <li><i>Turns</i>: each member's turn in a round is the round's duration divided by n, rounded down
 *       to the whole second, so n turns never overrun the round and each is at least the minimum turn.
 * </ol>
 * Complexity: O(k²) to assemble, fit and allocate (each allocation pass ends after at most k + 1
 * rounds of bulk increments), O(k² log n) more to count the members that fit when refusing.
 *
 * <p><b>Sources.</b> The facilitation curriculum of docs/domain.md (format; confidentiality
 * reminder; limits of confidentiality and ground rules at the start); Presently (at most 12 members so
 * that every member has time to share); NAMI Connection and CancerChatCanada (90-minute sessions).
 * References: docs/domain.md.
 */
public final class AgendaPlanner {
  /** Refusal: the attending members cannot each get the minimum turn. */
  public static final RuleId SHARE_TIME = RuleId.of("session.agenda.share-time");
  /** Refusal: the required segments' minimums exceed the session length. */
  public static final RuleId REQUIRED_MINIMUMS = RuleId.of("session.agenda.required-minimums");
  /** The largest accepted number of attending members. */
  public static final int MAX_ATTENDING = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(AgendaPlanner.class);

  private AgendaPlanner() {}

  /**
   * Builds the agenda of a session, or says why none fits.
   *
   * @param format the session format
   * @param policy the session policy (length, minimum turn, required segments)
   * @param attending the number of attending members, 1 to {@value #MAX_ATTENDING}
   * @param firstSession whether this is the group's first session
   * @return the agenda, or a refusal with its reason
   * @throws IllegalArgumentException if {@code attending} is out of range
   */
  public static AgendaResult build(SessionFormat format, SessionPolicy policy, int attending, boolean firstSession) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(policy, "policy");
    Require.inRange("attending", attending, 1, MAX_ATTENDING);
    List<Slot> slots = assemble(format, policy, firstSession);
    Plan plan = plan(slots, policy, attending);
    if (plan.failure.isPresent()) {
      AgendaRefusal refusal = refuse(slots, policy, attending, plan.failure.get());
      LOG.debug("agenda refused: {}", refusal.reason());
      return AgendaResult.refused(refusal);
    }
    Agenda agenda = allocate(format, policy, attending, firstSession, plan);
    LOG.debug("agenda built: {} segments, {} omitted", agenda.segments().size(), agenda.omitted().size());
    return AgendaResult.built(agenda);
  }

  /** A segment of the assembled session and whether it must be kept. */
  private record Slot(SegmentTemplate template, boolean required) {}

  /** Why a plan failed: the round at fault (if any), time needed and time available. */
  private record Failure(Optional<SegmentKind> segment, long needed, long available) {}

  /** The kept slots with their effective minimums, the omitted kinds, or a failure. */
  private record Plan(List<Slot> kept, List<Long> minimums, List<SegmentKind> omitted, Optional<Failure> failure) {}

  private static List<Slot> assemble(SessionFormat format, SessionPolicy policy, boolean firstSession) {
    Set<SegmentKind> every = EnumSet.noneOf(SegmentKind.class);
    every.addAll(policy.everySession());
    Set<SegmentKind> first = EnumSet.noneOf(SegmentKind.class);
    if (firstSession) {
      first.addAll(policy.firstSession());
    }
    List<Slot> slots = new ArrayList<>();
    for (SegmentTemplate t : format.segments()) {
      slots.add(new Slot(t, t.required() || every.contains(t.kind()) || first.contains(t.kind())));
      every.remove(t.kind());
      first.remove(t.kind());
    }
    every.removeAll(first); // a kind required in both is inserted once, at the start
    int at = 0;
    for (SegmentKind kind : first) {
      slots.add(at++, new Slot(policy.insertedTemplate(kind).orElseThrow(), true));
    }
    for (SegmentKind kind : every) {
      int last = slots.size() - 1;
      boolean closingContact = last >= 0 && slots.get(last).template().kind() == SegmentKind.CONTACT_INFORMATION;
      slots.add(closingContact ? last : slots.size(), new Slot(policy.insertedTemplate(kind).orElseThrow(), true));
    }
    return slots;
  }

  private static long effectiveMinimum(SegmentTemplate t, SessionPolicy policy, int attending) {
    long min = t.minimum().getSeconds();
    return t.memberTurns() ? Math.max(min, attending * policy.minimumTurn().getSeconds()) : min;
  }

  private static Plan plan(List<Slot> slots, SessionPolicy policy, int attending) {
    long length = policy.sessionLength().getSeconds();
    List<Slot> kept = new ArrayList<>();
    List<Long> minimums = new ArrayList<>();
    Set<SegmentKind> omitted = EnumSet.noneOf(SegmentKind.class);
    for (Slot slot : slots) {
      SegmentTemplate t = slot.template();
      long min = effectiveMinimum(t, policy, attending);
      if (min > t.maximum().getSeconds()) {
        if (slot.required()) {
          return new Plan(kept, minimums, List.of(), Optional.of(new Failure(Optional.of(t.kind()), min, t.maximum().getSeconds())));
        }
        omitted.add(t.kind());
        continue;
      }
      kept.add(slot);
      minimums.add(min);
    }
    long total = minimums.stream().mapToLong(Long::longValue).sum();
    for (int i = kept.size() - 1; i >= 0 && total > length; i--) {
      if (!kept.get(i).required()) {
        total -= minimums.get(i);
        omitted.add(kept.get(i).template().kind());
        kept.remove(i);
        minimums.remove(i);
      }
    }
    if (total > length) {
      return new Plan(kept, minimums, List.of(), Optional.of(new Failure(Optional.empty(), total, length)));
    }
    List<SegmentKind> omittedInOrder = new ArrayList<>();
    for (Slot slot : slots) {
      if (omitted.contains(slot.template().kind())) {
        omittedInOrder.add(slot.template().kind());
      }
    }
    return new Plan(kept, minimums, omittedInOrder, Optional.empty());
  }

  private static AgendaRefusal refuse(List<Slot> slots, SessionPolicy policy, int attending, Failure failure) {
    AgendaRefusal.Builder b = AgendaRefusal.builder();
    b.attending(attending);
    Optional<Failure> alone = attending == 1 ? Optional.of(failure) : plan(slots, policy, 1).failure;
    if (alone.isPresent()) {
      // not even one member fits: report what one member needs, which no member count can change
      return b.refusedBy(REQUIRED_MINIMUMS).reason(RefusalReason.REQUIRED_MINIMUMS_EXCEED_LENGTH).membersThatFit(0).segment(alone.get().segment())
          .needed(Duration.ofSeconds(alone.get().needed())).available(Duration.ofSeconds(alone.get().available())).build();
    }
    b.segment(failure.segment()).needed(Duration.ofSeconds(failure.needed())).available(Duration.ofSeconds(failure.available()));
    int fits = 1; // feasible
    int fails = attending; // infeasible; feasibility is monotone in the member count
    while (fails - fits > 1) {
      int mid = fits + (fails - fits) / 2;
      if (plan(slots, policy, mid).failure.isPresent()) {
        fails = mid;
      } else {
        fits = mid;
      }
    }
    return b.refusedBy(SHARE_TIME).reason(RefusalReason.TOO_MANY_MEMBERS).membersThatFit(fits).build();
  }

  private static Agenda allocate(SessionFormat format, SessionPolicy policy, int attending, boolean firstSession, Plan plan) {
    int k = plan.kept.size();
    long[] current = new long[k];
    long[] ideal = new long[k];
    long[] maximum = new long[k];
    long remaining = policy.sessionLength().getSeconds();
    for (int i = 0; i < k; i++) {
      SegmentTemplate t = plan.kept.get(i).template();
      current[i] = plan.minimums.get(i);
      ideal[i] = Math.max(t.ideal().getSeconds(), current[i]);
      maximum[i] = t.maximum().getSeconds();
      remaining -= current[i];
    }
    long unit = policy.granularity().getSeconds();
    remaining = fill(current, ideal, remaining, unit);
    fill(current, maximum, remaining, unit);

    Agenda.Builder agenda = Agenda.builder();
    agenda.format(format.id()).formatName(format.name()).sessionLength(policy.sessionLength()).attending(attending)
        .firstSession(firstSession).omitted(plan.omitted);
    long start = 0;
    for (int i = 0; i < k; i++) {
      SegmentTemplate t = plan.kept.get(i).template();
      AgendaSegment.Builder s = AgendaSegment.builder();
      s.kind(t.kind()).start(Duration.ofSeconds(start)).duration(Duration.ofSeconds(current[i])).guest(t.guest());
      if (t.memberTurns()) {
        s.turnPerMember(Duration.ofSeconds(current[i] / attending));
      }
      agenda.addSegments(s.build());
      start += current[i];
    }
    return agenda.build();
  }

  /** Raises {@code current} toward {@code target} in equal rounds of {@code unit}; returns the time left. */
  private static long fill(long[] current, long[] target, long remaining, long unit) {
    while (remaining >= unit) {
      List<Integer> eligible = new ArrayList<>();
      long smallestGap = Long.MAX_VALUE;
      for (int i = 0; i < current.length; i++) {
        long gap = target[i] - current[i];
        if (gap >= unit) {
          eligible.add(i);
          smallestGap = Math.min(smallestGap, gap);
        }
      }
      if (eligible.isEmpty()) {
        break;
      }
      long rounds = Math.min(remaining / (unit * eligible.size()), smallestGap / unit);
      if (rounds == 0) {
        for (int i : eligible) {
          if (remaining < unit) {
            break;
          }
          current[i] += unit;
          remaining -= unit;
        }
        break;
      }
      for (int i : eligible) {
        current[i] += rounds * unit;
      }
      remaining -= rounds * unit * eligible.size();
    }
    return remaining;
  }
}
