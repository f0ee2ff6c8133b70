package io.github.peersupport.matching;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A ranked supporter and why: the rung of the fallback ladder they stand on, the score in [0, 1] and
 * the contributions that sum to it, one per criterion in use ("why this supporter", for staff).
 */
@Value.Immutable
@PeerStyle
public abstract class Candidate {
  Candidate() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Candidate}. */
  public static class Builder extends ImmutableCandidate.Builder {
    /** Creates an empty builder; prefer {@link Candidate#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the 1-based rank.
   *
   * @return the rank
   */
  public abstract int rank();

  /**
   * Returns the supporter.
   *
   * @return the supporter's id
   */
  public abstract SupporterId supporter();

  /**
   * Returns the rung of the fallback ladder the supporter stands on ({@link RungOrder} says which):
   * {@link Fallback#CONDITION}, {@link Fallback#BROADER_CONDITION} or {@link Fallback#ISSUES}, never
   * {@link Fallback#NONE}.
   *
   * @return the rung
   */
  public abstract Fallback rung();

  /**
   * Returns the score.
   *
   * @return 0 to 1
   */
  public abstract double score();

  /**
   * Returns the contributions: one per criterion in use, largest share first, equal shares in {@link
   * Criterion} order; their values, added in this order, make the score.
   *
   * @return the contributions
   */
  public abstract List<Contribution> contributions();

  @Value.Check
  final void check() {
    if (rung() == Fallback.NONE) {
      throw Require.invalid("rung", "must be a rung of the ladder, not NONE");
    }
  }

  /** Returns e.g. {@code #1 sup-3 CONDITION 0.82 [condition 1.00×0.30, ...]}. */
  @Override
  public final String toString() {
    return "#" + rank() + " " + supporter() + " " + rung() + String.format(Locale.ROOT, " %.3f ", score()) + contributions();
  }
}
