package io.github.peersupport.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.groups.testing.GroupsGen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of admission and waitlist promotion over random request sequences; 1,000 cases per seed,
 * 10,000 per property over the ten seeds.
 */
class GroupAdmissionPropertyTest {
  private static final int CASES = 1_000;
  private static final GroupAdmission ADMISSION = GroupAdmission.standard();

  /** A random walk of requests, departures and promotions against one group. */
  private record Walk(List<SupportGroup> groups, List<Promotion> promotions, List<Waitlist> waitlists,
      List<Map<SeekerId, Seeker>> seekers, List<Instant> promotedAt) {}

  private static Walk walk(SplittableRandom r) {
    SupportGroup group = GroupsGen.group(r, GroupId.of("g-1"), 0);
    group = SupportGroup.builder().from(group).members(group.members().subList(0, r.nextInt(group.size() + 1))).build();
    Waitlist waitlist = Waitlist.empty(group.id());
    Map<SeekerId, Seeker> seekers = new LinkedHashMap<>();
    List<SupportGroup> groups = new ArrayList<>();
    List<Waitlist> waitlists = new ArrayList<>();
    List<Promotion> promotions = new ArrayList<>();
    List<Instant> promotedAt = new ArrayList<>();
    List<Map<SeekerId, Seeker>> snapshots = new ArrayList<>();
    Instant t = GroupsGen.NOW.minus(Duration.ofDays(10));
    int steps = r.nextInt(1, 40);
    for (int step = 0; step < steps; step++) {
      t = t.plus(Duration.ofMinutes(r.nextInt(0, 3) * 30L));
      int op = r.nextInt(10);
      if (op < 6) {
        Seeker s = GroupsGen.seeker(r, SeekerId.of("s-" + r.nextInt(30)));
        seekers.put(s.id(), s);
        Admission a = ADMISSION.admit(group, waitlist, s, t);
        group = a.group();
        waitlist = a.waitlist();
      } else if (op < 8 && group.size() > 0) {
        List<SeekerId> members = new ArrayList<>(group.members());
        members.remove(r.nextInt(members.size()));
        group = SupportGroup.builder().from(group).members(members).build();
      } else {
        Promotion p = ADMISSION.promote(group, waitlist, seekers, t);
        promotions.add(p);
        promotedAt.add(t);
        snapshots.add(Map.copyOf(seekers));
        waitlists.add(waitlist);
        group = p.group();
        waitlist = p.waitlist();
      }
      groups.add(group);
    }
    return new Walk(groups, promotions, waitlists, snapshots, promotedAt);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void admitAndPromote_anySequence_groupNeverExceedsItsMaximum(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      Walk w = walk(random);
      for (SupportGroup g : w.groups()) {
        assertThat(g.size()).as("%s", g).isLessThanOrEqualTo(g.sizePolicy().maxMembers());
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void promote_anyWaitlist_neverSkipsAWaitingEligibleMember(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      Walk w = walk(random);
      for (int k = 0; k < w.promotions().size(); k++) {
        Promotion p = w.promotions().get(k);
        Waitlist before = w.waitlists().get(k);
        Instant at = w.promotedAt().get(k);
        int free = p.group().sizePolicy().maxMembers() - (p.group().size() - p.promoted().size());
        List<SeekerId> eligible = new ArrayList<>();
        for (WaitlistEntry e : before.entries()) {
          Seeker s = w.seekers().get(k).get(e.seeker());
          if (s != null && ADMISSION.refusedBy(p.group(), s, at).isEmpty() && !p.group().isMember(e.seeker())
              || p.promoted().contains(e.seeker())) {
            eligible.add(e.seeker());
          }
        }
        List<SeekerId> expected = eligible.subList(0, Math.min(free, eligible.size()));
        assertThat(p.promoted()).as("promotion %s from %s", p, before.entries()).containsExactlyElementsOf(expected);
        for (SeekerId s : p.promoted()) {
          assertThat(p.waitlist().position(s)).isEmpty();
          assertThat(p.group().isMember(s)).isTrue();
        }
        for (PassedOver o : p.passedOver()) {
          assertThat(p.waitlist().position(o.seeker())).as("passed over stays waiting").isPresent();
        }
      }
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void admit_eligibleSeeker_admittedOnlyWhenASeatIsNotClaimedByTheWaitlist(long seed) {
    Seeds.forEachCase(seed, CASES, random -> {
      SupportGroup group = GroupsGen.group(random, GroupId.of("g-1"), 0);
      Waitlist waitlist = Waitlist.empty(group.id());
      int waiting = random.nextInt(0, 4);
      for (int i = 0; i < waiting; i++) {
        waitlist = waitlist.add(SeekerId.of("w-" + i), GroupsGen.NOW.minusSeconds(100 - i));
      }
      Seeker s = GroupsGen.seeker(random, SeekerId.of("s-new"));
      Admission a = ADMISSION.admit(group, waitlist, s, GroupsGen.NOW);
      if (ADMISSION.refusedBy(group, s, GroupsGen.NOW).isPresent()) {
        assertThat(a.outcome()).isEqualTo(AdmissionOutcome.REFUSED);
        assertThat(a.refusedBy()).isEqualTo(ADMISSION.refusedBy(group, s, GroupsGen.NOW));
        assertThat(a.group()).isEqualTo(group);
      } else if (group.freeSeats() > waiting) {
        assertThat(a.outcome()).isEqualTo(AdmissionOutcome.ADMITTED);
        assertThat(a.group().size()).isEqualTo(group.size() + 1);
      } else {
        assertThat(a.outcome()).isEqualTo(AdmissionOutcome.WAITLISTED);
        assertThat(a.position()).hasValue(waiting + 1);
        assertThat(a.group()).isEqualTo(group);
      }
    });
  }
}
