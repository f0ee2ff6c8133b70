package io.github.peersupport.sim;

import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.groups.SupportGroup;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

/** The invariants of a {@link Scenario}, checked when one is built; each failure names its field. */
final class ScenarioChecks {
  private ScenarioChecks() {}

  /**
   * Checks a scenario.
   *
   * @param scenario the scenario
   * @throws io.github.peersupport.core.ValidationException naming the first field that fails
   */
  static void check(Scenario scenario) {
    Require.slug("name", scenario.name());
    Require.inRange("horizonWeeks", scenario.horizonWeeks(), 1, 520);
    Require.inRange("warmupWeeks", scenario.warmupWeeks(), 0, scenario.horizonWeeks() - 1);
    Require.inRange("groups", scenario.groups(), 0, 1_000);
    if (scenario.groupFocus().size() > scenario.groups()) {
      throw Require.invalid("groupFocus", "names " + scenario.groupFocus().size() + " conditions for " + scenario.groups() + " groups");
    }
    Taxonomy conditions = scenario.placement().admission().conditions();
    for (int i = 0; i < scenario.groupFocus().size(); i++) {
      if (conditions.find(scenario.groupFocus().get(i)).isEmpty()) {
        throw Require.invalid("groupFocus[" + i + "]", "not in taxonomy " + conditions.system() + ": " + scenario.groupFocus().get(i));
      }
    }
    Set<String> ids = new HashSet<>();
    for (int g = 1; g <= scenario.groups(); g++) {
      ids.add("g-" + g);
    }
    for (int i = 0; i < scenario.extraGroups().size(); i++) {
      SupportGroup group = scenario.extraGroups().get(i);
      if (!ids.add(group.id().value())) {
        throw Require.invalid("extraGroups[" + i + "].id", "repeats a group id: " + group.id().value());
      }
      if (!group.members().isEmpty()) {
        throw Require.invalid("extraGroups[" + i + "].members", "must be empty (members are placed during the run) but has "
            + group.members().size());
      }
      if (group.slot().isEmpty()) {
        throw Require.invalid("extraGroups[" + i + "].slot", "required: the group's sessions are held at its weekly slot (an"
            + " asynchronous board has no sessions to simulate)");
      }
      if (group.facilitators().isEmpty()) {
        throw Require.invalid("extraGroups[" + i + "].facilitators", "required: a session record names its facilitator");
      }
    }
    Require.inRange("seriesSessions", scenario.seriesSessions(), 1, 520);
    Require.inRange("manualMatchDays", scenario.manualMatchDays(), 1, 365);
    Require.inRange("manualRetries", scenario.manualRetries(), 0, 100);
    if (scenario.start().atZone(ZoneOffset.UTC).getDayOfWeek() != DayOfWeek.MONDAY) {
      throw Require.invalid("start", "must be a Monday (UTC)", scenario.start());
    }
  }
}
