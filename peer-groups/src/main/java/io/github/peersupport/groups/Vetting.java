package io.github.peersupport.groups;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group's vetting record: status, who vetted it (an opaque reviewer id or organisation id, never a
 * name), when, and when the next review is due. A {@link VettingStatus#VETTED} record has both
 * instants, the review due after the vetting.
 */
@Value.Immutable
@PeerStyle
public abstract class Vetting {
  Vetting() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Vetting}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableVetting.Builder {
    /** Creates an empty builder; prefer {@link Vetting#builder()}. */
    public Builder() {}
  }

  /**
   * A vetted record.
   *
   * @param reviewer the reviewer's or organisation's opaque id
   * @param vettedAt when it was vetted
   * @param reviewDue when the next review is due, after {@code vettedAt}
   * @return the record
   */
  public static Vetting vetted(String reviewer, Instant vettedAt, Instant reviewDue) {
    return builder().status(VettingStatus.VETTED).reviewer(reviewer).vettedAt(vettedAt).reviewDue(reviewDue).build();
  }

  /**
   * A record of a group submitted and not yet reviewed.
   *
   * @return the record
   */
  public static Vetting pending() {
    return builder().status(VettingStatus.PENDING).build();
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public abstract VettingStatus status();

  /**
   * Returns the reviewer's or organisation's opaque id.
   *
   * @return the id (1 to 64 characters of {@code A-Z a-z 0-9 . _ : -})
   */
  public abstract Optional<String> reviewer();

  /**
   * Returns when the group was last vetted.
   *
   * @return the instant
   */
  public abstract Optional<Instant> vettedAt();

  /**
   * Returns when the next review is due.
   *
   * @return the instant
   */
  public abstract Optional<Instant> reviewDue();

  @Value.Check
  final void check() {
    reviewer().ifPresent(r -> Require.id("reviewer", r));
    if (status() == VettingStatus.VETTED && (reviewer().isEmpty() || vettedAt().isEmpty() || reviewDue().isEmpty())) {
      throw Require.invalid("status", "VETTED requires reviewer, vettedAt and reviewDue");
    }
    if (vettedAt().isPresent() && reviewDue().isPresent() && !reviewDue().get().isAfter(vettedAt().get())) {
      throw Require.invalid("reviewDue", "must be after vettedAt " + vettedAt().get(), reviewDue().get());
    }
  }

  /**
   * Tells whether the review is overdue at an instant.
   *
   * @param at the instant
   * @return true if a due date is set and not after {@code at}
   */
  public final boolean reviewOverdue(Instant at) {
    return reviewDue().map(d -> !d.isAfter(at)).orElse(false);
  }
}
