package io.github.peersupport.groups.formation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.person.WeeklyAvailability;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.testing.GroupsGen;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schedules are compared as weekly recurring time: a seeker in Pacific/Auckland free Monday
 * 00:30–02:00 local (UTC+13 in January) is free for a group meeting Sunday 11:30–13:00 UTC, although
 * the two name different days; placement and formation must agree with matching on it.
 */
class CrossZoneScheduleTest {
  private static final TimeWindow SUNDAY_UTC = TimeWindow.of(DayOfWeek.SUNDAY, LocalTime.of(11, 30), LocalTime.of(13, 0));
  private static final TimeWindow MONDAY_UTC = TimeWindow.of(DayOfWeek.MONDAY, LocalTime.of(0, 30), LocalTime.of(2, 0));

  private static Seeker auckland(String id) {
    WeeklyAvailability mondayEarly = WeeklyAvailability.builder().zone(ZoneId.of("Pacific/Auckland"))
        .addWindows(TimeWindow.of(DayOfWeek.MONDAY, LocalTime.of(0, 30), LocalTime.of(2, 0))).build();
    return Seeker.builder().from(GroupsGen.patient(id, "breast-cancer"))
        .profile(PersonProfile.builder().addLanguages(Language.of("en")).availability(mondayEarly).build()).build();
  }

  private static SupportGroup meeting(String id, TimeWindow slot) {
    return SupportGroup.builder().from(GroupsGen.openGroup(id, "breast-cancer", GroupsGen.ids("m" + id, 6))).slot(slot).build();
  }

  @Test
  void place_scheduleRequired_aucklandMondaySeekerPlacedInUtcSundayGroup() {
    assertThat(PlacementPolicy.standard().scheduleRequired()).isTrue();
    List<SupportGroup> groups = List.of(meeting("g-mon", MONDAY_UTC), meeting("g-sun", SUNDAY_UTC));

    Placement p = GroupPlacement.standard().place(List.of(auckland("s-akl")), groups, GroupsGen.NOW);

    assertThat(p.assignments()).extracting(PlacementAssignment::group).containsExactly(GroupId.of("g-sun"));
    assertThat(p.unplaced()).isEmpty();
  }

  @Test
  void place_scheduleRequired_sameDayNameInUtcIsNotACandidate() {
    Placement p = GroupPlacement.standard().place(List.of(auckland("s-akl")), List.of(meeting("g-mon", MONDAY_UTC)), GroupsGen.NOW);

    assertThat(p.assignments()).isEmpty();
    assertThat(p.unplaced()).containsExactly(Unplaced.of(SeekerId.of("s-akl"), UnplacedReason.NO_ELIGIBLE_GROUP));
  }

  @Test
  void form_utcSundaySlot_aucklandMondaySeekersGetThatSlot() {
    FormationPolicy policy = FormationPolicy.builder().addSlots(MONDAY_UTC, SUNDAY_UTC).build();
    List<Seeker> cohort = new ArrayList<>();
    for (String id : GroupsGen.ids("akl", 4)) {
      cohort.add(auckland(id));
    }

    Formation f = GroupFormation.of(policy).form(cohort, List.of(), GroupsGen.NOW);

    assertThat(f.unplaced()).isEmpty();
    assertThat(f.groups()).singleElement().satisfies(g -> assertThat(g.slot()).contains(SUNDAY_UTC));
  }

  @Test
  void adjustments_sameClockTimeInAnotherZone_notMerged() {
    TimeWindow tuesday = TimeWindow.of(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(19, 30));
    SupportGroup newYork = SupportGroup.builder().from(GroupsGen.openGroup("g-ny", "breast-cancer", GroupsGen.ids("a", 2)))
        .slot(tuesday).zone(ZoneId.of("America/New_York")).build();
    SupportGroup london = SupportGroup.builder().from(GroupsGen.openGroup("g-ldn", "breast-cancer", GroupsGen.ids("b", 9)))
        .slot(tuesday).zone(ZoneId.of("Europe/London")).build();

    assertThat(GroupFormation.standard().adjustments(List.of(newYork, london), java.util.Map.of()))
        .extracting(Adjustment::toString).containsExactly("UNDERSIZED [g-ny] -> [2]");
    SupportGroup smallLondon = SupportGroup.builder().from(newYork).zone(ZoneId.of("Europe/London")).build();
    assertThat(GroupFormation.standard().adjustments(List.of(smallLondon, london), java.util.Map.of()))
        .extracting(Adjustment::toString).containsExactly("MERGE [g-ny, g-ldn] -> [11]");
  }
}
