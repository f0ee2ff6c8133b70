package io.github.peersupport.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.escalation.Escalation;
import io.github.peersupport.core.escalation.EscalationRecord;
import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.programme.MinorPolicy;
import io.github.peersupport.core.programme.Readiness;
import io.github.peersupport.core.referral.AnchorEvent;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.matching.MatchingPolicy;
import io.github.peersupport.matching.lifecycle.CloseReason;
import io.github.peersupport.matching.lifecycle.FollowUpKind;
import io.github.peersupport.matching.lifecycle.FollowUpTask;
import io.github.peersupport.matching.lifecycle.Match;
import io.github.peersupport.matching.lifecycle.MatchEventType;
import io.github.peersupport.matching.lifecycle.MatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The preset-specific rules of {@link PresetRunTest}, each over one recorded run; each returns what
 * it saw, so that the test can also require the rule was exercised (not vacuous).
 */
final class PresetChecks {
  private static final ConsentScope[] SCOPES = {ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED};

  private PresetChecks() {}

  /**
   * Every supporter offered a match, and every supporter who accepted, was ready under the programme's
   * readiness on the day of the offer (of the acceptance); readiness only grows with time, so a
   * supporter ready at an offer is ready at the acceptance after it.
   *
   * @return how many supporters were not ready on the run's first day (excluded by readiness then)
   */
  static int supportersReadyWhenOfferedOrMatched(RecordedRun r) {
    Map<SupporterId, Supporter> supporters = r.supporters();
    MatchingPolicy policy = r.scenario().matcher().policy();
    Readiness readiness = policy.readiness();
    for (RecordedRun.MatchRecord m : r.matches()) {
      for (MatchChange c : r.changes(m.id())) {
        if (c.match().status() == MatchStatus.OFFERED || c.event().type() == MatchEventType.ACCEPTED) {
          Supporter s = supporters.get(c.match().currentOffer().map(o -> o.supporter()).or(() -> c.match().supporter()).orElseThrow());
          LocalDate day = LocalDate.ofInstant(c.event().at(), policy.zone());
          assertThat(readiness.refusedBy(s.experience(), day)).as("%s: %s offered or matched on %s", m.id().value(), s.id().value(), day)
              .isEmpty();
        }
      }
    }
    LocalDate first = LocalDate.ofInstant(r.scenario().start(), policy.zone());
    return (int) r.supporters().values().stream().filter(s -> !readiness.isReady(s.experience(), first)).count();
  }

  /**
   * Caregivers and the relationship criterion. The ranking does not put the relationship first: it is
   * a soft criterion (0.20 of the score, within the rungs ordered by condition), so a caregiver
   * supporter of another relationship may rank above one of the seeker's. What the ranking and the
   * engine guarantee, and this checks for every offer the system made down a caregiver seeker's
   * request (not a coordinator's hand-picked retry): every candidate ranked above the offered
   * supporter who shares the seeker's relationship was offered this request before (and declined or
   * let the offer expire), or had no room in the book at the offer (at capacity). So a caregiver is
   * offered a same-relationship supporter before any lower-ranked one, and is matched with one
   * whenever the ranking put one ahead, unless that one declined or was full.
   *
   * @return {same-relationship acceptances, caregiver acceptances}
   */
  static int[] caregiversOfferedTheirRelationshipFirst(RecordedRun r) {
    Map<SupporterId, Supporter> supporters = r.supporters();
    int same = 0;
    int all = 0;
    for (RecordedRun.MatchRecord m : r.matches()) {
      Optional<CaregiverRelationship> rel = m.seeker().experience().relationship();
      if (m.seeker().experience().role() != ExperienceRole.CAREGIVER || rel.isEmpty()) {
        continue;
      }
      Set<SupporterId> offered = new HashSet<>();
      List<SupporterId> ranking = m.match().request().candidates();
      for (MatchChange c : r.changes(m.id())) {
        Optional<SupporterId> now = c.match().currentOffer().map(o -> o.supporter());
        boolean newOffer = now.isPresent() && !offered.contains(now.get());
        if (newOffer && c.event().actor().isSystem() && ranking.contains(now.get())) {
          for (SupporterId above : ranking.subList(0, ranking.indexOf(now.get()))) {
            if (supporters.get(above).experience().relationship().equals(rel)) {
              assertThat(offered.contains(above) || c.noRoom().contains(above))
                  .as("%s: %s (%s) ranked above %s was skipped: neither offered before nor at capacity", m.id().value(),
                      above.value(), rel.get(), now.get().value())
                  .isTrue();
            }
          }
        }
        now.ifPresent(offered::add);
        if (c.event().type() == MatchEventType.ACCEPTED) {
          all++;
          same += supporters.get(c.match().supporter().orElseThrow()).experience().relationship().equals(rel) ? 1 : 0;
        }
      }
    }
    return new int[] {same, all};
  }

  /**
   * No minor (age known and not certainly an adult on the day) is matched without a guardian's or
   * proxy's permission standing at the acceptance, nor without their own assent where the programme
   * requires it, nor at all by a programme that does not serve minors.
   *
   * @return how many minors were matched
   */
  static int noMinorMatchedWithoutGuardianConsent(RecordedRun r) {
    MatchingPolicy policy = r.scenario().matcher().policy();
    MinorPolicy minors = policy.minors();
    int matched = 0;
    for (RecordedRun.MatchRecord m : r.matches()) {
      if (m.matchedAt().isEmpty()) {
        continue;
      }
      Instant at = m.matchedAt().get();
      LocalDate day = LocalDate.ofInstant(at, policy.zone());
      Optional<Age> age = m.seeker().profile().age();
      if (!MinorPolicy.isMinor(age, day)) {
        continue;
      }
      matched++;
      ConsentRecord consent = m.match().request().consent();
      assertThat(minors.servesMinors()).as("%s: a minor matched by a programme for adults", m.id().value()).isTrue();
      assertThat(consent.permitsAllOnBehalf(at, SCOPES)).as("%s: a minor matched without a guardian's permission", m.id().value())
          .isTrue();
      if (minors.assentRequired(age, day)) {
        assertThat(consent.assentsToAll(at, SCOPES)).as("%s: a minor matched without their assent", m.id().value()).isTrue();
      }
    }
    return matched;
  }

  /**
   * No match with a planned end runs past it without a review: at the end of every week, no open
   * match has a {@link FollowUpKind#PLANNED_END_PASSED} task due more than a week before (the review
   * either closed it or extended its term, which moves the task). And every request of a term counted
   * from the delivery carries the delivery, happened by the request, and the discharge.
   *
   * @return {matches closed at their planned end, terms extended}
   */
  static int[] noMatchPastItsPlannedEndUnreviewed(RecordedRun r) {
    for (int w = 1; w <= r.weeks().size(); w++) {
      Instant end = r.weekEndAt(w);
      for (Match m : r.weeks().get(w - 1).book().matches().values()) {
        for (FollowUpTask t : r.scenario().followUps().pending(m)) {
          if (t.kind() == FollowUpKind.PLANNED_END_PASSED) {
            assertThat(t.dueAt().plus(Duration.ofDays(7))).as("%s: planned end %s passed unreviewed at the end of week %d",
                m.id().value(), t.dueAt(), w).isAfterOrEqualTo(end);
          }
        }
      }
    }
    int closed = 0;
    int extended = 0;
    boolean delivery = r.scenario().lifecycle().term().flatMap(t -> t.anchor()).filter(k -> k == AnchorKind.DELIVERY).isPresent();
    for (RecordedRun.MatchRecord m : r.matches()) {
      if (delivery) {
        List<AnchorEvent> anchors = m.match().request().anchors();
        assertThat(anchors).as(m.id().value()).anyMatch(a -> a.kind() == AnchorKind.DELIVERY && a.occurred()
            && !a.at().isAfter(m.requestedAt()));
        assertThat(anchors).as(m.id().value()).anyMatch(a -> a.kind() == AnchorKind.DISCHARGE);
      }
      extended += (int) m.events().stream().filter(e -> e.type() == MatchEventType.TERM_EXTENDED).count();
      closed += m.match().plannedEnd().isPresent() && m.closedAt().isPresent()
          && m.events().stream().anyMatch(e -> e.closeReason().filter(x -> x == CloseReason.PLANNED_END).isPresent()) ? 1 : 0;
    }
    return new int[] {closed, extended};
  }

  /**
   * Every IMMEDIATE escalation the policy notified is in the run's escalation records, and at the end
   * of every week each one whose deadline has passed was acknowledged by then or is reported overdue
   * by {@code EscalationLog.overdueAt(weekEnd, IMMEDIATE)} (none silently missing).
   *
   * @return {IMMEDIATE escalations acknowledged in time, reported overdue at some week's end}
   */
  static int[] everyImmediateEscalationAcknowledgedOrOverdue(RecordedRun r) {
    Set<String> overdue = new HashSet<>();
    for (int w = 1; w <= r.weeks().size(); w++) {
      Instant end = r.weekEndAt(w);
      WeekEnd week = r.weeks().get(w - 1);
      List<EscalationRecord> reported = week.openEscalations().overdueAt(end, Severity.IMMEDIATE);
      Set<String> reportedKeys = new HashSet<>();
      reported.forEach(x -> reportedKeys.add(key(x.escalation())));
      Map<String, EscalationRecord> records = new HashMap<>();
      week.escalationRecords().forEach(x -> records.putIfAbsent(key(x.escalation()), x));
      for (RecordedRun.Escalated d : r.escalations()) {
        if (!d.at().isBefore(end)) {
          continue;
        }
        for (Escalation e : d.decision().notifications()) {
          if (e.level() != Severity.IMMEDIATE) {
            continue;
          }
          Optional<EscalationRecord> rec = Optional.ofNullable(records.get(key(e)));
          assertThat(rec).as("week %d: an IMMEDIATE escalation (%s) has no record", w, e.rule()).isPresent();
          if (e.deadline().isBefore(end)) {
            boolean acknowledged = rec.get().acknowledgedAt().filter(a -> a.isBefore(end)).isPresent();
            boolean reportedOverdue = reportedKeys.contains(key(e));
            assertThat(acknowledged || reportedOverdue).as("week %d: IMMEDIATE escalation %s past its deadline %s neither acknowledged "
                + "nor reported overdue", w, e.rule(), e.deadline()).isTrue();
          }
        }
      }
      overdue.addAll(reportedKeys);
    }
    List<EscalationRecord> all = r.weeks().get(r.weeks().size() - 1).escalationRecords();
    int inTime = (int) all.stream().filter(x -> x.escalation().level() == Severity.IMMEDIATE && x.acknowledgedInTime()).count();
    return new int[] {inTime, overdue.size()};
  }

  /** What makes an escalation the same one ({@link EscalationRecord#records}): person, rule, first evidence. */
  private static String key(Escalation e) {
    return e.person() + "|" + e.rule().value() + "|" + e.evidence().get(0).value();
  }
}
