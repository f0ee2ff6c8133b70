package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.groups.GroupModality;
import io.github.peersupport.groups.SupportGroup;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The programme's groups are data: the standard ones the scenario describes, plus extra groups given in full. */
class ExtraGroupsTest {
  private static final Scenario SHORT = Scenario.standard().withHorizonWeeks(20);
  private static final TimeWindow SATURDAY_MORNING = TimeWindow.of(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(11, 30));

  private static SupportGroup.Builder spanish(String id) {
    return SupportGroup.builder().id(GroupId.of(id)).addLanguages(Language.of("es")).modality(GroupModality.VIDEO)
        .slot(TimeWindow.of(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), LocalTime.of(19, 30)))
        .addFacilitators(FacilitatorId.of("fac-" + id));
  }

  @Test
  void programmeGroups_standard_sixEveningGroupsInTheCohortsLanguage() {
    List<SupportGroup> groups = Scenario.standard().programmeGroups();
    assertThat(groups).extracting(g -> g.id().value()).containsExactly("g-1", "g-2", "g-3", "g-4", "g-5", "g-6");
    assertThat(groups).allSatisfy(g -> {
      assertThat(g.languages()).containsExactly(Language.of("en"));
      assertThat(g.slot().orElseThrow().start()).isEqualTo(LocalTime.of(18, 0));
      assertThat(g.members()).isEmpty();
      assertThat(g.facilitators()).isNotEmpty();
    });
    assertThat(groups).extracting(g -> g.slot().orElseThrow().day())
        .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
            DayOfWeek.MONDAY);
    assertThat(groups).extracting(SupportGroup::modality).containsExactly(GroupModality.VIDEO, GroupModality.IN_PERSON,
        GroupModality.PHONE, GroupModality.VIDEO, GroupModality.IN_PERSON, GroupModality.PHONE);
  }

  @Test
  void programmeGroups_withExtraGroups_standardThenExtra() {
    SupportGroup es = spanish("es-1").build();
    Scenario s = SHORT.withGroups(2).withExtraGroups(List.of(es));
    assertThat(s.programmeGroups()).extracting(g -> g.id().value()).containsExactly("g-1", "g-2", "es-1");
    assertThat(s.programmeGroups().get(2)).isEqualTo(es);
    assertThat(s.toString()).contains("2 groups of 4-12, 1 extra groups");
  }

  @Test
  void run_spanishLanguageGroup_seatsSeekersNoEnglishGroupAdmits() {
    Metrics without = SHORT.run(42).metrics();
    Metrics with = SHORT.withExtraGroups(List.of(spanish("es-1").build())).run(42).metrics();
    assertThat(with.groupRequests()).isEqualTo(without.groupRequests());
    assertThat(with.groupPlaced()).isGreaterThan(without.groupPlaced());
    assertThat(with.groupUnplacedByReason().getOrDefault("NO_ELIGIBLE_GROUP", 0))
        .isLessThan(without.groupUnplacedByReason().getOrDefault("NO_ELIGIBLE_GROUP", 0));
  }

  @Test
  void run_onlyAnExtraGroup_meetsAtItsSlot() {
    Scenario onlySaturday = SHORT.withGroups(0).withExtraGroups(List.of(SupportGroup.builder().id(GroupId.of("sat"))
        .addLanguages(Language.of("en")).modality(GroupModality.PHONE).slot(SATURDAY_MORNING)
        .addFacilitators(FacilitatorId.of("fac-sat")).build()));
    Metrics m = onlySaturday.run(3).metrics();
    assertThat(m.groupPlaced()).isPositive();
    assertThat(m.sessions()).isPositive();
  }

  @Test
  void extraGroups_invalid_namesTheEntryAndField() {
    assertThatThrownBy(() -> SHORT.withExtraGroups(List.of(spanish("g-3").build())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("extraGroups[0].id: repeats a group id");
    assertThatThrownBy(() -> SHORT.withExtraGroups(List.of(spanish("es-1").build(), spanish("es-1").build())))
        .hasMessageStartingWith("extraGroups[1].id: ");
    assertThatThrownBy(() -> SHORT.withExtraGroups(List.of(spanish("es-1").addMembers(SeekerId.of("s-1")).build())))
        .hasMessageStartingWith("extraGroups[0].members: ");
    assertThatThrownBy(() -> SHORT.withExtraGroups(List.of(SupportGroup.builder().id(GroupId.of("es-2"))
        .addLanguages(Language.of("es")).addFacilitators(FacilitatorId.of("f")).build())))
        .hasMessageStartingWith("extraGroups[0].slot: ");
    assertThatThrownBy(() -> SHORT.withExtraGroups(List.of(SupportGroup.builder().id(GroupId.of("es-3"))
        .addLanguages(Language.of("es")).slot(SATURDAY_MORNING).build())))
        .hasMessageStartingWith("extraGroups[0].facilitators: ");
  }
}
