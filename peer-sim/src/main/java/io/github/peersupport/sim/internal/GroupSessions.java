package io.github.peersupport.sim.internal;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.person.UtcWeekIntervals;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.attendance.Attendance;
import io.github.peersupport.groups.attendance.AttendanceSummary;
import io.github.peersupport.groups.formation.GroupPlacement;
import io.github.peersupport.groups.formation.Placement;
import io.github.peersupport.groups.formation.PlacementAssignment;
import io.github.peersupport.groups.formation.PlacementPolicy;
import io.github.peersupport.groups.formation.Unplaced;
import io.github.peersupport.groups.formation.UnplacedReason;
import io.github.peersupport.groups.session.AttendanceStatus;
import io.github.peersupport.groups.session.FacilitatorFlag;
import io.github.peersupport.groups.session.FlagKind;
import io.github.peersupport.groups.session.SessionRecord;
import io.github.peersupport.groups.session.SessionSignals;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import io.github.peersupport.sim.Behaviour;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Group placement and sessions: the waitlist of seekers who asked for a group, placed each week by
 * {@link GroupPlacement} (the scenario's {@link PlacementPolicy} solved by {@link
 * MinCostFlowAssignment#minCost()}) into the free seats of the programme's groups, each under its own
 * size policy; and each group's weekly session, with attendance, dropouts and facilitator flags drawn
 * from the {@link Behaviour} shares and its {@link SessionRecord}'s signals sent to {@link Screening}.
 * A member's attendance and dropout at their n-th session are their own draws ({@link
 * RandomStreams.Purpose#ATTENDANCE}, keyed by seeker and n), a session's flags the group's for its
 * number ({@link RandomStreams.Purpose#SESSION_FLAGS}). Mutable, owned by one run.
 */
final class GroupSessions {
  private final GroupPlacement placement;
  private final SessionSignals sessionSignals;
  private final int seriesSessions;
  private final Behaviour behaviour;
  private final RandomStreams streams;
  private final Screening screening;
  private final GroupObserver observer;
  private final List<GroupState> groups = new ArrayList<>();
  /** Seekers waiting for a group seat, in the order they asked (referral order). */
  private final List<SeekerState> waitlist = new ArrayList<>();
  private int requests;
  private int placed;
  private int sessions;
  private int membersThisWeek;

  GroupSessions(List<SupportGroup> programmeGroups, PlacementPolicy policy, SessionSignals sessionSignals, int seriesSessions,
      Behaviour behaviour, RandomStreams streams, Screening screening, GroupObserver observer) {
    this.placement = GroupPlacement.of(policy, MinCostFlowAssignment.minCost());
    this.sessionSignals = sessionSignals;
    this.seriesSessions = seriesSessions;
    this.behaviour = behaviour;
    this.streams = streams;
    this.screening = screening;
    this.observer = observer;
    for (SupportGroup group : programmeGroups) {
      groups.add(new GroupState(group));
    }
  }

  /**
   * Puts a seeker on the waitlist.
   *
   * @param st the seeker
   */
  void ask(SeekerState st) {
    waitlist.add(st);
    requests++;
  }

  /**
   * Runs a week: members whose series ended or who dropped out leave; the waitlist is placed; each
   * group with at least its minimum viable members meets at its slot.
   *
   * @param now the Monday of the week
   */
  void week(Instant now) {
    membersThisWeek = 0;
    for (GroupState g : groups) {
      g.members.removeIf(mb -> mb.dropped || mb.sessionsHeld >= seriesSessions);
    }
    placeFromWaitlist(now);
    LocalDate monday = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (GroupState g : groups) {
      membersThisWeek += g.members.size();
      if (g.members.size() >= g.template.sizePolicy().minViable()) {
        TimeWindow slot = g.template.slot().orElseThrow();
        Instant slotStart = UtcWeekIntervals.startOf(slot, g.template.zone(), monday);
        session(g, MatchProgress.later(slotStart, now));
      }
    }
  }

  private void session(GroupState g, Instant at) {
    g.number++;
    sessions++;
    Map<SeekerId, AttendanceStatus> attendance = new LinkedHashMap<>();
    List<SeekerId> present = new ArrayList<>();
    for (Member mb : g.members) {
      mb.sessionsHeld++;
      SplittableRandom random = streams.stream(RandomStreams.Purpose.ATTENDANCE, mb.seeker.key, mb.sessionsHeld);
      boolean attends = Distributions.chance(random, behaviour.attendShare());
      boolean excused = Distributions.chance(random, behaviour.excusedShare());
      AttendanceStatus status = attends ? AttendanceStatus.PRESENT : excused ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
      attendance.put(mb.seeker.seeker.id(), status);
      if (status == AttendanceStatus.PRESENT) {
        mb.attended++;
        present.add(mb.seeker.seeker.id());
      }
      if (Distributions.chance(random, behaviour.dropoutPerSession())) {
        mb.dropped = true;
      }
    }
    SessionRecord.Builder record = SessionRecord.builder().group(g.template.id()).number(g.number).at(at)
        .facilitator(g.template.facilitators().get(0)).attendance(attendance);
    // a fixed order: the draws with fixed bounds first, then the members flagged, among those present
    SplittableRandom random = streams.stream(RandomStreams.Purpose.SESSION_FLAGS, RandomStreams.idKey(g.template.id()), g.number);
    boolean flag = Distributions.chance(random, behaviour.flagPerSession());
    FlagKind kind = List.of(FlagKind.DISRUPTIVE_BEHAVIOUR, FlagKind.COMPETITIVE_COMPARISON, FlagKind.MEDICAL_ADVICE_GIVEN)
        .get(random.nextInt(3));
    boolean suicideMention = Distributions.chance(random, behaviour.suicideMentionPerSession());
    if (!present.isEmpty()) {
      SeekerId flagged = present.get(random.nextInt(present.size()));
      SeekerId mentioned = present.get(random.nextInt(present.size()));
      if (flag) {
        record.addFlags(FacilitatorFlag.about(kind, flagged));
      }
      if (suicideMention) {
        record.addFlags(FacilitatorFlag.about(FlagKind.SUICIDE_MENTION, mentioned));
      }
    }
    SessionRecord r = record.build();
    g.records.add(r);
    List<Signal> signals = sessionSignals.derive(r);
    if (!signals.isEmpty()) {
      Map<PersonId, ConsentRecord> consents = new HashMap<>();
      for (Member mb : g.members) {
        consents.put(mb.seeker.seeker.id(), mb.seeker.seeker.consent());
      }
      screening.sessionSignals(signals, consents, at);
    }
  }

  /**
   * Places the waitlisted seekers, in the order they asked, into the groups' free seats with {@link
   * GroupPlacement} (maximum total fit; the solver's tie rule for equal fits), and seats the
   * assignments in that order. Of the unplaced, those refused for a reason that cannot change during
   * a run leave the waitlist: {@code NOT_ELIGIBLE} (a seeker-level rule, e.g. no consent to be
   * contacted) and {@code NO_ELIGIBLE_GROUP} (the groups' audience, language, modality and slot, and
   * the seeker's record, are fixed for the run). The others ({@code NO_SEAT}, {@code
   * FACILITATOR_LOAD}, {@code NOT_CHOSEN}) keep their place and are tried again next week. O(n · m)
   * pair checks plus the solver for n waiting seekers and m groups.
   */
  private void placeFromWaitlist(Instant now) {
    if (waitlist.isEmpty()) {
      return;
    }
    List<Seeker> waiting = new ArrayList<>(waitlist.size());
    Map<SeekerId, SeekerState> byId = new HashMap<>();
    for (SeekerState st : waitlist) {
      waiting.add(st.seeker);
      byId.put(st.seeker.id(), st);
    }
    Map<GroupId, GroupState> groupById = new HashMap<>();
    for (GroupState g : groups) {
      groupById.put(g.template.id(), g);
    }
    Placement result = placement.place(waiting, groupValues(), now);
    for (PlacementAssignment a : result.assignments()) {
      SeekerState st = byId.get(a.seeker());
      GroupState g = groupById.get(a.group());
      Member mb = new Member(st, g.number);
      g.members.add(mb);
      g.everMembers.add(mb);
      st.groupSeated = true;
      placed++;
    }
    for (Unplaced u : result.unplaced()) {
      SeekerState st = byId.get(u.seeker());
      st.groupReason = u.reason().name();
      st.groupRefused = u.reason() == UnplacedReason.NOT_ELIGIBLE || u.reason() == UnplacedReason.NO_ELIGIBLE_GROUP;
    }
    waitlist.removeIf(st -> st.groupSeated || st.groupRefused);
    if (observer != GroupObserver.NONE) {
      observer.placed(now, waiting, result, groupValues());
    }
  }

  /** The groups as peer-groups values: the template with the current members, in joining order. */
  private List<SupportGroup> groupValues() {
    List<SupportGroup> out = new ArrayList<>(groups.size());
    for (GroupState g : groups) {
      List<SeekerId> members = new ArrayList<>(g.members.size());
      for (Member mb : g.members) {
        members.add(mb.seeker.seeker.id());
      }
      out.add(SupportGroup.builder().from(g.template).members(members).build());
    }
    return out;
  }

  /**
   * Returns the seated members referred to a group only (no one-to-one match asked), who have not
   * dropped out and whose series has not ended, in group and joining order.
   *
   * @return the members
   */
  List<SeekerState> groupOnlyMembers() {
    List<SeekerState> out = new ArrayList<>();
    for (GroupState g : groups) {
      for (Member mb : g.members) {
        if (!mb.seeker.oneToOne && !mb.dropped && mb.sessionsHeld < seriesSessions) {
          out.add(mb.seeker);
        }
      }
    }
    return out;
  }

  /** Returns the seats of all groups: the sum of their member caps. */
  int seats() {
    int seats = 0;
    for (GroupState g : groups) {
      seats += g.template.sizePolicy().maxMembers();
    }
    return seats;
  }

  /** Returns the members of all groups this week (after placement). */
  int membersThisWeek() {
    return membersThisWeek;
  }

  /** Returns how many seekers wait for a seat. */
  int waitlistSize() {
    return waitlist.size();
  }

  /** Returns how many seekers asked for a group. */
  int requests() {
    return requests;
  }

  /** Returns how many seekers were seated. */
  int placed() {
    return placed;
  }

  /** Returns how many sessions were held. */
  int sessions() {
    return sessions;
  }

  /**
   * Returns attendance over all sessions: sessions offered to members and attended, summed over the
   * groups' records ({@link Attendance#summarise}).
   *
   * @return offered and attended
   */
  long[] attendance() {
    long offered = 0;
    long attended = 0;
    for (GroupState g : groups) {
      if (!g.records.isEmpty()) {
        for (AttendanceSummary summary : Attendance.summarise(g.records)) {
          offered += summary.offered();
          attended += summary.attended();
        }
      }
    }
    return new long[] {offered, attended};
  }

  /**
   * Returns the mean adherence of every member who could have attended: sessions attended over the
   * sessions of their series held so far, at most 1.
   *
   * @return the sum of adherences and the number of members, as {sum, members}
   */
  double[] adherence() {
    double sum = 0;
    int members = 0;
    for (GroupState g : groups) {
      for (Member mb : g.everMembers) {
        int expected = Math.min(seriesSessions, g.number - mb.joinedAtSession);
        if (expected > 0) {
          sum += Math.min(1.0, (double) mb.attended / expected);
          members++;
        }
      }
    }
    return new double[] {sum, members};
  }

  private static final class GroupState {
    /** The group's fixed attributes (id, facilitators, size policy, language, modality, slot), no members. */
    final SupportGroup template;
    final List<Member> members = new ArrayList<>();
    final List<Member> everMembers = new ArrayList<>();
    final List<SessionRecord> records = new ArrayList<>();
    int number;

    GroupState(SupportGroup template) {
      this.template = template;
    }
  }

  private static final class Member {
    final SeekerState seeker;
    final int joinedAtSession;
    int sessionsHeld;
    int attended;
    boolean dropped;

    Member(SeekerState seeker, int joinedAtSession) {
      this.seeker = seeker;
      this.joinedAtSession = joinedAtSession;
    }
  }
}
