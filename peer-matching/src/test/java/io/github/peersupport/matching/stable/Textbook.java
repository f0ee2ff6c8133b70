package io.github.peersupport.matching.stable;

/**
 * Published instances with known answers, and one constructed hospitals/residents instance.
 *
 * <p>D. Gale and L. S. Shapley, "College admissions and the stability of marriage", American
 * Mathematical Monthly 69 (1962) 9–15. Their rank matrices give, for man (row) and woman (column),
 * "the man's ranking of the woman, the woman's ranking of the man". Men are seekers α, β, γ(, δ) =
 * 0, 1, 2(, 3); women are supporters A, B, C(, D) = 0, 1, 2(, 3), each of capacity 1.
 */
final class Textbook {
  private Textbook() {}

  /**
   * Gale and Shapley's Example 1: the rows α (1,3) (2,2) (3,1), β (3,1) (1,3) (2,2), γ (2,2) (3,1)
   * (1,3). Three stable matchings: every man's first choice αA βB γC (men-optimal), every woman's
   * first choice αC βA γB (women-optimal), and everyone's second choice αB βC γA.
   */
  static StableProblem galeShapley1() {
    return StableProblem.of(StableGen.seekers(3), StableGen.supporters(3), new int[] {1, 1, 1},
        new int[][] {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}},
        new int[][] {{1, 2, 0}, {2, 0, 1}, {0, 1, 2}});
  }

  /** Example 1's men-optimal matching αA βB γC. */
  static final int[] GALE_SHAPLEY_1_MEN_OPTIMAL = {0, 1, 2};
  /** Example 1's women-optimal matching αC βA γB. */
  static final int[] GALE_SHAPLEY_1_WOMEN_OPTIMAL = {2, 0, 1};
  /** Example 1's third stable matching, everyone's second choice: αB βC γA. */
  static final int[] GALE_SHAPLEY_1_SECOND_CHOICES = {1, 2, 0};

  /**
   * Gale and Shapley's Example 2: rows α (1,3) (2,3) (3,2) (4,3); β (1,4) (4,1) (3,3) (2,2); γ (2,2)
   * (1,4) (3,4) (4,1); δ (4,1) (2,2) (3,1) (1,4). The only stable matching is αC βD γA δB.
   */
  static StableProblem galeShapley2() {
    return StableProblem.of(StableGen.seekers(4), StableGen.supporters(4), new int[] {1, 1, 1, 1},
        new int[][] {{0, 1, 2, 3}, {0, 3, 2, 1}, {1, 0, 2, 3}, {3, 1, 2, 0}},
        new int[][] {{3, 2, 0, 1}, {1, 3, 0, 2}, {3, 0, 1, 2}, {2, 1, 0, 3}});
  }

  /** Example 2's unique stable matching αC βD γA δB. */
  static final int[] GALE_SHAPLEY_2_UNIQUE = {2, 3, 0, 1};

  /**
   * A constructed hospitals/residents instance (not from a publication; its answers were found and
   * are re-checked by brute force in the tests): six seekers s0–s5, supporters h0 (capacity 2), h1
   * (capacity 2) and h2 (capacity 1), incomplete lists and one-sided entries (s3 lists only h0, who
   * does not list s3, so s3 stays unassigned; s0 lists h0, who does not list s0). It has three stable
   * matchings: the seeker-optimal {@link #HOSPITALS_SEEKER_OPTIMAL}, the supporter-optimal {@link
   * #HOSPITALS_SUPPORTER_OPTIMAL}, and s0→h2, s1→h1, s2→h1, s4→h0, s5→h0.
   */
  static StableProblem hospitals() {
    return StableProblem.of(StableGen.seekers(6), StableGen.supporters(3), new int[] {2, 2, 1},
        new int[][] {{2, 0}, {0, 1, 2}, {1, 2, 0}, {0}, {1, 2, 0}, {0, 1, 2}},
        new int[][] {{2, 4, 5, 1}, {1, 5, 0, 2, 4, 3}, {0, 5, 4, 3, 1}});
  }

  /** s0→h2, s1→h0, s2→h1, s3 unassigned, s4→h1, s5→h0. */
  static final int[] HOSPITALS_SEEKER_OPTIMAL = {2, 0, 1, -1, 1, 0};
  /** s0→h2, s1→h1, s2→h0, s3 unassigned, s4→h0, s5→h1. */
  static final int[] HOSPITALS_SUPPORTER_OPTIMAL = {2, 1, 0, -1, 0, 1};
  /** The third stable matching. */
  static final int[] HOSPITALS_MIDDLE = {2, 1, 1, -1, 0, 0};
}
