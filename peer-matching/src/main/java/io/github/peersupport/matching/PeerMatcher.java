package io.github.peersupport.matching;

import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.Preference;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.matching.assignment.MinCostFlowAssignment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranks supporters for a seeker and explains every candidate (Joo et al. 2022; IPFCC).
 *
 * <p><b>Steps.</b> (1) The safety floor, checked in the order of {@link MatchingRuleIds}: the seeker's
 * side (age where required, minors served and minimum age, then a minor's guardian consent and assent
 * where required, or anyone else's consent to be matched and contacted); the supporter active,
 * certified at the instant, not under boundary review, known adult, ready by every rule of the
 * policy's {@link MatchingPolicy#readiness()} (named by the failing rule's own id; the standard one:
 * 12 months past treatment or on maintenance therapy), below capacity ({@link
 * io.github.peersupport.core.person.Supporter#activeMatches()} below its
 * capacity; a host that keeps a {@link io.github.peersupport.matching.lifecycle.MatchBook} passes
 * {@code book.withLoads(supporters)} so that the book's live matches are the one record of load).
 * (2) Hard criteria, in {@link Criterion} order: the policy's {@link CriterionMode#HARD} criteria (the
 * two caregiver criteria only for a caregiver seeker), plus
 * gender, language, age and culture when the seeker {@link Preference#REQUIRE requires} them (whatever
 * their mode); a requirement the seeker cannot state (no language given) does not filter, a supporter
 * who did not give the attribute fails it; each criterion's pass rule is in {@link Criterion}. A
 * supporter is excluded by the first rule of (1) and (2) they fail. (3) The fallback ladder ({@link
 * Fallback}, {@link RungOrder}): by default supporters sharing the condition closely enough, else
 * sharing a broader ancestor, else sharing enough issues (Joo et al. 2022), else none, with the rule
 * that emptied the pool ({@link MatchResult#refusedBy()}); with {@link RungOrder#ISSUES_BEFORE_BROADER}
 * every rung, issue-sharing supporters ahead of broader-condition ones. Each candidate names its rung.
 * (4) Scores: the weighted mean of the criteria in use (mode not {@link CriterionMode#OFF}, weight
 * above 0; {@link Criterion#RELATIONSHIP} and {@link Criterion#CARED_FOR} only for a caregiver
 * seeker): each criterion's share is its weight ÷ the sum of the weights in
 * use, a weight doubled when the seeker {@link Preference#PREFER prefers} the criterion (gender,
 * language, age, culture); the score is the sum of share × similarity (unknown 0.5), added largest
 * share first, and a candidate's contributions are those terms. (5) The top {@link MatchingPolicy#topK()}
 * by score (rung by rung with {@link RungOrder#ISSUES_BEFORE_BROADER}), scores compared rounded to 12
 * decimal places (so that rounding in a sum's last bits never decides an order) and ties broken by
 * supporter id, so the result does not depend on the order of the supporter list.
 *
 * <p><b>Complexity.</b> {@link #rank(Seeker, SupporterPool)} is O(m·(c + w) + m log k) for m supporters
 * with c conditions and treatments and w availability windows each, k = top-k, in one pass with a
 * bounded heap per rung; with {@link RungOrder#CONDITION_FIRST} a supporter below the best rung seen so
 * far is not scored; only the k candidates are explained (allocated). Exclusions are counted per rule;
 * {@link #exclusions} lists them. Building a {@link SupporterPool} is O(m·a) (issue tags resolved in
 * {@link #issues()} once per person) and is shared by every seeker ranked at the same instant.
 * Immutable and thread-safe.
 */
@Value.Immutable
@PeerStyle
public abstract class PeerMatcher {
  private static final Logger LOG = LoggerFactory.getLogger(PeerMatcher.class);
  /** The ladder's rungs, best first; {@link #fallbackOf(int)} names them. */
  static final int CONDITION_RUNG = 0;
  static final int BROADER_CONDITION_RUNG = 1;
  static final int ISSUES_RUNG = 2;
  static final int RUNGS = 3;
  /** Score units per 1 in {@link #orderKey}. */
  static final double SCORE_UNITS = 1e12;

  PeerMatcher() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeerMatcher}. */
  public static class Builder extends ImmutablePeerMatcher.Builder {
    /** Creates an empty builder; prefer {@link PeerMatcher#builder()}. */
    public Builder() {}
  }

  /**
   * The standard policy with the library's default taxonomies.
   *
   * @return the matcher
   */
  public static PeerMatcher standard() {
    return builder().build();
  }

  /**
   * Returns the policy.
   *
   * @return the policy (default {@link MatchingPolicy#standard()})
   */
  @Value.Default
  public MatchingPolicy policy() {
    return MatchingPolicy.standard();
  }

  /**
   * Returns the condition taxonomy.
   *
   * @return the taxonomy (default {@link Taxonomy#standardConditions()})
   */
  @Value.Default
  public Taxonomy conditions() {
    return Taxonomy.standardConditions();
  }

  /**
   * Returns the treatment taxonomy.
   *
   * @return the taxonomy (default {@link Taxonomy#standardTreatments()})
   */
  @Value.Default
  public Taxonomy treatments() {
    return Taxonomy.standardTreatments();
  }

  /**
   * Returns the issue vocabulary: issue tags are counted as the concepts they {@linkplain
   * Taxonomy#resolve(String) resolve} to in it ({@link Criterion#ISSUES}), so that a seeker's and a
   * supporter's synonyms match. A taxonomy without concepts counts tags by their exact text.
   *
   * @return the taxonomy (default {@link Taxonomy#standardIssues()})
   */
  @Value.Default
  public Taxonomy issues() {
    return Taxonomy.standardIssues();
  }

  /**
   * Compiles supporters for ranking at an instant.
   *
   * @param supporters the supporters, ids unique, in any order
   * @param at the instant
   * @return the pool
   * @throws IllegalArgumentException for a duplicate supporter id
   * @throws NullPointerException if any argument is null
   */
  public final SupporterPool pool(List<Supporter> supporters, Instant at) {
    Objects.requireNonNull(supporters, "supporters");
    Objects.requireNonNull(at, "at");
    return new SupporterPool(this, supporters, at);
  }

  /**
   * Ranks supporters for a seeker at an instant: {@code rank(seeker, pool(supporters, at))}.
   *
   * @param seeker the seeker
   * @param supporters the supporters, in any order
   * @param at the instant
   * @return the result
   * @throws NullPointerException if any argument is null
   */
  public final MatchResult rank(Seeker seeker, List<Supporter> supporters, Instant at) {
    Objects.requireNonNull(seeker, "seeker");
    Objects.requireNonNull(supporters, "supporters");
    Objects.requireNonNull(at, "at");
    return rank(seeker, pool(supporters, at));
  }

  /**
   * Ranks a compiled pool of supporters for a seeker at the pool's instant.
   *
   * @param seeker the seeker
   * @param pool the supporters, compiled by this matcher
   * @return the result
   * @throws IllegalArgumentException if the pool was compiled by another matcher
   * @throws NullPointerException if any argument is null
   */
  public final MatchResult rank(Seeker seeker, SupporterPool pool) {
    Objects.requireNonNull(seeker, "seeker");
    Objects.requireNonNull(pool, "pool");
    if (!pool.matcher.equals(this)) {
      throw Require.invalid("pool", "was compiled by a matcher with another policy or taxonomy");
    }
    MatchResult.Builder result = MatchResult.builder();
    result.seeker(seeker.id()).at(pool.at);
    int m = pool.size();
    RuleId seekerRefusal = SeekerEligibility.refusal(policy(), seeker, pool.at, pool.date);
    if (seekerRefusal != null) {
      if (m > 0) {
        result.putExcluded(seekerRefusal, m);
      }
      LOG.debug("ranking: the seeker is refused by {}", seekerRefusal);
      return result.fallback(Fallback.NONE).eligible(0).refusedBy(seekerRefusal).build();
    }
    if (m == 0) {
      return result.fallback(Fallback.NONE).eligible(0).refusedBy(MatchingRuleIds.NO_SUPPORTERS).build();
    }

    PoolScorer scorer = new PoolScorer(this, seeker, pool);
    // one pass: floor and hard checks (counted), the ladder rung, and a bounded heap per rung; with
    // CONDITION_FIRST a supporter below the best rung seen so far is not scored
    int[] excludedBy = new int[scorer.checks()];
    TopK[] rungs = new TopK[RUNGS];
    for (int r = 0; r < RUNGS; r++) {
      rungs[r] = new TopK(policy().topK());
    }
    boolean everyRung = policy().rungOrder() == RungOrder.ISSUES_BEFORE_BROADER;
    int best = rungs.length;
    int eligible = 0;
    // the floor's exclusions are the pool's, counted once; ranking reads the supporters it admits,
    // and only those of the seeker's role when role is the first hard check
    int deepest = pool.deepestFloor;
    System.arraycopy(pool.floorExcluded, 0, excludedBy, 0, pool.floorExcluded.length);
    int[] admitted = pool.eligible;
    if (scorer.roleFirst()) {
      admitted = pool.eligibleByRole[scorer.role()];
      int otherRoles = pool.eligible.length - admitted.length;
      if (otherRoles > 0) {
        int roleCheck = scorer.checks() - Criterion.values().length + Criterion.ROLE.ordinal();
        excludedBy[roleCheck] += otherRoles;
        deepest = Math.max(deepest, roleCheck);
      }
    }
    for (int i : admitted) {
      int fail = scorer.firstFailure(i);
      if (fail >= 0) {
        excludedBy[fail]++;
        deepest = Math.max(deepest, fail);
        continue;
      }
      eligible++;
      double condition = scorer.conditionSimilarity(i);
      int rung;
      if (everyRung) {
        // RungOrder.ISSUES_BEFORE_BROADER: every rung is ranked; issues are tested before broader ancestry
        rung = condition >= policy().conditionThreshold() ? CONDITION_RUNG
            : scorer.sharedIssues(i) >= policy().minSharedIssues() ? ISSUES_RUNG : condition > 0 ? BROADER_CONDITION_RUNG : -1;
        if (rung < 0) {
          continue;
        }
      } else {
        rung = condition >= policy().conditionThreshold() ? CONDITION_RUNG : condition > 0 ? BROADER_CONDITION_RUNG : ISSUES_RUNG;
        if (rung > best || (rung == ISSUES_RUNG && scorer.sharedIssues(i) < policy().minSharedIssues())) {
          continue; // a better rung has candidates, or no rung fits; shared issues are counted only when they could matter
        }
      }
      best = Math.min(best, rung);
      double score = scorer.score(i, condition, rungs[rung].floor());
      if (score >= 0) {
        rungs[rung].offer(score, i);
      }
    }
    for (int check = 0; check < excludedBy.length; check++) {
      if (excludedBy[check] > 0) {
        result.putExcluded(scorer.rule(check), excludedBy[check]);
      }
    }
    result.eligible(eligible);
    if (best == rungs.length) {
      RuleId reason = eligible == 0 ? scorer.rule(deepest) : MatchingRuleIds.NO_SHARED_EXPERIENCE;
      LOG.debug("ranking: no candidate among {} supporters ({} eligible)", m, eligible);
      return result.fallback(Fallback.NONE).refusedBy(reason).build();
    }
    int[] ladder = everyRung ? new int[] {CONDITION_RUNG, ISSUES_RUNG, BROADER_CONDITION_RUNG} : new int[] {best};
    Fallback fallback = Fallback.NONE;
    int ranked = 0;
    for (int rung : ladder) {
      int[] order = rungs[rung].bestFirst();
      for (int r = 0; r < order.length && ranked < policy().topK(); r++) {
        int i = order[r];
        List<Contribution> contributions = scorer.explain(i, scorer.conditionSimilarity(i));
        double score = 0;
        for (Contribution c : contributions) {
          score += c.value();
        }
        fallback = fallback == Fallback.NONE ? fallbackOf(rung) : fallback;
        result.addCandidates(Candidate.builder().rank(++ranked).supporter(pool.supporters[i].id()).rung(fallbackOf(rung))
            .score(score).contributions(contributions).build());
      }
    }
    LOG.debug("ranking: {} candidates of {} eligible supporters, fallback {}", ranked, eligible, fallback);
    return result.fallback(fallback).build();
  }

  /**
   * Ranks a batch of seekers against a compiled pool and assigns them optimally in one call: {@code
   * BatchIntake.of(this).assign(seekers, pool)}. Each supporter takes at most its free capacity;
   * {@link MinCostFlowAssignment#coverageFirst()} assigns as many seekers as possible, then maximises the
   * total score; every assigned pair keeps its {@link Candidate} and every other seeker its reason. See
   * {@link BatchIntake} for the cost scaling, other solvers and a candidate filter.
   *
   * @param seekers the seekers, ids unique
   * @param pool the supporters, compiled by this matcher
   * @return the assignment
   * @throws IllegalArgumentException naming a repeated seeker id, or if the pool was compiled by
   *     another matcher
   * @throws NullPointerException if any argument is null
   */
  public final BatchAssignment assignBatch(List<Seeker> seekers, SupporterPool pool) {
    return BatchIntake.of(this).assign(seekers, pool);
  }

  /**
   * Lists every supporter of a pool who cannot be a candidate for a seeker, each with the first rule
   * that excluded them (eligibility first, then hard criteria), in supporter-id order. {@link
   * #rank(Seeker, SupporterPool)} reports only the counts, so that ranking a large pool allocates
   * nothing per supporter.
   *
   * @param seeker the seeker
   * @param pool the supporters, compiled by this matcher
   * @return the exclusions
   * @throws NullPointerException if any argument is null
   */
  public final List<Exclusion> exclusions(Seeker seeker, SupporterPool pool) {
    Objects.requireNonNull(seeker, "seeker");
    Objects.requireNonNull(pool, "pool");
    List<Exclusion> exclusions = new ArrayList<>();
    RuleId seekerRefusal = SeekerEligibility.refusal(policy(), seeker, pool.at, pool.date);
    PoolScorer scorer = seekerRefusal == null ? new PoolScorer(this, seeker, pool) : null;
    for (int i = 0; i < pool.size(); i++) {
      if (scorer == null) {
        exclusions.add(Exclusion.of(pool.supporters[i].id(), seekerRefusal));
        continue;
      }
      int fail = scorer.firstFailure(i);
      if (fail >= 0) {
        exclusions.add(Exclusion.of(pool.supporters[i].id(), scorer.rule(fail)));
      }
    }
    return List.copyOf(exclusions);
  }

  /**
   * The rung of the ladder a ranking used, by name: the ranking's rung indexes (best first) never
   * depend on the order of {@link Fallback}'s constants.
   *
   * @param rung {@link #CONDITION_RUNG}, {@link #BROADER_CONDITION_RUNG} or {@link #ISSUES_RUNG}
   * @return the fallback
   * @throws IllegalArgumentException for any other index
   */
  static Fallback fallbackOf(int rung) {
    switch (rung) {
      case CONDITION_RUNG:
        return Fallback.CONDITION;
      case BROADER_CONDITION_RUNG:
        return Fallback.BROADER_CONDITION;
      case ISSUES_RUNG:
        return Fallback.ISSUES;
      default:
        throw new IllegalArgumentException("rung must be 0 to " + (RUNGS - 1) + ", was " + rung);
    }
  }

  /**
   * The key candidates are ordered by: the score in units of 10⁻¹² (12 decimal places), so that
   * rounding in the last bits of two sums never decides their order; equal keys go by supporter id.
   *
   * @param score a score, 0 to 1
   * @return the score rounded to a whole number of 10⁻¹²
   */
  static double orderKey(double score) {
    return Math.rint(score * SCORE_UNITS);
  }

  /** The k best (order key, index) pairs seen, in a min-heap on "better" (the root is the worst kept). */
  private static final class TopK {
    private final int[] index;
    /** {@link #orderKey} of each kept score. */
    private final double[] score;
    private int size;

    TopK(int k) {
      index = new int[k];
      score = new double[k];
    }

    /** The worst kept score once full (within 10⁻¹²); well below it nothing can enter. */
    double floor() {
      return size < index.length ? Double.NEGATIVE_INFINITY : score[0] / SCORE_UNITS;
    }

    void offer(double raw, int i) {
      double s = orderKey(raw);
      if (size < index.length) {
        index[size] = i;
        score[size] = s;
        siftUp(index, score, size++);
      } else if (better(s, i, score[0], index[0])) {
        index[0] = i;
        score[0] = s;
        siftDown(index, score, size);
      }
    }

    int[] bestFirst() {
      int[] order = new int[size];
      for (int n = size - 1; n >= 0; n--) {
        order[n] = index[0];
        index[0] = index[--size];
        score[0] = score[size];
        siftDown(index, score, size);
      }
      return order;
    }
  }

  /** Higher order key first; equal keys: lower index (earlier supporter id) first. */
  private static boolean better(double score, int index, double otherScore, int otherIndex) {
    return score > otherScore || (score == otherScore && index < otherIndex);
  }

  /** Min-heap on "better": the root is the worst of the kept candidates. */
  private static void siftUp(int[] heap, double[] score, int pos) {
    int p = pos;
    while (p > 0) {
      int parent = (p - 1) >>> 1;
      if (!better(score[parent], heap[parent], score[p], heap[p])) {
        break;
      }
      swap(heap, score, p, parent);
      p = parent;
    }
  }

  private static void siftDown(int[] heap, double[] score, int size) {
    int p = 0;
    while (true) {
      int l = 2 * p + 1;
      int r = l + 1;
      int worst = p;
      if (l < size && better(score[worst], heap[worst], score[l], heap[l])) {
        worst = l;
      }
      if (r < size && better(score[worst], heap[worst], score[r], heap[r])) {
        worst = r;
      }
      if (worst == p) {
        return;
      }
      swap(heap, score, p, worst);
      p = worst;
    }
  }

  private static void swap(int[] heap, double[] score, int a, int b) {
    int h = heap[a];
    heap[a] = heap[b];
    heap[b] = h;
    double s = score[a];
    score[a] = score[b];
    score[b] = s;
  }

  /** Returns e.g. {@code PeerMatcher[top 10, 15 criteria, Taxonomy[...]]}. */
  @Override
  public final String toString() {
    return "PeerMatcher[top " + policy().topK() + ", " + policy().criteria().size() + " criteria, " + conditions() + "]";
  }
}
