package io.github.peersupport.groups;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import org.immutables.value.Value;

/**
 * Size and facilitation rules of a group, as data. Defaults ({@link #standard()}):
 * <ul>
 *   <li>at most <b>12</b> members, so that every member has time to share in a 90-minute session
 *       (Presently);</li>
 *   <li>at least <b>4</b> members for a viable group: a group of 2 is not a group, and 4 leaves
 *       a group able to run when one or two members miss a session (CancerChatCanada
 *       reports 75% attendance, so 4 members give about 3 present). This is a programme choice, not a
 *       published number;</li>
 *   <li><b>10</b> members per facilitator (the usual 8 to 10 per facilitator): above 10 members a
 *       co-facilitator is required;</li>
 *   <li>at least <b>1</b> facilitator; {@link #nami()} requires two trained co-facilitators for every
 *       group (NAMI Connection);</li>
 *   <li>a facilitator leads at most <b>30</b> members across all their groups (three groups of
 *       10); a programme choice that keeps facilitator load bounded, used by placement and formation.</li>
 * </ul>
 * {@code minViable ≤ maxMembers} and every value is positive; a group is never over {@link
 * #maxMembers()}, whatever admits or merges into it.
 */
@Value.Immutable
@PeerStyle
public abstract class GroupSizePolicy {
  /** Largest accepted member cap. */
  public static final int MAX_CAP = 1_000;

  GroupSizePolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupSizePolicy}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableGroupSizePolicy.Builder {
    /** Creates an empty builder; prefer {@link GroupSizePolicy#builder()}. */
    public Builder() {}
  }

  /**
   * The default rules: 4 to 12 members, a facilitator per 10 members, at least one facilitator, 30
   * members per facilitator across groups.
   *
   * @return the default policy
   */
  public static GroupSizePolicy standard() {
    return builder().build();
  }

  /**
   * The default rules with two co-facilitators for every group (NAMI Connection).
   *
   * @return the policy
   */
  public static GroupSizePolicy nami() {
    return builder().minFacilitators(2).build();
  }

  /**
   * Returns the most members a group may have (default 12, Presently).
   *
   * @return the cap, 1 to {@value #MAX_CAP}
   */
  @Value.Default
  public int maxMembers() {
    return 12;
  }

  /**
   * Returns the fewest members a viable group has (default 4).
   *
   * @return the minimum, 1 to {@link #maxMembers()}
   */
  @Value.Default
  public int minViable() {
    return 4;
  }

  /**
   * Returns how many members one facilitator leads (default 10, the top of the usual 8 to 10); a
   * group larger than this needs a co-facilitator.
   *
   * @return members per facilitator, 1 to {@value #MAX_CAP}
   */
  @Value.Default
  public int membersPerFacilitator() {
    return 10;
  }

  /**
   * Returns the fewest facilitators any group has (default 1; 2 in {@link #nami()}).
   *
   * @return 1 to 10
   */
  @Value.Default
  public int minFacilitators() {
    return 1;
  }

  /**
   * Returns the most members a facilitator leads across all their groups (default 30).
   *
   * @return the load cap, 1 to 100 × {@value #MAX_CAP}
   */
  @Value.Default
  public int facilitatorMemberCap() {
    return 30;
  }

  @Value.Check
  final void check() {
    Require.inRange("maxMembers", maxMembers(), 1, MAX_CAP);
    Require.inRange("minViable", minViable(), 1, maxMembers());
    Require.inRange("membersPerFacilitator", membersPerFacilitator(), 1, MAX_CAP);
    Require.inRange("minFacilitators", minFacilitators(), 1, 10);
    Require.inRange("facilitatorMemberCap", facilitatorMemberCap(), 1, 100 * MAX_CAP);
  }

  /**
   * Returns how many facilitators a group of a size needs: {@code max(minFacilitators,
   * ceil(members / membersPerFacilitator))}.
   *
   * @param members the group size, 0 or more
   * @return the number of facilitators
   */
  public final int facilitatorsNeeded(int members) {
    Require.inRange("members", members, 0, MAX_CAP);
    return Math.max(minFacilitators(), (members + membersPerFacilitator() - 1) / membersPerFacilitator());
  }

  /**
   * Tells whether a group of a size needs a co-facilitator (more than one facilitator).
   *
   * @param members the group size
   * @return true if {@link #facilitatorsNeeded} is above 1
   */
  public final boolean coFacilitatorRequired(int members) {
    return facilitatorsNeeded(members) > 1;
  }

  /**
   * Tells whether a size lies within {@link #minViable()} and {@link #maxMembers()}.
   *
   * @param members the size
   * @return true if viable and not over the cap
   */
  public final boolean withinBounds(int members) {
    return members >= minViable() && members <= maxMembers();
  }

  /** Returns e.g. {@code GroupSizePolicy[4-12, 10 per facilitator, min 1, load 30]}. */
  @Override
  public final String toString() {
    return "GroupSizePolicy[" + minViable() + "-" + maxMembers() + ", " + membersPerFacilitator() + " per facilitator, min "
        + minFacilitators() + ", load " + facilitatorMemberCap() + "]";
  }
}
