package io.github.peersupport.groups.testing;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.groups.session.AttendanceStatus;
import io.github.peersupport.groups.session.FacilitatorFlag;
import io.github.peersupport.groups.session.FlagKind;
import io.github.peersupport.groups.session.GuestRole;
import io.github.peersupport.groups.session.SegmentKind;
import io.github.peersupport.groups.session.SegmentTemplate;
import io.github.peersupport.groups.session.SessionFormat;
import io.github.peersupport.groups.session.SessionPolicy;
import io.github.peersupport.groups.session.SessionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded generators of session values: segment templates (whole minutes or seconds, tight and loose
 * ranges, rounds of turns, required or not), formats (the presets, or random with or without the
 * confidentiality reminder), policies (lengths from 10 minutes to 4 hours, turns from 30 seconds to 5
 * minutes, granularities from 1 second to 5 minutes, extra required segments) and session records
 * (attendance, talk time with and without a dominating member, flags). Every method is a pure function
 * of the random stream it is given.
 */
public final class SessionGen {
  private static final SegmentKind[] KINDS = SegmentKind.values();

  private SessionGen() {}

  /**
   * A duration of 1 to {@code maxMinutes} minutes: whole minutes, or whole seconds one time in four.
   *
   * @param r the random stream
   * @param maxMinutes the longest, in minutes
   * @return the duration
   */
  public static Duration duration(SplittableRandom r, int maxMinutes) {
    return r.nextInt(4) == 0 ? Duration.ofSeconds(1 + r.nextInt(maxMinutes * 60)) : Duration.ofMinutes(1 + r.nextInt(maxMinutes));
  }

  /**
   * A valid template of a kind.
   *
   * @param r the random stream
   * @param kind the kind
   * @return the template
   */
  public static SegmentTemplate template(SplittableRandom r, SegmentKind kind) {
    Duration min = duration(r, 20);
    Duration ideal = r.nextInt(5) == 0 ? min : min.plus(duration(r, 20));
    Duration max = r.nextInt(5) == 0 ? ideal : ideal.plus(duration(r, 30));
    SegmentTemplate.Builder b = SegmentTemplate.builder();
    b.kind(kind).minimum(min).ideal(ideal).maximum(max).required(r.nextInt(3) == 0)
        .memberTurns(kind == SegmentKind.CHECK_IN || ((kind == SegmentKind.GAINING_FEEDBACK || kind == SegmentKind.OPEN_SHARING) && r.nextBoolean()));
    if (kind == SegmentKind.GUEST_SPEAKER) {
      b.guest(CoreGen.oneOf(r, GuestRole.values()));
    }
    return b.build();
  }

  /**
   * A format: one of the presets one time in three, else 1 to 8 random segments (the confidentiality
   * reminder and the first-session segment present or not).
   *
   * @param r the random stream
   * @return the format
   */
  public static SessionFormat format(SplittableRandom r) {
    switch (r.nextInt(9)) {
      case 0:
        return SessionFormat.curriculum();
      case 1:
        return SessionFormat.education(CoreGen.oneOf(r, GuestRole.values()));
      case 2:
        return SessionFormat.hybrid();
      default:
        List<SegmentKind> kinds = CoreGen.someOf(r, Arrays.asList(KINDS), 8);
        if (kinds.isEmpty()) {
          kinds = List.of(CoreGen.oneOf(r, KINDS));
        }
        SessionFormat.Builder b = SessionFormat.builder();
        b.id(Tag.of("random")).name("Random format");
        kinds.forEach(k -> b.addSegments(template(r, k)));
        return b.build();
    }
  }

  /**
   * A valid policy: the standard one time in four, else random length, turn, granularity and extra
   * required segments (never fewer than the safety floor).
   *
   * @param r the random stream
   * @return the policy
   */
  public static SessionPolicy policy(SplittableRandom r) {
    if (r.nextInt(4) == 0) {
      return SessionPolicy.standard();
    }
    SessionPolicy.Builder b = SessionPolicy.builder();
    b.sessionLength(r.nextInt(4) == 0 ? Duration.ofSeconds(600 + r.nextInt(4 * 3600 - 600)) : Duration.ofMinutes(10 + r.nextInt(231)))
        .minimumTurn(Duration.ofSeconds(CoreGen.oneOf(r, 30, 60, 90, 120, 150, 180, 300)))
        .granularity(Duration.ofSeconds(CoreGen.oneOf(r, 1, 30, 60, 60, 300)));
    Set<SegmentKind> every = EnumSet.copyOf(SessionPolicy.EVERY_SESSION_FLOOR);
    Set<SegmentKind> first = EnumSet.copyOf(SessionPolicy.FIRST_SESSION_FLOOR);
    List<SegmentTemplate> inserted = new ArrayList<>(SessionPolicy.standard().insertedTemplates());
    if (r.nextInt(3) == 0) {
      every.add(SegmentKind.CONTACT_INFORMATION);
      inserted.add(template(r, SegmentKind.CONTACT_INFORMATION));
    }
    if (r.nextInt(3) == 0) {
      first.add(SegmentKind.WELCOME);
      inserted.add(template(r, SegmentKind.WELCOME));
    }
    return b.everySession(every).firstSession(first).insertedTemplates(inserted).build();
  }

  /**
   * A number of attending members: usually 1 to 16, sometimes up to 60.
   *
   * @param r the random stream
   * @return the count
   */
  public static int attending(SplittableRandom r) {
    return r.nextInt(5) == 0 ? 1 + r.nextInt(60) : 1 + r.nextInt(16);
  }

  /**
   * Member ids {@code m-0 ... m-(n-1)}.
   *
   * @param n the count
   * @return the ids
   */
  public static List<SeekerId> members(int n) {
    List<SeekerId> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(SeekerId.of("m-" + i));
    }
    return out;
  }

  /**
   * A session record of a group with up to 14 members: random attendance, talk time captured for the
   * present members half of the time (sometimes with one member talking far more), and up to 4 flags.
   *
   * @param r the random stream
   * @param group the group
   * @param number the session number
   * @param at when
   * @return the record
   */
  public static SessionRecord record(SplittableRandom r, GroupId group, int number, Instant at) {
    List<SeekerId> members = members(1 + r.nextInt(14));
    Map<SeekerId, AttendanceStatus> attendance = new LinkedHashMap<>();
    for (SeekerId m : members) {
      int roll = r.nextInt(10);
      attendance.put(m, roll < 7 ? AttendanceStatus.PRESENT : roll < 9 ? AttendanceStatus.ABSENT : AttendanceStatus.EXCUSED);
    }
    List<SeekerId> present = new ArrayList<>();
    attendance.forEach((m, s) -> {
      if (s == AttendanceStatus.PRESENT) {
        present.add(m);
      }
    });
    SessionRecord.Builder b = SessionRecord.builder();
    b.group(group).number(number).at(at).facilitator(FacilitatorId.of("f-" + r.nextInt(3))).attendance(attendance);
    if (r.nextBoolean()) {
      boolean skewed = r.nextBoolean();
      for (int i = 0; i < present.size(); i++) {
        long seconds = r.nextInt(600);
        if (skewed && i == 0) {
          seconds += 1_200 + r.nextInt(1_200);
        }
        b.putTalkTime(present.get(i), Duration.ofSeconds(seconds));
      }
    }
    int flags = r.nextInt(5);
    for (int i = 0; i < flags; i++) {
      FlagKind kind = CoreGen.oneOf(r, FlagKind.values());
      if ((kind.memberRequired() || r.nextBoolean()) && !present.isEmpty()) {
        b.addFlags(FacilitatorFlag.about(kind, CoreGen.oneOf(r, present)));
      } else if (!kind.memberRequired()) {
        b.addFlags(FacilitatorFlag.aboutGroup(kind));
      }
    }
    return b.build();
  }

  /**
   * A series of 1 to 12 weekly records of one group, with a stable membership, in shuffled order.
   *
   * @param r the random stream
   * @param group the group
   * @return the records
   */
  public static List<SessionRecord> series(SplittableRandom r, GroupId group) {
    int n = 1 + r.nextInt(12);
    List<SeekerId> members = members(1 + r.nextInt(10));
    List<SessionRecord> out = new ArrayList<>();
    for (int s = 1; s <= n; s++) {
      Map<SeekerId, AttendanceStatus> attendance = new LinkedHashMap<>();
      for (SeekerId m : members) {
        if (r.nextInt(8) == 0) {
          continue; // not expected this time (joined later, left)
        }
        int roll = r.nextInt(10);
        attendance.put(m, roll < 6 ? AttendanceStatus.PRESENT : roll < 9 ? AttendanceStatus.ABSENT : AttendanceStatus.EXCUSED);
      }
      if (attendance.isEmpty()) {
        attendance.put(members.get(0), AttendanceStatus.PRESENT);
      }
      SessionRecord.Builder b = SessionRecord.builder();
      b.group(group).number(s).at(CoreGen.EPOCH.plus(Duration.ofDays(7L * (s - 1)))).facilitator(FacilitatorId.of("f-1")).attendance(attendance);
      out.add(b.build());
    }
    for (int i = out.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      SessionRecord t = out.get(i);
      out.set(i, out.get(j));
      out.set(j, t);
    }
    return out;
  }
}
