package io.github.peersupport.sim;

import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.formation.GroupPlacement;
import io.github.peersupport.groups.formation.PlacementPolicy;
import io.github.peersupport.groups.session.SessionSignals;
import io.github.peersupport.matching.Criterion;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.matching.lifecycle.FollowUpTimers;
import io.github.peersupport.matching.lifecycle.MatchLifecycle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * A "what if" question about a peer support programme: its policies (matching, offer window, follow-up
 * timers, escalation, group size, group placement and series length, session signals), its population
 * ({@link Cohort}), how people behave ({@link Behaviour}), and a horizon in weeks. {@link #run(long)}
 * simulates it with a seed; {@link Sweep} runs many seeds over a parameter grid.
 *
 * <p>Every policy is the library's own value with its {@code standard()} default, so a scenario varies
 * exactly what a host could configure:
 *
 * <pre>{@code
 * Scenario base = Scenario.standard();
 * Scenario more = base.withCohort(base.cohort().withSupporters(180));         // more supporters
 * Scenario strict = base.withHardCriterion(Criterion.GENDER);                 // a stricter rule
 * Scenario tens = base.withGroupMaxMembers(10);                               // groups of 10, not 12
 * Scenario quick = base.withOfferWindow(Duration.ofDays(2));                  // a 2-day offer window
 * Run run = quick.run(42);
 * }</pre>
 *
 * <p>Time is simulated: the run starts at {@link #start()} (a Monday, 09:00 UTC) and never reads the
 * wall clock.
 *
 * <p>The researcher's JShell session of the README is in the {@linkplain io.github.peersupport.sim package
 * documentation}.
 */
@Value.Immutable
@PeerStyle
public abstract class Scenario {
  /** The default start of a run: Monday 4 January 2027, 09:00 UTC. */
  public static final Instant DEFAULT_START = Instant.parse("2027-01-04T09:00:00Z");

  Scenario() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scenario}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableScenario.Builder {
    /** Creates an empty builder; prefer {@link Scenario#builder()}. */
    public Builder() {}
  }

  /**
   * The standard scenario: a mid-size hospital programme ({@link Cohort#standard()}) with every policy
   * at its library default, ranked offers, six groups of 4 to 12 members (Presently; {@link
   * GroupSizePolicy#standard()}) filled weekly from the waitlist by {@link GroupPlacement} under {@link
   * PlacementPolicy#standard()}, each member staying for a series of 12 sessions (NAMI Connection,
   * CancerChatCanada), over 52 weeks.
   *
   * @return the scenario
   */
  public static Scenario standard() {
    return builder().build();
  }

  /**
   * The scenario of a programme, e.g. {@code Scenario.of(Programmes.newMothers())}, with a cohort derived
   * from its profile (rules and assumptions: {@linkplain io.github.peersupport.sim package docs}).
   *
   * @param programme the programme
   * @return the scenario, validated
   * @throws IllegalArgumentException if the programme serves no condition of the standard taxonomy
   */
  public static Scenario of(io.github.peersupport.programmes.Programme programme) {
    return ProgrammeScenario.of(java.util.Objects.requireNonNull(programme, "programme"));
  }

  /**
   * Returns a short name for reports and sweep tables.
   *
   * @return the name (default {@code standard})
   */
  @Value.Default
  public String name() {
    return "standard";
  }

  /**
   * Returns the population.
   *
   * @return the cohort (default {@link Cohort#standard()})
   */
  @Value.Default
  public Cohort cohort() {
    return Cohort.standard();
  }

  /**
   * Returns how people behave.
   *
   * @return the behaviour (default {@link Behaviour#standard()})
   */
  @Value.Default
  public Behaviour behaviour() {
    return Behaviour.standard();
  }

  /**
   * Returns the number of simulated weeks.
   *
   * @return 1 to 520 (default 52)
   */
  @Value.Default
  public int horizonWeeks() {
    return 52;
  }

  /**
   * Returns the first simulated instant; weeks start here.
   *
   * @return the start (default {@link #DEFAULT_START})
   */
  @Value.Default
  public Instant start() {
    return DEFAULT_START;
  }

  /**
   * Returns the matcher that ranks supporters for each referral.
   *
   * @return the matcher (default {@link io.github.peersupport.matching.PeerMatcher#standard()})
   */
  @Value.Default
  public PeerMatcher matcher() {
    return PeerMatcher.standard();
  }

  /**
   * Returns how referrals become offers.
   *
   * @return the assignment mode (default {@link MatchingMode#RANKING})
   */
  @Value.Default
  public MatchingMode assignment() {
    return MatchingMode.RANKING;
  }

  /**
   * Returns the match lifecycle (offer window and guards).
   *
   * @return the lifecycle (default {@link io.github.peersupport.matching.lifecycle.MatchLifecycle#standard()}: 3-day offers, Together)
   */
  @Value.Default
  public MatchLifecycle lifecycle() {
    return MatchLifecycle.standard();
  }

  /**
   * Returns the follow-up timers (first-contact check, supporter reminder).
   *
   * @return the timers (default {@link io.github.peersupport.matching.lifecycle.FollowUpTimers#standard()})
   */
  @Value.Default
  public FollowUpTimers followUps() {
    return FollowUpTimers.standard();
  }

  /**
   * Returns the escalation policy applied to screening and observed signals.
   *
   * @return the policy (default {@link io.github.peersupport.core.escalation.EscalationPolicy#standard()})
   */
  @Value.Default
  public EscalationPolicy escalation() {
    return EscalationPolicy.standard();
  }

  /**
   * Returns the rules that turn a session record into signals.
   *
   * @return the rules (default {@link io.github.peersupport.groups.session.SessionSignals#standard()})
   */
  @Value.Default
  public SessionSignals sessionSignals() {
    return SessionSignals.standard();
  }

  /**
   * Returns how many support groups run (each meets weekly).
   *
   * @return 0 to 1,000 (default 6)
   */
  @Value.Default
  public int groups() {
    return 6;
  }

  /**
   * Returns the size and facilitation rules every group follows: the member cap, the minimum viable
   * size a group needs to meet (a group with fewer members skips the week), members per facilitator
   * (groups are given as many facilitators as a full group needs) and each facilitator's load cap.
   *
   * @return the policy (default {@link io.github.peersupport.groups.GroupSizePolicy#standard()}: 4 to
   *     12 members, Presently; a facilitator per 10 members; at most 30 members per facilitator)
   */
  @Value.Default
  public GroupSizePolicy groupSize() {
    return GroupSizePolicy.standard();
  }

  /**
   * Returns how waitlisted seekers are placed in groups each week: the admission rules (consent,
   * audience, condition focus, language, modality, closed series) and the fit scores that {@link
   * io.github.peersupport.groups.formation.GroupPlacement} maximises.
   *
   * @return the policy (default {@link io.github.peersupport.groups.formation.PlacementPolicy#standard()})
   */
  @Value.Default
  public PlacementPolicy placement() {
    return PlacementPolicy.standard();
  }

  /**
   * Returns the conditions the first groups are specific to, in group order ({@code g-1} takes the
   * first code), by code of the placement's condition taxonomy ({@link
   * io.github.peersupport.groups.formation.PlacementPolicy#admission()}); the other groups are mixed. A
   * diagnosis-specific group admits only seekers with its condition or one under it, and placement
   * prefers them there ({@link io.github.peersupport.groups.formation.PlacementPolicy#conditionMatch()}).
   *
   * @return condition codes, at most {@link #groups()} (default none: every group is mixed)
   */
  public abstract List<String> groupFocus();

  /**
   * Returns groups the programme runs besides the {@link #groups()} standard ones, described in full as
   * peer-groups values without members: a Spanish-language group, a caregivers-only group, a daytime
   * group, a closed series. Each needs a weekly {@link SupportGroup#slot()} (its sessions are held then)
   * and a facilitator (the first leads its sessions), and an id none of the standard groups ({@code g-1}
   * … {@code g-<groups>}) uses (example: {@linkplain io.github.peersupport.sim package documentation}).
   *
   * @return the groups (default none)
   */
  public abstract List<SupportGroup> extraGroups();

  /**
   * Returns every group the programme runs, as the engine builds them: the {@link #groups()} standard
   * groups (ids, facilitators, focus, language, modality and slots: {@linkplain io.github.peersupport.sim
   * package documentation}), then {@link #extraGroups()}.
   *
   * @return the groups, without members, in order
   */
  public final List<SupportGroup> programmeGroups() {
    return ProgrammeGroups.of(this);
  }

  /**
   * Returns the number of weekly sessions in a member's series (NAMI Connection, CancerChatCanada:
   * 10–12).
   *
   * @return 1 to 520 (default 12)
   */
  @Value.Default
  public int seriesSessions() {
    return 12;
  }

  /**
   * Returns how many days a request waits in "needs manual match" before the coordinator tries again
   * with a fresh ranking.
   *
   * @return 1 to 365 (default 3)
   */
  @Value.Default
  public int manualMatchDays() {
    return 3;
  }

  /**
   * Returns how many times the coordinator retries a request before recording "no match found".
   *
   * @return 0 to 100 (default 2)
   */
  @Value.Default
  public int manualRetries() {
    return 2;
  }

  @Value.Check
  final void check() {
    ScenarioChecks.check(this);
  }

  /**
   * Returns a copy with another name.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withName(String value);

  /**
   * Returns a copy with another cohort.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withCohort(Cohort value);

  /**
   * Returns a copy with another behaviour.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withBehaviour(Behaviour value);

  /**
   * Returns a copy with another horizon in weeks.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withHorizonWeeks(int value);

  /**
   * Returns a copy with another start.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withStart(Instant value);

  /**
   * Returns a copy with another matcher.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withMatcher(PeerMatcher value);

  /**
   * Returns a copy with another assignment mode.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withAssignment(MatchingMode value);

  /**
   * Returns a copy with another match lifecycle.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withLifecycle(MatchLifecycle value);

  /**
   * Returns a copy with another set of follow-up timers.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withFollowUps(FollowUpTimers value);

  /**
   * Returns a copy with another escalation policy.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withEscalation(EscalationPolicy value);

  /**
   * Returns a copy with another number of groups.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withGroups(int value);

  /**
   * Returns a copy with other group size and facilitation rules.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withGroupSize(GroupSizePolicy value);

  /**
   * Returns a copy with another placement policy.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withPlacement(PlacementPolicy value);

  /**
   * Returns a copy whose first groups are specific to these conditions.
   *
   * @param value the condition codes, in group order
   * @return the copy, validated
   */
  public Scenario withGroupFocus(List<String> value) {
    return builder().from(this).groupFocus(value).build();
  }

  /**
   * Returns a copy with other extra groups (besides the standard ones).
   * @param value the groups, without members, each with a slot
   * @return the copy, validated
   */
  public Scenario withExtraGroups(List<SupportGroup> value) {
    return builder().from(this).extraGroups(value).build();
  }

  /**
   * Returns a copy with another series length.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withSeriesSessions(int value);

  /**
   * Returns a copy with another manual-match delay.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withManualMatchDays(int value);

  /**
   * Returns a copy with another number of manual retries.
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Scenario withManualRetries(int value);

  /**
   * Returns a copy whose groups admit at most {@code max} members ("groups of 10 instead of 12"),
   * keeping the other rules of {@link #groupSize()}; the minimum viable size is lowered to {@code max}
   * when it was above it.
   *
   * @param max the member cap, 1 to {@value GroupSizePolicy#MAX_CAP}
   * @return the scenario
   */
  public final Scenario withGroupMaxMembers(int max) {
    return ScenarioWhatIfs.groupMaxMembers(this, max);
  }

  /**
   * Returns a copy whose lifecycle gives supporters {@code window} to answer an offer.
   *
   * @param window the offer window, positive
   * @return the scenario
   */
  public final Scenario withOfferWindow(Duration window) {
    return withLifecycle(MatchLifecycle.builder().from(lifecycle()).offerWindow(window).build());
  }

  /**
   * Returns a copy whose matching policy makes {@code criterion} hard (keeping its weight).
   *
   * @param criterion the criterion, e.g. {@link Criterion#GENDER}
   * @return the scenario
   */
  public final Scenario withHardCriterion(Criterion criterion) {
    return ScenarioWhatIfs.hardCriterion(this, criterion);
  }

  /**
   * Simulates this scenario with a seed; a pure function of (scenario, seed).
   *
   * @param seed the seed
   * @return the run
   */
  public final Run run(long seed) {
    return Sim.run(this, seed);
  }

  /** Returns e.g. {@code Scenario[standard, 52 weeks, RANKING, Cohort[...], offer window 3 d, 6 groups of 4-12]}. */
  @Override
  public final String toString() {
    return ScenarioWhatIfs.describe(this);
  }
}
