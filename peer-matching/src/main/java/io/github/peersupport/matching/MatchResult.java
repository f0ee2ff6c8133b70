package io.github.peersupport.matching;

import io.github.peersupport.core.SeekerId;
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
   * Returns the rung of the fallback ladder used.
   *
   * @return the fallback
   */
  public abstract Fallback fallback();

  /**
   * Returns the best candidates, best first; ties broken by supporter id.
   *
   * @return the candidates
   */
  public abstract List<Candidate> candidates();

  /**
   * Returns how many supporters each rule excluded (the first rule that failed for each: eligibility
   * first, then hard criteria), in rule order. {@link PeerMatcher#exclusions} lists them one by one.
   *
   * @return the counts per rule
   */
  public abstract Map<RuleId, Integer> excluded();

  /**
   * Returns how many supporters passed eligibility and the hard criteria (before the ladder).
   *
   * @return the count
   */
  public abstract int eligible();

  /**
   * Returns why there is no candidate; present exactly when {@link #fallback()} is {@link Fallback#NONE}.
   *
   * @return the rule that emptied the pool
   */
  public abstract Optional<RuleId> noMatchReason();

  /** Returns e.g. {@code MatchResult[s-17, CONDITION, 10 candidates of 42 eligible, 7 excluded]}. */
  @Override
  public final String toString() {
    return "MatchResult[" + seeker() + ", " + fallback() + ", " + candidates().size() + " candidates of " + eligible()
        + " eligible, " + excluded().values().stream().mapToInt(Integer::intValue).sum() + " excluded" + noMatchReason().map(r -> ", " + r).orElse("") + "]";
  }
}
