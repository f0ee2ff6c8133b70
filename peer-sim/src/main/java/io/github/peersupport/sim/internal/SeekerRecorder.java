package io.github.peersupport.sim.internal;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.sim.Run;
import io.github.peersupport.sim.Scenario;
import io.github.peersupport.sim.SeekerEvent;
import io.github.peersupport.sim.SeekerLog;
import io.github.peersupport.sim.SeekerOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Records every referred seeker's course through one run, as a {@link RunObserver}: the match book's
 * changes to each seeker's matches as they happen, and at the end each seeker's outcome. Opt-in ({@link
 * #record(Scenario, long)}): plain runs observe nothing. Cost: one small record per match event, linear in
 * the run's events.
 */
public final class SeekerRecorder implements RunObserver {
  /** A match event kept until the seekers' positions are known. */
  private record Change(SeekerId seeker, Instant at, String kind, String detail) {}

  private final List<Change> changes = new ArrayList<>();

  private SeekerRecorder() {}

  /**
   * Simulates a scenario with a seed and records every seeker's course.
   *
   * @param scenario the scenario
   * @param seed the seed
   * @return the log, whose run equals {@link Engine#run(Scenario, long)}'s
   */
  public static SeekerLog record(Scenario scenario, long seed) {
    SeekerRecorder recorder = new SeekerRecorder();
    Engine engine = new Engine(scenario, seed, recorder);
    Run run = engine.days();
    return recorder.log(run, scenario.start(), engine.referrals.referred());
  }

  @Override
  public void matchChanged(MatchChange change) {
    MatchEvent e = change.event();
    String detail = e.reason().map(Tag::value)
        .or(() -> e.closeReason().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-'))).orElse("");
    changes.add(new Change(change.seeker().id(), e.at(), e.type().name().toLowerCase(Locale.ROOT).replace('_', '-'), detail));
  }

  private SeekerLog log(Run run, Instant start, List<SeekerState> referred) {
    Map<SeekerId, Integer> index = new HashMap<>();
    List<SeekerOutcome> seekers = new ArrayList<>(referred.size());
    List<SeekerEvent> events = new ArrayList<>(referred.size() + changes.size());
    for (SeekerState st : referred) {
      int i = seekers.size() + 1;
      index.put(st.seeker.id(), i);
      seekers.add(outcome(i, st, start));
      events.add(SeekerEvent.builder().seeker(i).at(st.referredAt).kind("referred").detail(st.oneToOne ? "one-to-one" : "group-only")
          .build());
    }
    for (Change c : changes) {
      events.add(SeekerEvent.builder().seeker(index.get(c.seeker())).at(c.at()).kind(c.kind()).detail(c.detail()).build());
    }
    // stable: referrals first within an instant, then the book's changes in the run's order
    events.sort(Comparator.comparing(SeekerEvent::at));
    return SeekerLog.builder().run(run).seekers(seekers).events(events).build();
  }

  private static SeekerOutcome outcome(int index, SeekerState st, Instant start) {
    Optional<Instant> matchedAt = st.hoursToMatch < 0 ? Optional.empty()
        : Optional.of(st.referredAt.plus(Duration.ofMinutes(Math.round(st.hoursToMatch * 60))));
    String group;
    if (!st.groupInterest) {
      group = "sim.no-group-asked";
    } else if (st.groupSeated) {
      group = "sim.seated";
    } else {
      group = st.groupReason.isEmpty() ? SeekerState.STILL_WAITING : st.groupReason;
    }
    return SeekerOutcome.builder().index(index).id(st.seeker.id().value()).referredAt(st.referredAt)
        .week((int) (Duration.between(start, st.referredAt).toDays() / 7) + 1).oneToOne(st.oneToOne).groupInterest(st.groupInterest)
        .matchedAt(matchedAt).fallback(st.fallback).outcome(st.oneToOne ? st.outcome() : "sim.group-only").groupOutcome(group).build();
  }
}
