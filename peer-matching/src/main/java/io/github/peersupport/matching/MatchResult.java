package io.github.peersupport.matching;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of ranking supporters for a seeker: the top candidates with explanations, the rung of
 * the fallback ladder used, every excluded supporter with the rule that excluded them, and — when
 * there is no candidate — the reason.
 */
@Value.Immutable
@PeerStyle
public abstract class MatchResult {
  MatchResult() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MatchResult}. */
  public static class Builder extends ImmutableMatchResult.Builder {
    /** Creates an empty builder; prefer {@link MatchResult#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the seeker.
   *
   * @return the seeker's id
   */
  public abstract SeekerId seeker();

  /**
   * Returns the instant of the ranking.
   *
   * @return the instant
   */
  public abstract Instant at();

  /**
   * Returns the rung of the fallback ladder used: the {@linkplain Candidate#rung() rung} of the first
   * candidate (with {@link RungOrder#CONDITION_FIRST}, every candidate's), or {@link Fallback#NONE}
   * when there is none.
   *
   * @return the fallback
   */
  public abstract Fallback fallback();

  /**
   * Returns the best candidates: at most {@link MatchingPolicy#topK()} supporters, of the rung used
   * ({@link RungOrder#CONDITION_FIRST}) or rung by rung in the ladder's order ({@link
   * RungOrder#ISSUES_BEFORE_BROADER}), within a rung highest score first, scores compared rounded to 12 decimal places (so that rounding in the last
   * bits of two sums never decides their order), equal ones in the order of their ids' text ({@link
   * String#compareTo}).
   *
   * @return the candidates
   */
  public abstract List<Candidate> candidates();

  /**
   * Returns how many supporters each rule excluded (the first rule that failed for each: the safety
   * floor in the order of {@link MatchingRuleIds}, then hard criteria in {@link Criterion} order), in
   * rule order; rules that excluded nobody are absent. When a rule on the seeker's side refuses the
   * seeker (no consent, a minor without a guardian's consent...; see {@link MatchingRuleIds}) every
   * supporter counts under that rule. {@link PeerMatcher#exclusions} lists them one
   * by one.
   *
   * @return the counts per rule
   */
  public abstract Map<RuleId, Integer> excluded();

  /**
   * Returns how many supporters passed the safety floor and the hard criteria (before the ladder); 0
   * when a rule on the seeker's side refuses the seeker.
   *
   * @return the count
   */
  public abstract int eligible();

  /**
   * Returns why there is no candidate; present exactly when {@link #fallback()} is {@link Fallback#NONE}:
   * the seeker's-side rule that refuses the seeker (e.g. {@link MatchingRuleIds#SEEKER_CONSENT} without
   * the seeker's consent, {@link MatchingRuleIds#GUARDIAN_CONSENT} for a minor without a guardian's),
   * even with no supporters;
   * else {@link MatchingRuleIds#NO_SUPPORTERS} for no supporters; else, when every supporter was
   * excluded, the rule that emptied the pool: of the rules that excluded someone, the last in checking
   * order (the floor, then the hard criteria, as for {@link #excluded()}); else {@link
   * MatchingRuleIds#NO_SHARED_EXPERIENCE}.
   *
   * @return the reason
   */
  public abstract Optional<RuleId> refusedBy();

  /**
   * Tells whether the ranking found a candidate: no rule refused the seeker ({@link #refusedBy()} is
   * empty, the fallback is a rung and not {@link Fallback#NONE}).
   *
   * @return true if there is at least one candidate
   */
  public final boolean succeeded() {
    return refusedBy().isEmpty();
  }

  @Value.Check
  final void check() {
    if (refusedBy().isPresent() != (fallback() == Fallback.NONE)) {
      throw Require.invalid("refusedBy", "must be present exactly when the fallback is NONE", refusedBy().map(RuleId::value).orElse("empty"));
    }
    if ((fallback() == Fallback.NONE) != candidates().isEmpty()) {
      throw Require.invalid("candidates", "must be empty exactly when the fallback is NONE", candidates().size());
    }
    if (!candidates().isEmpty() && candidates().get(0).rung() != fallback()) {
      throw Require.invalid("fallback", "must be the rung of the first candidate, " + candidates().get(0).rung(), fallback());
    }
  }

  /** Returns e.g. {@code MatchResult[s-17, CONDITION, 10 candidates of 42 eligible, 7 excluded]}. */
  @Override
  public final String toString() {
    return "MatchResult[" + seeker() + ", " + fallback() + ", " + candidates().size() + " candidates of " + eligible()
        + " eligible, " + excluded().values().stream().mapToInt(Integer::intValue).sum() + " excluded" + refusedBy().map(r -> ", " + r).orElse("") + "]";
  }
}
