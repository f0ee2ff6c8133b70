package io.github.peersupport.sim;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.groups.Audience;
import io.github.peersupport.groups.GroupModality;
import io.github.peersupport.groups.Openness;
import io.github.peersupport.groups.SupportGroup;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the groups a scenario's programme runs; see {@link Scenario#programmeGroups()}. */
final class ProgrammeGroups {
  /** How the standard groups meet, in turn by group number. */
  private static final List<GroupModality> MODALITIES = List.of(GroupModality.VIDEO, GroupModality.IN_PERSON, GroupModality.PHONE);

  private ProgrammeGroups() {}

  /**
   * Returns the scenario's standard groups, then its extra groups, without members.
   *
   * @param scenario the scenario
   * @return the groups, in order
   */
  static List<SupportGroup> of(Scenario scenario) {
    List<SupportGroup> out = new ArrayList<>(scenario.groups() + scenario.extraGroups().size());
    String language = mainLanguage(scenario.cohort());
    int facilitators = scenario.groupSize().facilitatorsNeeded(scenario.groupSize().maxMembers());
    LocalTime start = LocalTime.of(18, 0);
    for (int g = 1; g <= scenario.groups(); g++) {
      List<FacilitatorId> ids = new ArrayList<>(facilitators);
      ids.add(FacilitatorId.of("fac-" + g));
      for (int k = 2; k <= facilitators; k++) {
        ids.add(FacilitatorId.of("fac-" + g + "-" + k));
      }
      SupportGroup.Builder group = SupportGroup.builder();
      if (g <= scenario.groupFocus().size()) {
        group.focus(scenario.placement().admission().conditions().code(scenario.groupFocus().get(g - 1)));
      }
      out.add(group.id(GroupId.of("g-" + g)).audience(Audience.BOTH).modality(MODALITIES.get((g - 1) % MODALITIES.size()))
          .addLanguages(Language.of(language)).slot(TimeWindow.of(DayOfWeek.of(1 + (g - 1) % 5), start, start.plusMinutes(90)))
          .openness(Openness.OPEN).sizePolicy(scenario.groupSize()).facilitators(ids).build());
    }
    out.addAll(scenario.extraGroups());
    return out;
  }

  /** The cohort's most weighted language (the first of equal weights). */
  private static String mainLanguage(Cohort cohort) {
    String best = "";
    double weight = -1;
    for (Map.Entry<String, Double> e : cohort.languageMix().entrySet()) {
      if (e.getValue() > weight) {
        best = e.getKey();
        weight = e.getValue();
      }
    }
    return best;
  }
}
