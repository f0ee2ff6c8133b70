package io.github.peersupport.sim.internal;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.matching.lifecycle.Match;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import java.util.Optional;
import java.util.Set;

/**
 * One change to one match of a run, as the run's match book applied it, for tests ({@link
 * RunObserver#matchChanged}): a read-only view of what a host's records would hold, so that a test
 * can check a rule over every match of a run (who was matched with whom, when, until when) without
 * the run's outputs (its {@code Run}, CSV files and JSON documents) changing.
 *
 * @param seeker the seeker, as referred
 * @param event the event the book applied (the request, an offer, an answer, a contact, the closure)
 * @param match the match after the event
 * @param supporter the match's supporter after the event, as the roster holds them then (empty
 *     before an offer)
 * @param noRoom the request's candidates who had no room in the book just before the event (at
 *     capacity), for an event that may make an offer down the ranking (an offer, a decline, an
 *     expiry); else empty
 */
record MatchChange(Seeker seeker, MatchEvent event, Match match, Optional<Supporter> supporter, Set<SupporterId> noRoom) {}
