package io.github.peersupport.groups.formation;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.groups.SupportGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The front door of group planning: place seekers into existing groups with free seats ({@link
 * GroupPlacement}), form new groups for those left over ({@link GroupFormation}, with the facilitator
 * loads the existing groups already carry), and suggest splits and merges for the existing groups.
 *
 * <pre>{@code
 * GroupPlan p = GroupPlanner.standard().plan(seekers, groups, facilitators, now);
 * }</pre>
 *
 * <p>Complexity: the sum of {@link GroupPlacement#place} and {@link GroupFormation#form}, plus
 * O(g²) for the suggestions on g existing groups. Instances are immutable and thread-safe.
 */
public final class GroupPlanner {
  private final GroupPlacement placement;
  private final GroupFormation formation;

  private GroupPlanner(GroupPlacement placement, GroupFormation formation) {
    this.placement = Objects.requireNonNull(placement, "placement");
    this.formation = Objects.requireNonNull(formation, "formation");
  }

  /**
   * The defaults: {@link GroupPlacement#standard()} and {@link GroupFormation#standard()}.
   *
   * @return the planner
   */
  public static GroupPlanner standard() {
    return of(GroupPlacement.standard(), GroupFormation.standard());
  }

  /**
   * A planner from its parts.
   *
   * @param placement the placement into existing groups
   * @param formation the formation of new groups
   * @return the planner
   * @throws NullPointerException if any argument is null
   */
  public static GroupPlanner of(GroupPlacement placement, GroupFormation formation) {
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(formation, "formation");
    return new GroupPlanner(placement, formation);
  }

  /**
   * Plans groups for a batch of seekers.
   *
   * @param seekers the seekers, unique ids
   * @param groups the existing groups, unique ids (may be empty)
   * @param facilitators the pool for new groups, unique ids
   * @param now the instant
   * @return the plan
   * @throws NullPointerException if any argument is null
   */
  public GroupPlan plan(List<Seeker> seekers, List<SupportGroup> groups, List<Facilitator> facilitators, Instant now) {
    Objects.requireNonNull(seekers, "seekers");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(facilitators, "facilitators");
    Objects.requireNonNull(now, "now");
    Placement placed = placement.place(seekers, groups, now);
    Set<SeekerId> leftover = new HashSet<>();
    for (Unplaced u : placed.unplaced()) {
      if (u.reason() != UnplacedReason.NOT_ELIGIBLE) {
        leftover.add(u.seeker());
      }
    }
    List<Seeker> rest = new ArrayList<>();
    for (Seeker s : seekers) {
      if (leftover.contains(s.id())) {
        rest.add(s);
      }
    }
    Map<FacilitatorId, Integer> load = new HashMap<>();
    for (SupportGroup g : placed.groups()) {
      for (FacilitatorId f : g.facilitators()) {
        load.merge(f, g.size(), Integer::sum);
      }
    }
    Formation formed = formation.form(rest, facilitators, load, now);
    return GroupPlan.builder().placement(placed).formation(formed)
        .adjustments(formation.adjustments(placed.groups(), Map.of())).build();
  }

  /** Returns e.g. {@code GroupPlanner[GroupPlacement[...], GroupFormation[...]]}. */
  @Override
  public String toString() {
    return "GroupPlanner[" + placement + ", " + formation + "]";
  }
}
