package io.github.peersupport.groups.testing;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.groups.CatalogueEntry;
import io.github.peersupport.groups.FacilitatorEligibility;
import io.github.peersupport.groups.GroupAdmission;
import io.github.peersupport.groups.GroupCatalogue;
import io.github.peersupport.groups.GroupModality;
import io.github.peersupport.groups.Openness;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.Vetting;
import io.github.peersupport.groups.VettingStatus;
import io.github.peersupport.groups.Waitlist;
import io.github.peersupport.groups.formation.FormationPolicy;
import io.github.peersupport.groups.formation.PlacementPolicy;
import io.github.peersupport.groups.session.Acknowledgement;
import io.github.peersupport.groups.session.GroundRule;
import io.github.peersupport.groups.session.GroundRules;
import io.github.peersupport.groups.session.SessionSignals;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of the peer-groups values {@link GroupsGen} and {@link SessionGen} do not make:
 * vetting records and catalogues, waitlists, admission, eligibility, formation and placement
 * policies, ground rules, acknowledgements and session-signal settings. Each one returns the
 * standard value now and then and otherwise a random valid one. Every method is a pure function of
 * the random stream it is given.
 */
public final class GroupsValueGen {
  private static final String[] ZONES = {"UTC", "America/New_York", "Europe/London", "Australia/Sydney"};
  private static final String[] LANGS = {"en", "es", "fr", "zh-hant"};

  private GroupsValueGen() {}

  /**
   * A vetting record: pending, rejected, or vetted by a reviewer with a review due 1 to 400 days later.
   *
   * @param r the random stream
   * @return the vetting
   */
  public static Vetting vetting(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return Vetting.pending();
      case 1:
        Vetting.Builder b = Vetting.builder();
        b.status(VettingStatus.REJECTED);
        if (r.nextBoolean()) {
          b.reviewer(CoreGen.idText(r)).vettedAt(CoreGen.instant(r));
        }
        return b.build();
      default:
        Instant at = CoreGen.instant(r);
        return Vetting.vetted(CoreGen.idText(r), at, at.plus(Duration.ofDays(r.nextInt(1, 401))));
    }
  }

  /**
   * A catalogue of 0 to 5 generated groups {@code g-0 ...}, each with a generated vetting.
   *
   * @param r the random stream
   * @return the catalogue
   */
  public static GroupCatalogue catalogue(SplittableRandom r) {
    GroupCatalogue.Builder b = GroupCatalogue.builder();
    for (SupportGroup g : GroupsGen.groups(r, r.nextInt(0, 6), 3)) {
      b.addEntries(CatalogueEntry.of(g, vetting(r)));
    }
    return b.build();
  }

  /**
   * A waitlist of a group with 0 to 8 distinct seekers {@code s-k}, requests a few hours apart
   * (sometimes at the same instant).
   *
   * @param r the random stream
   * @param group the group
   * @return the waitlist
   */
  public static Waitlist waitlist(SplittableRandom r, GroupId group) {
    Waitlist w = Waitlist.empty(group);
    Instant t = CoreGen.instant(r);
    for (int i = r.nextInt(0, 9); i > 0; i--) {
      SeekerId s = SeekerId.of("s-" + r.nextInt(40));
      if (w.position(s).isEmpty()) {
        w = w.add(s, t);
      }
      t = t.plus(Duration.ofMinutes(r.nextInt(0, 3) * 90L));
    }
    return w;
  }

  /**
   * Admission rules: the standard ones, or a random set of required consent scopes.
   *
   * @param r the random stream
   * @return the admission rules
   */
  public static GroupAdmission admission(SplittableRandom r) {
    if (r.nextInt(3) == 0) {
      return GroupAdmission.standard();
    }
    return GroupAdmission.builder().requiredConsent(CoreGen.someOf(r, List.of(ConsentScope.values()), 3)).build();
  }

  /**
   * Facilitator eligibility: the standard one, or random courses, certification kind and condition
   * training.
   *
   * @param r the random stream
   * @return the eligibility
   */
  public static FacilitatorEligibility eligibility(SplittableRandom r) {
    if (r.nextInt(3) == 0) {
      return FacilitatorEligibility.standard();
    }
    FacilitatorEligibility.Builder b = FacilitatorEligibility.builder();
    for (int i = r.nextInt(0, 3); i > 0; i--) {
      b.addRequiredCourses(CoreGen.tag(r));
    }
    if (r.nextBoolean()) {
      b.certificationKind(CoreGen.tag(r));
    }
    return b.conditionTraining(r.nextBoolean()).build();
  }

  /**
   * A formation policy: the standard one, or random size policy, admission, eligibility, depth,
   * mixing, modalities, slots, zone, language, openness and id prefix.
   *
   * @param r the random stream
   * @return the policy
   */
  public static FormationPolicy formationPolicy(SplittableRandom r) {
    if (r.nextInt(4) == 0) {
      return FormationPolicy.standard();
    }
    FormationPolicy.Builder b = FormationPolicy.builder();
    b.sizePolicy(GroupsGen.sizePolicy(r)).admission(admission(r)).eligibility(eligibility(r)).focusDepth(r.nextInt(0, 11))
        .mixAudiences(r.nextBoolean()).mixedFallback(r.nextBoolean());
    List<GroupModality> modalities = CoreGen.someOf(r, List.of(GroupModality.values()), 4);
    b.modalities(modalities.isEmpty() ? List.of(CoreGen.oneOf(r, GroupModality.values())) : modalities);
    for (int i = r.nextInt(0, 4); i > 0; i--) {
      b.addSlots(GroupsGen.slot(r));
    }
    b.zone(ZoneId.of(CoreGen.oneOf(r, ZONES))).defaultLanguage(Language.of(CoreGen.oneOf(r, LANGS)));
    if (r.nextBoolean()) {
      b.openness(Openness.OPEN);
    } else {
      b.seriesWeeks(r.nextInt(1, 105));
      if (r.nextBoolean()) {
        b.seriesStart(CoreGen.TODAY.plusDays(r.nextInt(0, 60)));
      }
    }
    return b.idPrefix("p" + r.nextInt(1000)).build();
  }

  /**
   * A placement policy: the standard one, or random weights, rounds and facilitator caps.
   *
   * @param r the random stream
   * @return the policy
   */
  public static PlacementPolicy placementPolicy(SplittableRandom r) {
    if (r.nextInt(4) == 0) {
      return PlacementPolicy.standard();
    }
    PlacementPolicy.Builder b = PlacementPolicy.builder();
    b.admission(admission(r)).base(r.nextInt(1, 1001)).conditionMatch(r.nextInt(0, 1001)).exactCondition(r.nextInt(0, 1001))
        .fullSlot(r.nextInt(0, 1001)).partialSlot(r.nextInt(0, 1001)).unknownSchedule(r.nextInt(0, 1001))
        .exactLanguage(r.nextInt(0, 1001)).statedModality(r.nextInt(0, 1001)).scheduleRequired(r.nextBoolean())
        .maxRounds(r.nextInt(1, 11));
    for (int i = r.nextInt(0, 4); i > 0; i--) {
      b.putFacilitatorCaps(FacilitatorId.of("f-" + i), r.nextInt(0, 40));
    }
    return b.build();
  }

  /**
   * Ground rules: the standard comfort agreement, or 1 to 6 random rules under a random tag and version.
   *
   * @param r the random stream
   * @return the ground rules
   */
  public static GroundRules groundRules(SplittableRandom r) {
    if (r.nextInt(3) == 0) {
      return GroundRules.standard();
    }
    GroundRules.Builder b = GroundRules.builder();
    b.id(CoreGen.tag(r)).version(r.nextInt(1, 20));
    List<GroundRule> rules = new ArrayList<>();
    for (int i = r.nextInt(1, 7); i > 0; i--) {
      rules.add(GroundRule.of(RuleId.of("ground-rule.r" + i), "Rule " + i + ": " + CoreGen.idText(r)));
    }
    return b.rules(rules).build();
  }

  /**
   * A member's acknowledgement of ground rules.
   *
   * @param r the random stream
   * @return the acknowledgement
   */
  public static Acknowledgement acknowledgement(SplittableRandom r) {
    return groundRules(r).acknowledgedBy(CoreGen.seekerId(r), CoreGen.instant(r));
  }

  /**
   * Session-signal settings: the standard ones, or a random dominance multiple and minimum.
   *
   * @param r the random stream
   * @return the settings
   */
  public static SessionSignals sessionSignals(SplittableRandom r) {
    if (r.nextInt(3) == 0) {
      return SessionSignals.standard();
    }
    return SessionSignals.builder().dominanceMultiple(1.0 + r.nextInt(1, 37) / 4.0).minimumMembers(r.nextInt(2, 1001)).build();
  }
}
