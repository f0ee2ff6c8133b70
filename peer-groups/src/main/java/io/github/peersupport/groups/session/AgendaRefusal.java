package io.github.peersupport.groups.session;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why no agenda could be built, as a business outcome: the rule, the reason, the time needed against
 * the time available, and, when there are too many members, how many would fit. {@link
 * #explanation()} says it in one English sentence for staff.
 */
@Value.Immutable
@PeerStyle
public abstract class AgendaRefusal {
  AgendaRefusal() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaRefusal}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableAgendaRefusal.Builder {
    /** Creates an empty builder; prefer {@link AgendaRefusal#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the rule that refused: {@link AgendaPlanner#SHARE_TIME} or {@link AgendaPlanner#REQUIRED_MINIMUMS}.
   *
   * @return the rule id
   */
  public abstract RuleId refusedBy();

  /**
   * Returns the reason.
   *
   * @return the reason
   */
  public abstract RefusalReason reason();

  /**
   * Returns the number of attending members asked for.
   *
   * @return 1 or more
   */
  public abstract int attending();

  /**
   * Returns the largest number of attending members for which an agenda can be built with this
   * format and policy; less than {@link #attending()}, and 0 with {@link
   * RefusalReason#REQUIRED_MINIMUMS_EXCEED_LENGTH}.
   *
   * @return the count
   */
  public abstract int membersThatFit();

  /**
   * Returns the round of turns that cannot hold every member's minimum turn, if that is the cause;
   * empty when the whole session is too short.
   *
   * @return the segment kind, or empty
   */
  public abstract Optional<SegmentKind> segment();

  /**
   * Returns the time needed: the minimums of the required segments (with every member's minimum turn),
   * or the time the round in {@link #segment()} needs; for {@link
   * RefusalReason#REQUIRED_MINIMUMS_EXCEED_LENGTH}, what a single member would need.
   *
   * @return the time needed
   */
  public abstract Duration needed();

  /**
   * Returns the time available: the session length, or the maximum of the round in {@link #segment()}.
   *
   * @return the time available, less than {@link #needed()}
   */
  public abstract Duration available();

  @Value.Check
  final void check() {
    Require.inRange("attending", attending(), 1, AgendaPlanner.MAX_ATTENDING);
    Require.inRange("membersThatFit", membersThatFit(), 0, attending() - 1);
    if (needed().compareTo(available()) <= 0) {
      throw Require.invalid("needed", "must exceed available " + available(), needed());
    }
  }

  /**
   * Returns one English sentence for staff, e.g. "14 members need at least 28 min of turns in
   * Check-in (2 min each) but it lasts at most 25 min; at most 12 members fit".
   *
   * @return the explanation
   */
  public final String explanation() {
    String fit = membersThatFit() == 0 ? "no number of members fits" : "at most " + membersThatFit() + " members fit";
    if (reason() == RefusalReason.REQUIRED_MINIMUMS_EXCEED_LENGTH && segment().isPresent()) {
      return "a single member's minimum turn needs " + Agenda.minutes(needed()) + " in " + segment().get().label() + " but it lasts at most "
          + Agenda.minutes(available()) + "; " + fit;
    }
    if (reason() == RefusalReason.REQUIRED_MINIMUMS_EXCEED_LENGTH) {
      return "the required segments need at least " + Agenda.minutes(needed()) + " but the session lasts " + Agenda.minutes(available())
          + "; " + fit;
    }
    if (segment().isPresent()) {
      return attending() + " members need at least " + Agenda.minutes(needed()) + " of turns in " + segment().get().label()
          + " but it lasts at most " + Agenda.minutes(available()) + "; " + fit;
    }
    return attending() + " members need at least " + Agenda.minutes(needed()) + " for the required segments and their turns but the session lasts "
        + Agenda.minutes(available()) + "; " + fit;
  }

  /** Returns e.g. {@code AgendaRefusal[session.agenda.share-time: 14 members, 12 fit]}. */
  @Override
  public final String toString() {
    return "AgendaRefusal[" + refusedBy() + ": " + attending() + " members, " + membersThatFit() + " fit]";
  }
}
