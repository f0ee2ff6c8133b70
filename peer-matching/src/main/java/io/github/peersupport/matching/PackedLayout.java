package io.github.peersupport.matching;

import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Modality;

/**
 * The bit layout of {@link SupporterPool}'s packed hard-check fields: per supporter one {@code int}
 * holding, from bit 0, the index of the first floor rule that excludes them ({@link #ELIGIBLE}, all
 * ones, when none does; wide enough for the fixed floor and {@link
 * io.github.peersupport.core.programme.Readiness#MAX_RULES} readiness rules, {@link
 * SupporterPool#MAX_FLOOR_RULES} in all), the {@link ExperienceRole} ordinal, one bit per {@link
 * Modality}, and then one bit per primary language when at most {@link #LANGUAGE_BITS} languages occur
 * in the pool. (The caregiver criteria are not packed: they are never among the standard hard checks.)
 *
 * <p>Every width is computed from the size of what it holds, so a new role, modality or floor rule
 * moves the fields instead of overlapping them. The class initialiser checks that they still fit (the
 * role ordinal and the modality set are also held in a {@code byte} per supporter) and otherwise
 * fails, naming the enum and its size: a layout that no longer fits must never corrupt a hard check
 * silently.
 */
final class PackedLayout {
  static {
    // before the fields below: a layout that does not fit fails here, before any shift is computed
    languageBits(SupporterPool.MAX_FLOOR_RULES, ExperienceRole.values().length, Modality.values().length);
  }

  /** Bits of the floor field: the floor rule indexes and the {@link #ELIGIBLE} marker. */
  static final int FLOOR_BITS = bitsFor(SupporterPool.MAX_FLOOR_RULES + 1);
  /** The floor field of a supporter no floor rule excludes. */
  static final int ELIGIBLE = (1 << FLOOR_BITS) - 1;
  /** The first bit of the role ordinal. */
  static final int ROLE_SHIFT = FLOOR_BITS;
  /** The role field's mask, after shifting. */
  static final int ROLE_MASK = (1 << bitsFor(ExperienceRole.values().length)) - 1;
  /** The first bit of the modality set. */
  static final int MODALITY_SHIFT = ROLE_SHIFT + bitsFor(ExperienceRole.values().length);
  /** The modality field's mask, after shifting: one bit per modality. */
  static final int MODALITY_MASK = (1 << Modality.values().length) - 1;
  /** The first bit of the language set. */
  static final int LANGUAGE_SHIFT = MODALITY_SHIFT + Modality.values().length;
  /** How many primary languages fit; a pool with more checks languages from its bit sets. */
  static final int LANGUAGE_BITS =
      languageBits(SupporterPool.MAX_FLOOR_RULES, ExperienceRole.values().length, Modality.values().length);
  /** The language field's mask, after shifting. */
  static final int LANGUAGE_MASK = LANGUAGE_BITS == 0 ? 0 : -1 >>> (Integer.SIZE - LANGUAGE_BITS);

  private PackedLayout() {}

  /**
   * The number of bits that hold the values 0 to {@code count − 1}: {@code ⌈log₂ count⌉}, at least 1.
   *
   * @param count how many distinct values, 1 or more
   * @return the width in bits
   */
  static int bitsFor(int count) {
    return Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(count - 1));
  }

  /**
   * Checks that a layout fits and returns how many language bits remain.
   *
   * @param floorRules the number of supporter floor rules
   * @param roles the number of {@link ExperienceRole} constants
   * @param modalities the number of {@link Modality} constants
   * @return the bits left for languages, 0 or more
   * @throws IllegalStateException naming the enum that outgrew its field, and its size
   */
  static int languageBits(int floorRules, int roles, int modalities) {
    if (roles < 1 || roles > Byte.MAX_VALUE + 1) {
      throw new IllegalStateException("ExperienceRole has " + roles + " constants; SupporterPool holds a role ordinal"
          + " in a byte (at most " + (Byte.MAX_VALUE + 1) + ")");
    }
    if (modalities < 1 || modalities > Byte.SIZE) {
      throw new IllegalStateException("Modality has " + modalities + " constants; SupporterPool holds a modality set"
          + " in a byte (at most " + Byte.SIZE + ")");
    }
    int used = bitsFor(floorRules + 1) + bitsFor(roles) + modalities;
    if (used > Integer.SIZE) {
      throw new IllegalStateException("ExperienceRole (" + roles + " constants) and Modality (" + modalities
          + " constants) with " + floorRules + " floor rules need " + used + " bits; SupporterPool packs them in "
          + Integer.SIZE);
    }
    return Integer.SIZE - used;
  }
}
