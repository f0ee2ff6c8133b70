package io.github.peersupport.json.testing;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.groups.GroupCatalogue;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.Waitlist;
import io.github.peersupport.groups.formation.Formation;
import io.github.peersupport.groups.formation.FormationPolicy;
import io.github.peersupport.groups.formation.GroupFormation;
import io.github.peersupport.groups.formation.GroupPlacement;
import io.github.peersupport.groups.formation.GroupPlan;
import io.github.peersupport.groups.formation.GroupPlanner;
import io.github.peersupport.groups.formation.Placement;
import io.github.peersupport.groups.formation.PlacementPolicy;
import io.github.peersupport.groups.session.Agenda;
import io.github.peersupport.groups.session.AgendaResult;
import io.github.peersupport.groups.session.AgendaPlanner;
import io.github.peersupport.groups.session.GroundRules;
import io.github.peersupport.groups.session.SessionFormat;
import io.github.peersupport.groups.session.SessionPolicy;
import io.github.peersupport.groups.session.SessionRecord;
import io.github.peersupport.groups.testing.GroupsGen;
import io.github.peersupport.groups.testing.GroupsValueGen;
import io.github.peersupport.groups.testing.SessionGen;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The example generators of the peer-groups top-level document types, for {@link Examples}: values
 * of peer-groups' seeded generators ({@code GroupsGen}, {@code SessionGen}, {@code GroupsValueGen})
 * and the results of its algorithms on them (placement, formation, planning, agendas).
 */
final class GroupsExamples {
  private static final Map<Class<?>, Function<SplittableRandom, ?>> GENERATORS = Map.ofEntries(
      Map.entry(SupportGroup.class, r -> GroupsGen.group(r, GroupId.of("g-1"), 3)),
      Map.entry(GroupSizePolicy.class, GroupsGen::sizePolicy),
      Map.entry(GroupCatalogue.class, GroupsValueGen::catalogue),
      Map.entry(Waitlist.class, r -> GroupsValueGen.waitlist(r, GroupId.of("g-1"))),
      Map.entry(FormationPolicy.class, GroupsValueGen::formationPolicy),
      Map.entry(PlacementPolicy.class, GroupsValueGen::placementPolicy),
      Map.entry(Placement.class, GroupsExamples::placement),
      Map.entry(Formation.class, GroupsExamples::formation),
      Map.entry(GroupPlan.class, GroupsExamples::plan),
      Map.entry(SessionFormat.class, SessionGen::format),
      Map.entry(SessionPolicy.class, SessionGen::policy),
      Map.entry(Agenda.class, GroupsExamples::agenda),
      Map.entry(GroundRules.class, GroupsValueGen::groundRules),
      Map.entry(SessionRecord.class, r -> SessionGen.record(r, GroupId.of("g-1"), r.nextInt(1, 13), CoreGen.instant(r))));

  private GroupsExamples() {}

  /**
   * Returns the example generator of a peer-groups document type.
   *
   * @param type the type
   * @return the generator, or null when the type is not a peer-groups document type
   */
  static @Nullable Function<SplittableRandom, ?> generator(Class<?> type) {
    return GENERATORS.get(type);
  }

  private static Placement placement(SplittableRandom r) {
    List<SupportGroup> groups = GroupsGen.groups(r, r.nextInt(1, 4), 3);
    List<Seeker> seekers = GroupsGen.seekers(r, r.nextInt(1, 8));
    return GroupPlacement.standard().place(seekers, groups, GroupsGen.NOW);
  }

  private static Formation formation(SplittableRandom r) {
    List<Seeker> seekers = GroupsGen.seekers(r, r.nextInt(4, 16));
    List<Facilitator> facilitators = GroupsGen.facilitators(r, r.nextInt(1, 4));
    return GroupFormation.standard().form(seekers, facilitators, GroupsGen.NOW);
  }

  private static GroupPlan plan(SplittableRandom r) {
    List<SupportGroup> groups = GroupsGen.groups(r, r.nextInt(0, 3), 3);
    List<Seeker> seekers = GroupsGen.seekers(r, r.nextInt(1, 10));
    List<Facilitator> facilitators = GroupsGen.facilitators(r, 3);
    return GroupPlanner.standard().plan(seekers, groups, facilitators, GroupsGen.NOW);
  }

  private static Agenda agenda(SplittableRandom r) {
    AgendaResult result = AgendaPlanner.build(SessionGen.format(r), SessionGen.policy(r), SessionGen.attending(r), r.nextBoolean());
    if (result.succeeded()) {
      return result.agendaOrThrow();
    }
    return AgendaPlanner.build(SessionFormat.curriculum(), SessionPolicy.standard(), r.nextInt(1, 9), r.nextBoolean()).agendaOrThrow();
  }
}
