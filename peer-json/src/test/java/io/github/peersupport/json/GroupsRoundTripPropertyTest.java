package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.groups.Admission;
import io.github.peersupport.groups.CatalogueEntry;
import io.github.peersupport.groups.CatalogueLookup;
import io.github.peersupport.groups.FacilitatorEligibility;
import io.github.peersupport.groups.GroupAdmission;
import io.github.peersupport.groups.GroupCatalogue;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.PassedOver;
import io.github.peersupport.groups.Promotion;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.Vetting;
import io.github.peersupport.groups.Waitlist;
import io.github.peersupport.groups.WaitlistEntry;
import io.github.peersupport.groups.attendance.Attendance;
import io.github.peersupport.groups.attendance.AttendanceSummary;
import io.github.peersupport.groups.formation.Adjustment;
import io.github.peersupport.groups.formation.AdjustmentKind;
import io.github.peersupport.groups.formation.FacilitatorPlan;
import io.github.peersupport.groups.formation.Formation;
import io.github.peersupport.groups.formation.FormationPolicy;
import io.github.peersupport.groups.formation.GroupPlan;
import io.github.peersupport.groups.formation.GroupPlanner;
import io.github.peersupport.groups.formation.Placement;
import io.github.peersupport.groups.formation.PlacementAssignment;
import io.github.peersupport.groups.formation.PlacementPolicy;
import io.github.peersupport.groups.formation.Unplaced;
import io.github.peersupport.groups.formation.UnplacedReason;
import io.github.peersupport.groups.session.Acknowledgement;
import io.github.peersupport.groups.session.Agenda;
import io.github.peersupport.groups.session.AgendaRefusal;
import io.github.peersupport.groups.session.AgendaResult;
import io.github.peersupport.groups.session.AgendaSegment;
import io.github.peersupport.groups.session.AgendaPlanner;
import io.github.peersupport.groups.session.FacilitatorFlag;
import io.github.peersupport.groups.session.FlagKind;
import io.github.peersupport.groups.session.GroundRule;
import io.github.peersupport.groups.session.GroundRules;
import io.github.peersupport.groups.session.SegmentTemplate;
import io.github.peersupport.groups.session.SessionFormat;
import io.github.peersupport.groups.session.SessionPolicy;
import io.github.peersupport.groups.session.SessionRecord;
import io.github.peersupport.groups.session.SessionSignals;
import io.github.peersupport.groups.testing.GroupsGen;
import io.github.peersupport.groups.testing.GroupsValueGen;
import io.github.peersupport.groups.testing.SessionGen;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public value type of peer-groups, generated from peer-groups' seeded generators ({@code
 * GroupsGen}, {@code SessionGen}, {@code GroupsValueGen}) and from running its algorithms on them
 * (admission, promotion, catalogue look-up, planning, agendas, attendance), survives write → read
 * equal, and writing is stable: the same value twice, and the value read back, give the same bytes.
 * Outputs that occur only now and then (a passed-over seeker, an agenda refusal, an adjustment) are
 * also built directly each case. After all seeds, every mapped peer-groups type must have been
 * checked at least 10,000 times. ({@code RoundTripPropertyTest} does the same for peer-core and
 * peer-matching.)
 */
class GroupsRoundTripPropertyTest {
  /** The package prefix of the types this class covers. */
  static final String GROUPS_PACKAGE = "io.github.peersupport.groups";

  private static final int CASES = 1_000;
  private static final int MIN_PER_TYPE = 10_000;
  private static final RoundTrips ROUND_TRIPS = new RoundTrips();
  private static final GroupPlanner PLANNER = GroupPlanner.standard();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void write_groupsAdmissionAndCatalogue_readsBackEqualWithSameBytes(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      SupportGroup group = GroupsGen.group(r, GroupId.of("g-" + r.nextInt(5)), r.nextInt(0, 4));
      check(group, SupportGroup.class);
      check(group.sizePolicy(), GroupSizePolicy.class);
      check(GroupsGen.sizePolicy(r), GroupSizePolicy.class);
      Waitlist waitlist = GroupsValueGen.waitlist(r, group.id());
      check(waitlist, Waitlist.class);
      waitlist.entries().forEach(e -> check(e, WaitlistEntry.class));
      check(WaitlistEntry.of(CoreGen.seekerId(r), CoreGen.instant(r)), WaitlistEntry.class);
      GroupAdmission rules = GroupsValueGen.admission(r);
      check(rules, GroupAdmission.class);
      Seeker seeker = GroupsGen.seeker(r, SeekerId.of("s-" + r.nextInt(40)));
      Admission admission = rules.admit(group, waitlist, seeker, GroupsGen.NOW);
      check(admission, Admission.class);
      Map<SeekerId, Seeker> seekers = new LinkedHashMap<>();
      for (WaitlistEntry e : admission.waitlist().entries()) {
        if (r.nextInt(4) > 0) {
          seekers.put(e.seeker(), GroupsGen.seeker(r, e.seeker()));
        }
      }
      SupportGroup emptier = SupportGroup.builder().from(admission.group())
          .members(admission.group().members().subList(0, r.nextInt(admission.group().size() + 1))).build();
      Promotion promotion = rules.promote(emptier, admission.waitlist(), seekers, GroupsGen.NOW.plus(Duration.ofHours(1)));
      check(promotion, Promotion.class);
      promotion.passedOver().forEach(p -> check(p, PassedOver.class));
      check(PassedOver.of(CoreGen.seekerId(r), RuleId.of("rule." + CoreGen.tag(r).value())), PassedOver.class);
      check(GroupsValueGen.eligibility(r), FacilitatorEligibility.class);
      check(GroupsValueGen.vetting(r), Vetting.class);
      GroupCatalogue catalogue = GroupsValueGen.catalogue(r);
      check(catalogue, GroupCatalogue.class);
      catalogue.entries().forEach(e -> check(e, CatalogueEntry.class));
      check(CatalogueEntry.of(group, GroupsValueGen.vetting(r)), CatalogueEntry.class);
      check(catalogue.resolve(GroupId.of("g-" + r.nextInt(7)), CoreGen.instant(r)), CatalogueLookup.class);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void write_formationAndPlacement_readsBackEqualWithSameBytes(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      check(GroupsValueGen.formationPolicy(r), FormationPolicy.class);
      check(GroupsValueGen.placementPolicy(r), PlacementPolicy.class);
      int facilitators = r.nextInt(1, 5);
      List<SupportGroup> groups = GroupsGen.groups(r, r.nextInt(0, 4), facilitators);
      List<Seeker> seekers = GroupsGen.seekers(r, r.nextInt(0, 16));
      List<Facilitator> pool = GroupsGen.facilitators(r, facilitators);
      GroupPlan plan = PLANNER.plan(seekers, groups, pool, GroupsGen.NOW);
      check(plan, GroupPlan.class);
      Placement placement = plan.placement();
      check(placement, Placement.class);
      placement.assignments().forEach(a -> check(a, PlacementAssignment.class));
      placement.unplaced().forEach(u -> check(u, Unplaced.class));
      Formation formation = plan.formation();
      check(formation, Formation.class);
      formation.facilitatorPlans().forEach(p -> check(p, FacilitatorPlan.class));
      formation.unplaced().forEach(u -> check(u, Unplaced.class));
      plan.adjustments().forEach(a -> check(a, Adjustment.class));
      // outputs that a small instance does not always produce
      check(PlacementAssignment.of(CoreGen.seekerId(r), CoreGen.groupId(r), r.nextInt(0, 5000)), PlacementAssignment.class);
      check(r.nextBoolean() ? Unplaced.of(CoreGen.seekerId(r), CoreGen.oneOf(r, UnplacedReason.values()))
          : Unplaced.of(CoreGen.seekerId(r), CoreGen.oneOf(r, UnplacedReason.values()),
              Optional.of(RuleId.of("rule." + CoreGen.tag(r).value()))), Unplaced.class);
      check(FacilitatorPlan.builder().group(CoreGen.groupId(r)).needed(r.nextInt(0, 4))
          .assigned(CoreGen.someOf(r, List.of(CoreGen.facilitatorId(r), CoreGen.facilitatorId(r)), 2)).build(), FacilitatorPlan.class);
      check(Adjustment.builder().kind(CoreGen.oneOf(r, AdjustmentKind.values()))
          .groups(List.of(CoreGen.groupId(r), CoreGen.groupId(r))).sizes(List.of(r.nextInt(0, 20), r.nextInt(0, 20))).build(),
          Adjustment.class);
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void write_sessionsAndAttendance_readsBackEqualWithSameBytes(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      SessionFormat format = SessionGen.format(r);
      check(format, SessionFormat.class);
      format.segments().forEach(t -> check(t, SegmentTemplate.class));
      SessionPolicy policy = SessionGen.policy(r);
      check(policy, SessionPolicy.class);
      agenda(AgendaPlanner.build(format, policy, SessionGen.attending(r), r.nextBoolean()));
      // one agenda that fits and one that cannot: every case writes both kinds of result
      agenda(AgendaPlanner.build(SessionFormat.curriculum(), SessionPolicy.standard(), r.nextInt(1, 9), r.nextBoolean()));
      SessionPolicy twoMinuteTurns = SessionPolicy.builder().from(policy).minimumTurn(Duration.ofMinutes(2)).build();
      agenda(AgendaPlanner.build(SessionFormat.curriculum(), twoMinuteTurns, AgendaPlanner.MAX_ATTENDING - r.nextInt(100), r.nextBoolean()));
      GroundRules groundRules = GroupsValueGen.groundRules(r);
      check(groundRules, GroundRules.class);
      groundRules.rules().forEach(g -> check(g, GroundRule.class));
      check(GroupsValueGen.acknowledgement(r), Acknowledgement.class);
      SessionSignals signals = GroupsValueGen.sessionSignals(r);
      check(signals, SessionSignals.class);
      GroupId group = CoreGen.groupId(r);
      SessionRecord record = SessionGen.record(r, group, r.nextInt(1, 60), CoreGen.instant(r));
      check(record, SessionRecord.class);
      record.flags().forEach(f -> check(f, FacilitatorFlag.class));
      List<SessionRecord> series = SessionGen.series(r, group);
      series.forEach(s -> check(s, SessionRecord.class));
      Attendance.summarise(series).forEach(s -> check(s, AttendanceSummary.class));
      FlagKind kind = CoreGen.oneOf(r, FlagKind.values());
      check(kind.memberRequired() ? FacilitatorFlag.about(kind, CoreGen.seekerId(r)) : FacilitatorFlag.aboutGroup(kind),
          FacilitatorFlag.class);
    });
  }

  private static void agenda(AgendaResult result) {
    check(result, AgendaResult.class);
    result.agenda().ifPresent(a -> {
      check(a, Agenda.class);
      a.segments().forEach(s -> check(s, AgendaSegment.class));
    });
    result.refusal().ifPresent(x -> check(x, AgendaRefusal.class));
  }

  @AfterAll
  static void everyMappedGroupsType_checkedAtLeastTenThousandTimes() throws Exception {
    Map<String, Long> counts = ROUND_TRIPS.assertEachCheckedAtLeast(name -> name.startsWith(GROUPS_PACKAGE), MIN_PER_TYPE);
    if (!counts.isEmpty()) {
      assertThat(counts.keySet()).containsAll(CompiledValueTypes.of(SupportGroup.class));
    }
  }

  private static <T> void check(T value, Class<? extends T> type) {
    ROUND_TRIPS.check(value, type);
  }
}
