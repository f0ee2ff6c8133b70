package io.github.peersupport.programmes;

import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.boundary.BoundaryPolicy;
import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.programme.DeliveryModel;
import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.formation.FormationPolicy;
import io.github.peersupport.groups.formation.GroupFormation;
import io.github.peersupport.groups.formation.GroupPlacement;
import io.github.peersupport.groups.formation.GroupPlanner;
import io.github.peersupport.groups.formation.PlacementPolicy;
import io.github.peersupport.groups.session.SessionPolicy;
import io.github.peersupport.matching.MatchingPolicy;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import io.github.peersupport.matching.lifecycle.FollowUpTimers;
import io.github.peersupport.matching.lifecycle.MatchLifecycle;
import java.time.ZoneId;
import org.immutables.value.Value;

/**
 * A peer support programme as the root of its configuration: whom it serves and how ({@link
 * #profile()}), who may be matched with whom and why ({@link #matcher()}: the matching policy with its
 * readiness rules, and the taxonomies), how a match runs and is followed up ({@link #lifecycle()},
 * {@link #followUps()}), how its groups are sized, run and filled ({@link #groupSize()}, {@link
 * #sessions()}, {@link #placement()}, {@link #formation()}), which boundaries hold ({@link
 * #boundaries()}) and where a concern goes ({@link #escalation()}: the rules, the routing of each
 * level and rule, and the crisis resources). Every part is an immutable value with a documented
 * default, so a whole programme is data: built in code, read from a JSON document (peer-json), or
 * taken from a preset in {@link Programmes} and changed.
 *
 * <p>The engines do not know this type (it sits above them); a programme hands them their part:
 * {@link #matcher()} ranks seekers, {@link #groupPlanner()} places and forms groups, {@link
 * #escalation()} evaluates signals, {@link #followUps()} lists due follow-ups. {@code build()} checks
 * that the parts agree with the profile: the matching policy reads dates in the programme's zone.
 *
 * <pre>{@code
 * Programme programme = Programmes.newMothers();
 * MatchResult result = programme.matcher().rank(seeker, supporters, now);
 * EscalationDecision decision = programme.escalation().evaluate(signals, seeker.consent(), now);
 * }</pre>
 */
@Value.Immutable
@PeerStyle
public abstract class Programme {
  private static final int MAX_BASIS_LENGTH = 300;

  Programme() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Programme}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableProgramme.Builder {
    /** Creates an empty builder; prefer {@link Programme#builder()} or {@code builder().from(preset)}. */
    public Builder() {}
  }

  /**
   * Returns whom the programme serves and how: id, name, delivery models, setting, conditions, roles,
   * languages and zone.
   *
   * @return the profile
   */
  public abstract ProgrammeProfile profile();

  /**
   * Returns the published source the programme's rules follow, as a short citation (for example
   * {@code "Joo et al. 2022, Table 2, programme C"}); empty for a programme of the host's own.
   *
   * @return the citation, or empty text
   */
  @Value.Default
  public String basis() {
    return "";
  }

  /**
   * Returns the matcher: the matching policy (criteria, readiness rules, fallback ladder) and the
   * condition and treatment taxonomies. Default {@link PeerMatcher#standard()}.
   *
   * @return the matcher
   */
  @Value.Default
  public PeerMatcher matcher() {
    return PeerMatcher.standard();
  }

  /**
   * Returns the match lifecycle: offer window, candidates offered in turn, consent at each step.
   * Default {@link MatchLifecycle#standard()}.
   *
   * @return the lifecycle
   */
  @Value.Default
  public MatchLifecycle lifecycle() {
    return MatchLifecycle.standard();
  }

  /**
   * Returns the follow-up timers of a match. Default {@link FollowUpTimers#standard()}.
   *
   * @return the timers
   */
  @Value.Default
  public FollowUpTimers followUps() {
    return FollowUpTimers.standard();
  }

  /**
   * Returns the group size rules. Default {@link GroupSizePolicy#standard()}.
   *
   * @return the size rules
   */
  @Value.Default
  public GroupSizePolicy groupSize() {
    return GroupSizePolicy.standard();
  }

  /**
   * Returns the session rules of the programme's groups. Default {@link SessionPolicy#standard()}.
   *
   * @return the session rules
   */
  @Value.Default
  public SessionPolicy sessions() {
    return SessionPolicy.standard();
  }

  /**
   * Returns how seekers are placed into groups with free seats. Default {@link PlacementPolicy#standard()}.
   *
   * @return the placement rules
   */
  @Value.Default
  public PlacementPolicy placement() {
    return PlacementPolicy.standard();
  }

  /**
   * Returns how new groups are formed from seekers left unplaced. Default {@link FormationPolicy#standard()}.
   *
   * @return the formation rules
   */
  @Value.Default
  public FormationPolicy formation() {
    return FormationPolicy.standard();
  }

  /**
   * Returns the boundary rules supporters and facilitators keep. Default {@link BoundaryPolicy#standard()}.
   *
   * @return the boundary rules
   */
  @Value.Default
  public BoundaryPolicy boundaries() {
    return BoundaryPolicy.standard();
  }

  /**
   * Returns the escalation rules, their routing and the crisis resources. Default {@link
   * EscalationPolicy#standard()}.
   *
   * @return the escalation policy
   */
  @Value.Default
  public EscalationPolicy escalation() {
    return EscalationPolicy.standard();
  }

  @Value.Check
  final void check() {
    ZoneId zone = profile().zone();
    if (!matcher().policy().zone().equals(zone)) {
      throw Require.invalid("matcher.policy.zone", "must be the programme's zone " + zone, matcher().policy().zone());
    }
    if (!basis().isEmpty()) {
      Require.text("basis", basis(), MAX_BASIS_LENGTH);
    }
  }

  /**
   * Returns the programme's id (of its profile).
   *
   * @return the id
   */
  public final ProgrammeId id() {
    return profile().id();
  }

  /**
   * Tells whether the programme offers a delivery model.
   *
   * @param model the delivery model
   * @return true if its profile lists it
   */
  public final boolean offers(DeliveryModel model) {
    return profile().deliveryModels().contains(model);
  }

  /**
   * Returns this programme with its dates read in another zone: the profile's zone and the matching
   * policy's zone both set to it (they must agree).
   *
   * @param zone the zone
   * @return the changed programme
   */
  public final Programme inZone(ZoneId zone) {
    java.util.Objects.requireNonNull(zone, "zone");
    PeerMatcher m = PeerMatcher.builder().from(matcher())
        .policy(MatchingPolicy.builder().from(matcher().policy()).zone(zone).build())
        .build();
    return builder().from(this)
        .profile(ProgrammeProfile.builder().from(profile()).zone(zone).build())
        .matcher(m)
        .build();
  }

  /**
   * Returns a group planner that places seekers with this programme's placement rules (solved by
   * {@link MinCostFlowAssignment#minCost()}) and forms new groups with its formation rules.
   *
   * @return the planner
   */
  public final GroupPlanner groupPlanner() {
    return GroupPlanner.of(GroupPlacement.of(placement(), MinCostFlowAssignment.minCost()), GroupFormation.of(formation()));
  }

  /** Returns the id and name, e.g. {@code Programme[new-mothers, New mothers' telephone mentoring]}. */
  @Override
  public final String toString() {
    return "Programme[" + profile().id() + ", " + profile().name() + "]";
  }
}
