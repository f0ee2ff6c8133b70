package io.github.peersupport.sim.internal;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.escalation.EscalationLog;
import io.github.peersupport.core.escalation.EscalationRecord;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.matching.lifecycle.MatchBook;
import io.github.peersupport.sim.WeekMetrics;
import java.util.List;
import java.util.Map;

/**
 * What a run holds at the end of a week, for tests.
 *
 * @param metrics the week's metrics, as the run records them
 * @param book the match book: the open matches and the supporters' loads
 * @param supporters the supporters with their standing, each with their own capacity
 * @param outcomes every seeker referred so far, in referral order, with their one outcome: {@link
 *     SeekerState#MATCHED}, {@link SeekerState#STILL_WAITING} or the reason they are unmatched
 * @param escalationRecords every escalation record so far, resolved ones first ({@link EscalationDesk#all()})
 * @param openEscalations the log of the escalations not yet resolved
 */
record WeekEnd(WeekMetrics metrics, MatchBook book, List<Supporter> supporters, Map<SeekerId, String> outcomes,
    List<EscalationRecord> escalationRecords, EscalationLog openEscalations) {}
