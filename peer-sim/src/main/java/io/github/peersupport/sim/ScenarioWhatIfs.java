package io.github.peersupport.sim;

import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.matching.Criterion;
import io.github.peersupport.matching.CriterionSetting;
import io.github.peersupport.matching.MatchingPolicy;
import io.github.peersupport.matching.PeerMatcher;
import java.util.EnumMap;
import java.util.Map;

/**
 * The what-ifs of a {@link Scenario} that change one rule inside one of its policies, and its one-line
 * description.
 */
final class ScenarioWhatIfs {
  private ScenarioWhatIfs() {}

  /** See {@link Scenario#withGroupMaxMembers(int)}. */
  static Scenario groupMaxMembers(Scenario scenario, int max) {
    GroupSizePolicy size = scenario.groupSize();
    int minViable = Math.min(size.minViable(), Math.max(1, max));
    return scenario.withGroupSize(GroupSizePolicy.builder().from(size).maxMembers(max).minViable(minViable).build());
  }

  /** See {@link Scenario#withHardCriterion(Criterion)}. */
  static Scenario hardCriterion(Scenario scenario, Criterion criterion) {
    MatchingPolicy policy = scenario.matcher().policy();
    Map<Criterion, CriterionSetting> criteria = new EnumMap<>(policy.criteria());
    criteria.put(criterion, CriterionSetting.hard(policy.setting(criterion).weight()));
    MatchingPolicy stricter = MatchingPolicy.builder().from(policy).criteria(criteria).build();
    return scenario.withMatcher(PeerMatcher.builder().from(scenario.matcher()).policy(stricter).build());
  }

  /** See {@link Scenario#toString()}. */
  static String describe(Scenario s) {
    return "Scenario[" + s.name() + ", " + s.horizonWeeks() + " weeks, " + s.assignment() + ", " + s.cohort() + ", offer window "
        + s.lifecycle().offerWindow().toDays() + " d, " + s.groups() + " groups of " + s.groupSize().minViable() + "-"
        + s.groupSize().maxMembers() + (s.groupFocus().isEmpty() ? "" : ", focus " + String.join(" ", s.groupFocus()))
        + (s.extraGroups().isEmpty() ? "" : ", " + s.extraGroups().size() + " extra groups") + "]";
  }
}
