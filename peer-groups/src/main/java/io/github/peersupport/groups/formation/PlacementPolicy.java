package io.github.peersupport.groups.formation;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.groups.GroupAdmission;
import io.github.peersupport.groups.GroupSizePolicy;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How placement scores and constrains a (seeker, group) pair. A pair is a candidate only if the
 * group's admission rules admit the seeker ({@link GroupAdmission#refusedBy}), the seeker is not a
 * member yet and, with {@link #scheduleRequired()}, the seeker's known availability overlaps the
 * group's time slot. Its integer fit is the sum of:
 * <ul>
 *   <li>{@link #base()} (default 1) for every candidate, so every placement raises the total;</li>
 *   <li>condition (diagnosis first: Imerman Angels, IPFCC): {@link #conditionMatch()} (6) when the
 *       group is diagnosis-specific, plus {@link #exactCondition()} (2) when a seeker condition equals
 *       the focus exactly;</li>
 *   <li>schedule: {@link #fullSlot()} (4) when the seeker is free for the whole slot, {@link
 *       #partialSlot()} (2) for a partial overlap, {@link #unknownSchedule()} (1) when the seeker's
 *       availability is unknown or the group has no slot;</li>
 *   <li>language: {@link #exactLanguage()} (1) when a seeker language equals a group language tag
 *       exactly (the primary subtag alone admits);</li>
 *   <li>modality: {@link #statedModality()} (1) when the seeker explicitly lists the group's modality.</li>
 * </ul>
 * Facilitator load: a facilitator leads at most {@link #facilitatorCaps()} members across groups
 * when set for them, else the smallest {@link GroupSizePolicy#facilitatorMemberCap()} of their groups.
 */
@Value.Immutable
@PeerStyle
public abstract class PlacementPolicy {
  PlacementPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlacementPolicy}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutablePlacementPolicy.Builder {
    /** Creates an empty builder; prefer {@link PlacementPolicy#builder()}. */
    public Builder() {}
  }

  /**
   * The defaults listed above.
   *
   * @return the default policy
   */
  public static PlacementPolicy standard() {
    return builder().build();
  }

  /**
   * Returns the admission rules that decide candidates (default {@link GroupAdmission#standard()}).
   *
   * @return the admission rules
   */
  @Value.Default
  public GroupAdmission admission() {
    return GroupAdmission.standard();
  }

  /**
   * Returns the score of every candidate pair (default 1).
   *
   * @return 1 to 1,000
   */
  @Value.Default
  public int base() {
    return 1;
  }

  /**
   * Returns the score for a diagnosis-specific group (default 6).
   *
   * @return 0 to 1,000
   */
  @Value.Default
  public int conditionMatch() {
    return 6;
  }

  /**
   * Returns the extra score when a seeker condition equals the focus (default 2).
   *
   * @return 0 to 1,000
   */
  @Value.Default
  public int exactCondition() {
    return 2;
  }

  /**
   * Returns the score when the seeker is free for the whole slot (default 4).
   *
   * @return 0 to 1,000
   */
  @Value.Default
  public int fullSlot() {
    return 4;
  }

  /**
   * Returns the score for a partial overlap with the slot (default 2).
   *
   * @return 0 to 1,000
   */
  @Value.Default
  public int partialSlot() {
    return 2;
  }

  /**
   * Returns the score when availability is unknown or the group has no slot (default 1).
   *
   * @return 0 to 1,000
   */
  @Value.Default
  public int unknownSchedule() {
    return 1;
  }

  /**
   * Returns the score for an exact language tag match (default 1).
   *
   * @return 0 to 1,000
   */
  @Value.Default
  public int exactLanguage() {
    return 1;
  }

  /**
   * Returns the score when the seeker lists the group's modality (default 1).
   *
   * @return 0 to 1,000
   */
  @Value.Default
  public int statedModality() {
    return 1;
  }

  /**
   * Returns whether a seeker with known availability needs some overlap with a scheduled group's slot
   * (default true).
   *
   * @return true if schedule is a hard constraint
   */
  @Value.Default
  public boolean scheduleRequired() {
    return true;
  }

  /**
   * Returns per-facilitator load caps (members across all their groups), overriding the groups' size
   * policies.
   *
   * @return caps by facilitator
   */
  public abstract Map<FacilitatorId, Integer> facilitatorCaps();

  /**
   * Returns how many assignment rounds may redistribute facilitator budgets left unused (default 3).
   *
   * @return 1 to 10
   */
  @Value.Default
  public int maxRounds() {
    return 3;
  }

  @Value.Check
  final void check() {
    Require.inRange("base", base(), 1, 1000);
    Require.inRange("conditionMatch", conditionMatch(), 0, 1000);
    Require.inRange("exactCondition", exactCondition(), 0, 1000);
    Require.inRange("fullSlot", fullSlot(), 0, 1000);
    Require.inRange("partialSlot", partialSlot(), 0, 1000);
    Require.inRange("unknownSchedule", unknownSchedule(), 0, 1000);
    Require.inRange("exactLanguage", exactLanguage(), 0, 1000);
    Require.inRange("statedModality", statedModality(), 0, 1000);
    Require.inRange("maxRounds", maxRounds(), 1, 10);
    facilitatorCaps().forEach((f, cap) -> Require.inRange("facilitatorCaps[" + f + "]", cap, 0, 100 * GroupSizePolicy.MAX_CAP));
  }

  /** Returns e.g. {@code PlacementPolicy[rounds 3, 0 facilitator caps]}. */
  @Override
  public final String toString() {
    return "PlacementPolicy[rounds " + maxRounds() + ", " + facilitatorCaps().size() + " facilitator caps]";
  }
}
