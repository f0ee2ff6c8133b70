package io.github.peersupport.core.lifecycle;

import io.github.peersupport.core.Tag;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A completed training course, e.g. {@code peer-mentor-core} or {@code group-facilitation}, and
 * whether the competency check at its end was passed.
 */
@Value.Immutable
@PeerStyle
public abstract class TrainingRecord {
  TrainingRecord() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrainingRecord}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableTrainingRecord.Builder {
    /** Creates an empty builder; prefer {@link TrainingRecord#builder()}. */
    public Builder() {}
  }

  /**
   * A course completed with its competency check passed.
   *
   * @param course the course tag
   * @param completedAt when it was completed
   * @return the record
   */
  public static TrainingRecord passed(String course, Instant completedAt) {
    return builder().course(Tag.of(course)).completedAt(completedAt).competencyConfirmed(true).build();
  }

  /**
   * Returns the course.
   *
   * @return the course tag
   */
  public abstract Tag course();

  /**
   * Returns when the course was completed.
   *
   * @return the instant
   */
  public abstract Instant completedAt();

  /**
   * Returns whether the competency check was passed.
   *
   * @return true if passed
   */
  public abstract boolean competencyConfirmed();
}
