/**
 * The match lifecycle: requested → offered → accepted / declined / expired (then the next candidate)
 * → first contact confirmed → active → completed / cancelled / rematched, with "needs manual match"
 * and "no match found" when candidates run out; and the follow-up timers that give the tasks due at
 * an instant (Parent to Parent USA: a match within 48 hours; Together: a 3-day offer window; Joo et
 * al. 2022: first-contact checks, reminders and rematch offers).
 *
 * <p>{@link io.github.peersupport.matching.lifecycle.MatchLifecycle} guards the transitions of one
 * match; {@link io.github.peersupport.matching.lifecycle.MatchBook} holds many and enforces the rules
 * across them (one live match per seeker and programme, supporter capacities, no supporter offered a
 * request twice); {@link io.github.peersupport.matching.lifecycle.FollowUpTimers} lists the tasks due.
 * Every rejection names a stable rule id. Everything is a pure function of values; time comes in as
 * an {@link java.time.Instant} or {@link java.time.Clock}.
 *
 * <p>A programme may plan the duration of its matches with a {@link
 * io.github.peersupport.matching.lifecycle.MatchTerm} on the lifecycle (Joo et al. 2022, Table 2: new
 * mothers are supported for 12 weeks after delivery and connected with mentors before discharge): each
 * match records it as it opens, its planned end is counted from acceptance, first contact or an anchor
 * event of the request, and the timers ask for a review before the end and report a match that runs
 * past it.
 *
 * <pre>{@code
 * MatchBook book = MatchBook.empty();
 * Actor coordinator = Actor.role(CareRole.COORDINATOR);
 * book = book.apply(MatchEvent.requested(id, request, coordinator)).book();
 * BookTransition t = book.apply(MatchEvent.offerNext(id, now, coordinator));
 * t.transition().offer();            // the offer made to the best-ranked candidate with room
 * List<FollowUpTask> due = FollowUpTimers.standard().dueTasks(t.book(), clock);
 * }</pre>
 */
@NullMarked
package io.github.peersupport.matching.lifecycle;

import org.jspecify.annotations.NullMarked;
