/**
 * Programme simulations for researchers and for the demo: a {@link io.github.peersupport.sim.Scenario}
 * (programme policies, a synthetic {@link io.github.peersupport.sim.Cohort}, a horizon in weeks) runs
 * over simulated days and weeks through the library's public API; a {@link
 * io.github.peersupport.sim.Run} holds its {@link io.github.peersupport.sim.Metrics} and weekly series;
 * a {@link io.github.peersupport.sim.Sweep} runs many seeds over a parameter grid in parallel;
 * {@link io.github.peersupport.sim.Report}, {@link io.github.peersupport.sim.Csv} and {@link
 * io.github.peersupport.sim.Charts} write text, CSV and PNG.
 *
 * <p>A JShell session ({@code bin/peer-shell} loads {@code sample = Scenario.standard()} and the
 * imports; {@code ReadmeSessionTest} runs exactly this):
 *
 * <pre>{@code
 * var scenario = sample.withHorizonWeeks(26);
 * var run = scenario.run(42);
 * System.out.println(run.metrics());
 * var sweep = Sweep.of(scenario).
 *     vary("supporters", List.of(120, 180, 240), (s, n) -> s.withCohort(s.cohort().withSupporters(n))).
 *     seeds(6).run();
 * System.out.println(sweep);
 * Charts.sweepEffect(sweep, "supporters", Metric.MATCH_RATE, Path.of("target/sweep-supporters.png"));
 * }</pre>
 *
 * <h2>Standard groups</h2>
 *
 * <p>{@link io.github.peersupport.sim.Scenario#programmeGroups()} builds the {@link
 * io.github.peersupport.sim.Scenario#groups()} standard groups so: group {@code g} (from 1) has id {@code
 * g-<g>}; the facilitators {@code fac-<g>} (the lead) and {@code fac-<g>-2} … as many as a full group
 * needs under {@link io.github.peersupport.sim.Scenario#groupSize()}; the condition {@link
 * io.github.peersupport.sim.Scenario#groupFocus()} names for it, if any (else mixed); patients and
 * caregivers together; open membership (members join while it runs, each for their own series of
 * {@link io.github.peersupport.sim.Scenario#seriesSessions()}); the cohort's most weighted language;
 * video, in person and phone in turn ({@code g-1}, {@code g-2}, {@code g-3}, …); 90 minutes (NAMI
 * Connection, CancerChatCanada) from 18:00 UTC, the evenings seekers state availability for ({@link
 * io.github.peersupport.sim.Cohort}), on Monday to Friday in turn. {@link
 * io.github.peersupport.sim.Scenario#extraGroups()} adds groups described in full, e.g. a Spanish-language
 * group on Saturday mornings:
 *
 * <pre>{@code
 * SupportGroup spanish = SupportGroup.builder().id(GroupId.of("es-1")).addLanguages(Language.of("es"))
 *     .slot(TimeWindow.of(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(11, 30)))
 *     .addFacilitators(FacilitatorId.of("fac-es-1")).build();
 * Scenario withSpanish = Scenario.standard().withExtraGroups(List.of(spanish));
 * }</pre>
 *
 * <h2>Programmes</h2>
 *
 * <p>{@link io.github.peersupport.sim.Scenario#of(io.github.peersupport.programmes.Programme)} runs any
 * programme of peer-programmes, e.g. each preset of {@link io.github.peersupport.programmes.Programmes}
 * ({@code bin/peer-demo --programme new-mothers}). The scenario takes from the programme its name (the
 * programme's id), matcher, match lifecycle, follow-up timers, escalation policy, group size rules and
 * placement rules; the rest is the standard scenario's (behaviour, 52 weeks, ranked offers, series of
 * 12 sessions). Delivery:
 *
 * <ul>
 *   <li><b>One-to-one referrals</b> when the programme offers {@code ONE_TO_ONE} or {@code COMBINED} (a
 *       group member paired with a peer further along, IPFCC), or offers neither groups nor one-to-one
 *       ({@code VIRTUAL} alone: online matches). A programme without them is group-only: every referred
 *       seeker asks for a group and none for a match ({@link
 *       io.github.peersupport.sim.Behaviour#oneToOneShare()} 0), so its run has no one-to-one referrals
 *       ({@link io.github.peersupport.sim.Metrics#seekers()} 0), its seekers are counted by the group
 *       metrics, and seated members are screened as matched seekers are.
 *   <li><b>Groups</b> when it offers {@code SUPPORT_GROUP} or {@code COMBINED}; none otherwise, and then
 *       nobody asks for one. When its groups come first (groups without {@code ONE_TO_ONE}: group-only
 *       or combined) every referred seeker asks for a group, otherwise the standard 30% do.
 *       Assumption: as many groups as seat the seekers expected to join over one series (new members a
 *       week × series length ÷ member cap, rounded up, 1 to 40); a programme offering {@code VIRTUAL}
 *       runs them all by video.
 * </ul>
 *
 * <p>The cohort is derived from the programme's profile:
 *
 * <ul>
 *   <li><b>Conditions</b>: every concept of the standard condition taxonomy under a condition served
 *       (itself included), each with weight 1 (assumption: seekers spread evenly over the concepts a
 *       programme serves); the standard mix for a programme naming no condition. Served concepts among
 *       the standard rare conditions (e.g. cystic fibrosis, Joo et al. 2022's programme E) are drawn as
 *       rare conditions with the standard shares (5% of seekers, 1% of supporters).
 *   <li><b>Caregivers</b>: none for a programme serving patients only, all for one serving caregivers
 *       only (e.g. Parent to Parent, programme D), otherwise the standard 20% (assumption).
 *   <li><b>Languages</b>: the programme's languages, equal weights (assumption: only people who speak
 *       one of them are referred).
 *   <li><b>Size</b> by setting (assumption: a modest programme of its kind): hospital-wide or national
 *       partnership 80 supporters and 12 new seekers a week; community 50 and 8; unit or clinic 30
 *       and 5.
 *   <li><b>Modalities</b>: the standard shares; video 90% for a programme offering {@code VIRTUAL}
 *       (assumption).
 *   <li><b>Ages, genders and shared issues by condition family</b> (all assumptions; the first family
 *       listed that the programme serves decides): new mothers are women aged about 20 to 40 (mean 30,
 *       spread 5) sharing sleep, feeding, return to work, parenting and money; parents of children
 *       with disability have mean age 38 (spread 8), 80% women (most Support Parents are mothers),
 *       sharing school, services, siblings, money and sleep; people in recovery from substance use are
 *       adults aged about 20 to 60 (mean 40, spread 10), 40% women, sharing relapse prevention, return
 *       to work, money, family and sleep; people with mental illness and their families have mean age
 *       42 (spread 14), sharing stigma, return to work, money, sleep and family; people managing
 *       overweight have mean age 48 (spread 13), 60% women, sharing eating, exercise, body image,
 *       money and sleep. Other programmes (cancer, transplant, chronic illness) keep the standard ages
 *       (mean 56, spread 14), genders and issues.
 *   <li>Everything else (capacities, pauses, attrition, consent, availability, regions) is the standard
 *       cohort's.
 * </ul>
 *
 * <p>The people are drawn as the programme's rules read them (all assumptions; no source gives these
 * distributions):
 *
 * <ul>
 *   <li><b>Readiness</b>: each supporter's dates that the programme's readiness rules count from (their
 *       delivery for new mothers' mentors, the start of their recovery, their own child's diagnosis for
 *       a support parent, their diagnosis, the end of their treatment) are drawn so that 15% are not yet
 *       ready on the run's first day (one week to just under the rule's minimum before it) and the rest
 *       are (one month to eight years past the minimum); the ranking excludes the former until their
 *       date passes ({@link io.github.peersupport.sim.Behaviour#notReadyShare()}). A programme without a
 *       time rule redraws nothing.
 *   <li><b>Caregivers</b>: parents only in a programme whose readiness counts from a child's diagnosis
 *       (Parent to Parent, programme D); otherwise partners 45%, parents 25%, adult children 25%,
 *       siblings and other family 5%; the person cared for is an infant (15%), child (55%) or
 *       adolescent (30%) of a parent, an adult (or an older adult when the caregiver is 65 or older) of
 *       a partner, an older adult of an adult child, an adult of a sibling or other family member
 *       ({@link io.github.peersupport.sim.Behaviour#relationshipMix()}).
 *   <li><b>Adolescents</b>: where the programme serves patients and minors of a stated age (a minimum
 *       age or an age of assent, programme E), 15% of
 *       seekers are patients aged 12 to 17: 65% referred with a guardian's permission and their own
 *       assent, 10% with a guardian's permission alone, 25% with only their own consent (45 CFR 46.408;
 *       {@link io.github.peersupport.sim.Behaviour#adolescentShare()}).
 *   <li><b>Term</b>: where the match term counts from the delivery (programme C), a seeker delivered on
 *       the day of the referral or up to three days before, and each request carries the delivery (as
 *       happened) and the discharge two days after the referral (expected while the request precedes
 *       it). A coordinator reviews every match with a planned end between the review's due date and
 *       the end: extends it once by four weeks (20%) or closes it (completed when active, else
 *       cancelled, at the planned end's reason).
 *   <li><b>Escalation records</b> (every scenario): each escalation notified is raised into an
 *       escalation log, acknowledged before its deadline or, 5% of them, late (up to two weeks after
 *       it), and resolved one to seven days later ({@link
 *       io.github.peersupport.sim.Behaviour#lateAcknowledgementShare()}).
 * </ul>
 *
 * <p>These draws use random streams of their own, so the standard scenario runs as it did before them.
 */
@NullMarked
package io.github.peersupport.sim;

import org.jspecify.annotations.NullMarked;
