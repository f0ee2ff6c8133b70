package io.github.peersupport.programmes;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.escalation.EscalationRule;
import io.github.peersupport.core.escalation.Routing;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.programme.DeliveryModel;
import io.github.peersupport.core.programme.MinorPolicy;
import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.core.programme.ProgrammeSetting;
import io.github.peersupport.core.programme.Readiness;
import io.github.peersupport.core.programme.ReadinessMeasure;
import io.github.peersupport.core.programme.ReadinessRule;
import io.github.peersupport.core.referral.AnchorKind;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.matching.MatchingPolicy;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.matching.RungOrder;
import io.github.peersupport.matching.lifecycle.MatchLifecycle;
import io.github.peersupport.matching.lifecycle.MatchTerm;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A preset {@link Programme} for each programme type the published sources describe: the seven
 * programmes of Joo et al. 2022 (Table 2, programmes A to G) and Presently's facilitated cancer groups.
 * Each preset follows its source where the source says something and marks every other choice as an
 * assumption in its Javadoc; a host changes any part with {@code Programme.builder().from(preset)}.
 * Every preset reads its dates in {@link #DEFAULT_ZONE} (an assumption: the programmes of Joo et al.
 * 2022 and Presently are in the United States); {@link Programme#inZone(ZoneId)} moves one.
 *
 * <p>Sources: Joo JH, Bone L, Forte J, Kirley E, Lynch T, Aboumatar H. The benefits and challenges of
 * established peer support programmes for patients, informal caregivers, and healthcare providers.
 * <i>Fam Pract</i> 2022;39(5):903–912, https://doi.org/10.1093/fampra/cmab004 (Table 2); Presently,
 * facilitated virtual peer support groups for people with cancer, https://mypresently.org/; Institute
 * for Patient- and Family-Centered Care (IPFCC), peer support models and settings, https://www.ipfcc.org/.
 */
public final class Programmes {
  /** The zone every preset reads its dates in (assumption: the sources' programmes are in the US). */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

  private static final Taxonomy CONDITIONS = Taxonomy.standardConditions();
  private static final Language ENGLISH = Language.of("en");

  private Programmes() {}

  /**
   * Every preset by its id, in the order of the sources (A to G, then Presently).
   *
   * @return the presets
   */
  public static Map<String, Programme> all() {
    Map<String, Programme> all = new java.util.LinkedHashMap<>();
    for (Supplier<Programme> preset : List.<Supplier<Programme>>of(Programmes::substanceUseRecovery,
        Programmes::mentalIllnessPeersAndFamilies, Programmes::newMothers, Programmes::parentsOfChildrenWithDisabilities,
        Programmes::transplantAndChronicIllness, Programmes::cancerSurvivorMentoring, Programmes::weightManagementGroups,
        Programmes::facilitatedCancerGroups)) {
      Programme p = preset.get();
      all.put(p.id().value(), p);
    }
    return java.util.Collections.unmodifiableMap(all);
  }

  /**
   * Looks a preset up by its id (e.g. {@code new-mothers}).
   *
   * @param id the preset's id, as in {@link #all()}
   * @return the preset
   * @throws IllegalArgumentException naming the known ids when there is no such preset
   */
  public static Programme byId(String id) {
    Programme p = all().get(id);
    if (p == null) {
      throw new IllegalArgumentException("programme: no preset '" + id + "'; known presets: " + String.join(", ", all().keySet()));
    }
    return p;
  }

  /**
   * Programme A of Joo et al. 2022 (Table 2): substance use recovery, community based; one-to-one peer
   * counselling and support in person, with 12-step meetings (Narcotics Anonymous, Alcoholics
   * Anonymous) available around the clock. Serves people in recovery (patients); one-to-one in person.
   *
   * <p>Readiness: 12 months in recovery ({@code RECOVERY_START} milestone). <i>Assumption:</i> the source
   * gives no number; a year of continuous recovery is a common requirement of recovery mentoring
   * programmes, and a programme sets its own. Minors: not served, and a seeker's age must be known
   * ({@link MinorPolicy#adultsOnly()}; <i>assumption:</i> an adult recovery programme).
   *
   * @return the preset, id {@code substance-use-recovery}
   */
  public static Programme substanceUseRecovery() {
    return start("substance-use-recovery", "Substance use recovery peer counselling", "Joo et al. 2022, Table 2, programme A",
        EnumSet.of(DeliveryModel.ONE_TO_ONE), ProgrammeSetting.COMMUNITY, List.of("substance-use"),
        EnumSet.of(ExperienceRole.PATIENT),
        p -> p.readiness(Readiness.of(ReadinessRule.of(ReadinessMeasure.MONTHS_IN_RECOVERY, 12))).minors(MinorPolicy.adultsOnly()))
        .build();
  }

  /**
   * Programme B of Joo et al. 2022 (Table 2): mental illness, community based, national; peer-to-peer
   * support groups for people with mental illness and for family caregivers, and structured separate
   * courses taught by peers and by family caregivers. Groups follow NAMI Connection: two trained
   * co-facilitators for every group ({@link GroupSizePolicy#nami()}).
   *
   * <p>Readiness ("stable in own recovery"): a peer 12 months in recovery, a family member 12 months
   * since their relative's diagnosis. <i>Assumption:</i> the source names no period; the course the
   * source describes is the supporter's training, which the safety floor already requires.
   *
   * @return the preset, id {@code mental-illness-peers-and-families}
   */
  public static Programme mentalIllnessPeersAndFamilies() {
    return start("mental-illness-peers-and-families", "Mental illness peer and family groups", "Joo et al. 2022, Table 2, programme B",
        EnumSet.of(DeliveryModel.SUPPORT_GROUP), ProgrammeSetting.COMMUNITY, List.of("mental-illness"),
        EnumSet.allOf(ExperienceRole.class),
        p -> p.readiness(Readiness.of(
            ReadinessRule.builder().measure(ReadinessMeasure.MONTHS_IN_RECOVERY).minMonths(12).appliesTo(ExperienceRole.PATIENT).build(),
            ReadinessRule.builder().measure(ReadinessMeasure.MONTHS_SINCE_DIAGNOSIS).minMonths(12)
                .appliesTo(ExperienceRole.CAREGIVER).build())))
        .groupSize(GroupSizePolicy.nami())
        .build();
  }

  /**
   * Programme C of Joo et al. 2022 (Table 2): new mothers, hospital based with community groups;
   * telephone one-to-one support for 12 weeks after delivery, mothers connected with mentors before
   * their discharge from hospital, support groups in the community.
   *
   * <ul>
   *   <li>Match term: 12 weeks counted from the delivery ({@link MatchTerm#fromAnchor}), reviewed at the
   *       end (the source); a request is made before discharge and carries the expected {@code
   *       DISCHARGE} and the {@code DELIVERY} anchors.</li>
   *   <li>Readiness: a mentor 6 months past her own delivery. <i>Assumption:</i> the source says only
   *       that mentors are mothers; 6 months puts her past her own postpartum period (commonly taken as
   *       the 6 weeks after birth) with time to spare.</li>
   *   <li>Escalation: the standard rules, which include the EPDS (Cox, Holden &amp; Sagovsky 1987); an
   *       EPDS of 10–12 and a PHQ-9 of 10–14 go to the maternity unit's nurse with the coordinator
   *       within 72 hours (Joo et al. 2022: signs of depression are referred to nurses or social
   *       workers; <i>assumption:</i> a hospital-based maternity programme refers to its nurses).</li>
   * </ul>
   *
   * @return the preset, id {@code new-mothers}
   */
  public static Programme newMothers() {
    Routing nurse = Routing.of(EnumSet.of(CareRole.NURSE, CareRole.COORDINATOR), Duration.ofHours(72));
    return start("new-mothers", "New mothers' telephone mentoring", "Joo et al. 2022, Table 2, programme C",
        EnumSet.of(DeliveryModel.ONE_TO_ONE, DeliveryModel.SUPPORT_GROUP, DeliveryModel.COMBINED),
        ProgrammeSetting.NATIONAL_PARTNERSHIP, List.of("new-mothers"), EnumSet.of(ExperienceRole.PATIENT),
        p -> p.readiness(Readiness.of(ReadinessRule.of(ReadinessMeasure.MONTHS_SINCE_DELIVERY, 6))))
        .lifecycle(MatchLifecycle.builder().term(MatchTerm.fromAnchor(AnchorKind.DELIVERY, Duration.ofDays(84))).build())
        .escalation(routed(EscalationPolicy.standard(), nurse, EscalationPolicy.EPDS_POSSIBLE_DEPRESSION,
            EscalationPolicy.PHQ9_MODERATE))
        .build();
  }

  /**
   * Programme D of Joo et al. 2022 (Table 2): children with disability, community based and connected to
   * hospitals, national; one-to-one telephone support to parents of children with disabilities from a
   * trained volunteer Support Parent (Parent to Parent USA, https://www.p2pusa.org/). Serves caregivers
   * (parents) only.
   *
   * <p>Readiness: 12 months since the supporter's own child was diagnosed. <i>Assumption:</i> Parent to
   * Parent USA says a parent is ready when they can listen to another family's story without reliving
   * their own, not after a set time; the programme sets the period. Caregivers are matched with the
   * same relationship where one is available (the standard {@code RELATIONSHIP} criterion).
   *
   * @return the preset, id {@code parents-of-children-with-disabilities}
   */
  public static Programme parentsOfChildrenWithDisabilities() {
    return start("parents-of-children-with-disabilities", "Parent to parent support", "Joo et al. 2022, Table 2, programme D",
        EnumSet.of(DeliveryModel.ONE_TO_ONE), ProgrammeSetting.COMMUNITY, List.of("child-disability"),
        EnumSet.of(ExperienceRole.CAREGIVER),
        p -> p.readiness(Readiness.of(ReadinessRule.of(ReadinessMeasure.MONTHS_SINCE_CHILD_DIAGNOSIS, 12))))
        .build();
  }

  /**
   * Programme E of Joo et al. 2022 (Table 2): heart, liver and lung transplant, breast, uterine and
   * ovarian cancer, cystic fibrosis; hospital based, regional; one-to-one peer support by telephone or
   * in person for patients and caregivers, with trained mentors who had a similar condition; for rare
   * conditions the programme matches on issues.
   *
   * <ul>
   *   <li>Ranking: issue-sharing supporters ahead of distant condition matches ({@link
   *       RungOrder#ISSUES_BEFORE_BROADER}), one shared issue enough (the source's example: a man worried
   *       about transplant rejection matched with a woman who had been through rejection).</li>
   *   <li>Readiness: 12 months since diagnosis. <i>Assumption:</i> the source gives no period; the same
   *       year as Cancer Hope Network, counted from diagnosis because transplant, cancer and cystic
   *       fibrosis supporters do not share an end of treatment.</li>
   *   <li>Minors: adolescents from 12 (cystic fibrosis is diagnosed in childhood), with a guardian's
   *       permission and their own assent, and their age must be known (45 CFR 46.408; <i>assumption:</i>
   *       the ages).</li>
   * </ul>
   *
   * @return the preset, id {@code transplant-and-chronic-illness}
   */
  public static Programme transplantAndChronicIllness() {
    return start("transplant-and-chronic-illness", "Transplant, cancer and cystic fibrosis mentoring", "Joo et al. 2022, Table 2, programme E",
        EnumSet.of(DeliveryModel.ONE_TO_ONE), ProgrammeSetting.HOSPITAL_WIDE,
        List.of("heart-transplant", "liver-transplant", "lung-transplant", "breast-cancer", "ovarian-cancer", "cystic-fibrosis"),
        EnumSet.allOf(ExperienceRole.class),
        p -> p.rungOrder(RungOrder.ISSUES_BEFORE_BROADER).minSharedIssues(1)
            .readiness(Readiness.of(ReadinessRule.of(ReadinessMeasure.MONTHS_SINCE_DIAGNOSIS, 12)))
            .minors(MinorPolicy.builder().minimumYears(12).assentFromYears(12).ageRequired(true).build()))
        .build();
  }

  /**
   * Programme F of Joo et al. 2022 (Table 2): cancer, hospital based, local; one-to-one peer support by
   * cancer survivors to newly diagnosed patients by telephone, and family caregiver groups. Supporters
   * are 12 months past treatment or on maintenance therapy (Cancer Hope Network,
   * https://www.cancerhopenetwork.org/).
   *
   * @return the preset, id {@code cancer-survivor-mentoring}
   */
  public static Programme cancerSurvivorMentoring() {
    return start("cancer-survivor-mentoring", "Cancer survivor telephone mentoring", "Joo et al. 2022, Table 2, programme F",
        EnumSet.of(DeliveryModel.ONE_TO_ONE, DeliveryModel.SUPPORT_GROUP), ProgrammeSetting.UNIT_OR_CLINIC, List.of("cancer"),
        EnumSet.allOf(ExperienceRole.class), p -> p.readiness(Readiness.standard()))
        .build();
  }

  /**
   * Programme G of Joo et al. 2022 (Table 2): overweight and obesity, community based, national; peer
   * group support through meetings and activities, and a weight loss mentor.
   *
   * <p>Readiness: no time rule ({@link Readiness#none()}): the source defines none, and a mentor is any
   * trained, certified member (<i>assumption:</i> the programme may add one).
   *
   * @return the preset, id {@code weight-management-groups}
   */
  public static Programme weightManagementGroups() {
    return start("weight-management-groups", "Weight management peer groups", "Joo et al. 2022, Table 2, programme G",
        EnumSet.of(DeliveryModel.SUPPORT_GROUP, DeliveryModel.COMBINED), ProgrammeSetting.COMMUNITY, List.of("overweight"),
        EnumSet.of(ExperienceRole.PATIENT), p -> p.readiness(Readiness.none()))
        .build();
  }

  /**
   * Presently's facilitated cancer groups (https://mypresently.org/): live virtual peer support groups
   * for people during and after cancer treatment, at most 12 members so that everyone has time to
   * share, led by facilitators who are vetted, trained and paid.
   *
   * <p>Readiness of a one-to-one supporter, should the programme add one: {@link Readiness#standard()}
   * (Cancer Hope Network); facilitators are admitted by the groups' facilitator eligibility (vetted,
   * trained, certified). Minors: not served (<i>assumption:</i> Presently serves adults).
   *
   * @return the preset, id {@code facilitated-cancer-groups}
   */
  public static Programme facilitatedCancerGroups() {
    return start("facilitated-cancer-groups", "Facilitated virtual cancer groups", "Presently",
        EnumSet.of(DeliveryModel.SUPPORT_GROUP, DeliveryModel.VIRTUAL), ProgrammeSetting.COMMUNITY, List.of("cancer"),
        EnumSet.of(ExperienceRole.PATIENT), p -> p.readiness(Readiness.standard()).minors(MinorPolicy.adultsOnly()))
        .groupSize(GroupSizePolicy.builder().maxMembers(12).build())
        .build();
  }

  private static Programme.Builder start(String id, String name, String basis, Set<DeliveryModel> models,
      ProgrammeSetting setting, List<String> conditions, Set<ExperienceRole> roles,
      UnaryOperator<MatchingPolicy.Builder> matching) {
    List<Code> codes = new ArrayList<>();
    for (String c : conditions) {
      codes.add(CONDITIONS.code(c));
    }
    ProgrammeProfile profile = ProgrammeProfile.builder()
        .id(ProgrammeId.of(id))
        .name(name)
        .deliveryModels(models)
        .setting(setting)
        .conditionsServed(codes)
        .rolesServed(roles)
        .addLanguages(ENGLISH)
        .zone(DEFAULT_ZONE)
        .build();
    PeerMatcher matcher = PeerMatcher.builder()
        .policy(matching.apply(MatchingPolicy.builder().zone(DEFAULT_ZONE)).build())
        .build();
    return Programme.builder().profile(profile).basis(basis).matcher(matcher);
  }

  /** The policy with each named rule routed to the given roles and deadline. */
  private static EscalationPolicy routed(EscalationPolicy policy, Routing routing, RuleId... rules) {
    EscalationPolicy routedPolicy = policy;
    for (RuleId id : rules) {
      EscalationRule rule = routedPolicy.rule(id).orElseThrow();
      routedPolicy = routedPolicy.withRule(rule.routedTo(routing));
    }
    return routedPolicy;
  }
}
