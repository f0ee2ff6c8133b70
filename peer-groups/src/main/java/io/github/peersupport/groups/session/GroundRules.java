package io.github.peersupport.groups.session;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A group's ground rules ("comfort agreement") as data: an id, a version and the rules, each with a
 * stable id. Members acknowledge a version ({@link Acknowledgement}); {@link #unacknowledged} tells who
 * has not yet. Invariants: at least one rule, rule ids unique, version 1 or more.
 *
 * <p>{@link #standard()} is the comfort agreement of the facilitation curriculum (docs/domain.md,
 * "Facilitation curriculum"): speak from your own experience; no cross-talk; no advice unless asked; no
 * medical or medication advice; what is said here stays here.
 */
@Value.Immutable
@PeerStyle
public abstract class GroundRules {
  /** Speak from your own experience. */
  public static final RuleId OWN_EXPERIENCE = RuleId.of("ground-rule.own-experience");
  /** No cross-talk. */
  public static final RuleId NO_CROSS_TALK = RuleId.of("ground-rule.no-cross-talk");
  /** No advice unless asked. */
  public static final RuleId NO_UNSOLICITED_ADVICE = RuleId.of("ground-rule.no-unsolicited-advice");
  /** No medical or medication advice. */
  public static final RuleId NO_MEDICAL_ADVICE = RuleId.of("ground-rule.no-medical-advice");
  /** What is said here stays here. */
  public static final RuleId CONFIDENTIALITY = RuleId.of("ground-rule.confidentiality");

  private static final GroundRules STANDARD = builder().id(Tag.of("comfort-agreement")).version(1).addRules(
      GroundRule.of(OWN_EXPERIENCE, "Speak from your own experience."),
      GroundRule.of(NO_CROSS_TALK, "One person speaks at a time: no cross-talk."),
      GroundRule.of(NO_UNSOLICITED_ADVICE, "No advice unless asked."),
      GroundRule.of(NO_MEDICAL_ADVICE, "No medical or medication advice: bring those questions to your care team."),
      GroundRule.of(CONFIDENTIALITY, "What is said here stays here.")).build();

  GroundRules() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroundRules}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableGroundRules.Builder {
    /** Creates an empty builder; prefer {@link GroundRules#builder()} or {@code from(standard())}. */
    public Builder() {}
  }

  /**
   * The curriculum's comfort agreement, id {@code comfort-agreement}, version 1.
   *
   * @return the ground rules
   */
  public static GroundRules standard() {
    return STANDARD;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract Tag id();

  /**
   * Returns the version; raise it when the wording changes, so members acknowledge again.
   *
   * @return 1 or more
   */
  public abstract int version();

  /**
   * Returns the rules in the order they are read.
   *
   * @return at least one rule, ids unique
   */
  public abstract List<GroundRule> rules();

  @Value.Check
  final void check() {
    Require.inRange("version", version(), 1, Integer.MAX_VALUE);
    if (rules().isEmpty()) {
      throw Require.invalid("rules", "must contain at least one rule");
    }
    Set<RuleId> ids = new HashSet<>();
    for (int i = 0; i < rules().size(); i++) {
      if (!ids.add(rules().get(i).id())) {
        throw Require.invalid("rules[" + i + "].id", "duplicate rule id " + rules().get(i).id());
      }
    }
  }

  /**
   * Finds a rule by id.
   *
   * @param id the rule id
   * @return the rule, or empty
   */
  public final Optional<GroundRule> rule(RuleId id) {
    return rules().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Records a member's acknowledgement of this version.
   *
   * @param member the member
   * @param at when
   * @return the acknowledgement
   */
  public final Acknowledgement acknowledgedBy(SeekerId member, Instant at) {
    return Acknowledgement.builder().member(member).rules(id()).version(version()).at(at).build();
  }

  /**
   * Tells whether an acknowledgement is of this id and version.
   *
   * @param acknowledgement the acknowledgement
   * @return true if it counts for these rules
   */
  public final boolean covers(Acknowledgement acknowledgement) {
    return acknowledgement.rules().equals(id()) && acknowledgement.version() == version();
  }

  /**
   * Returns the members who have not acknowledged this version. Acknowledgements of other rules or
   * versions do not count. O(m + a) for m members and a acknowledgements.
   *
   * @param members the group's members, in any order
   * @param acknowledgements the acknowledgements recorded, in any order
   * @return the members without an acknowledgement, in the order given, each once
   */
  public final List<SeekerId> unacknowledged(Collection<SeekerId> members, Collection<Acknowledgement> acknowledgements) {
    Set<SeekerId> done = new HashSet<>();
    for (Acknowledgement a : acknowledgements) {
      if (covers(a)) {
        done.add(a.member());
      }
    }
    List<SeekerId> missing = new ArrayList<>();
    for (SeekerId m : new LinkedHashSet<>(members)) {
      if (!done.contains(m)) {
        missing.add(m);
      }
    }
    return missing;
  }

  /** Returns e.g. {@code GroundRules[comfort-agreement v1, 5 rules]}. */
  @Override
  public final String toString() {
    return "GroundRules[" + id() + " v" + version() + ", " + rules().size() + " rules]";
  }
}
