package io.github.peersupport.sim;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import org.immutables.value.Value;

/** One simulated week's counts, taken at the end of the week. */
@Value.Immutable
@PeerStyle
public abstract class WeekMetrics {
  WeekMetrics() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WeekMetrics}. */
  public static class Builder extends ImmutableWeekMetrics.Builder {
    /** Creates an empty builder; prefer {@link WeekMetrics#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the week number, from 1.
   *
   * @return the week
   */
  public abstract int week();

  /**
   * Returns the seekers referred this week for a one-to-one match (as {@link Metrics#seekers()}).
   *
   * @return the count
   */
  public abstract int referrals();

  /**
   * Returns the matches accepted this week.
   *
   * @return the count
   */
  public abstract int accepted();

  /**
   * Returns the seekers waiting at the end of the week: requested, offered, needing a manual match or
   * queued for a batch.
   *
   * @return the queue length
   */
  public abstract int waiting();

  /**
   * Returns the matches accepted and not yet closed.
   *
   * @return the count
   */
  public abstract int engaged();

  /**
   * Returns the supporters active at the end of the week (not paused, not retired).
   *
   * @return the count
   */
  public abstract int activeSupporters();

  /**
   * Returns the group members at the week's sessions.
   *
   * @return the count
   */
  public abstract int groupMembers();

  /**
   * Returns the group waitlist length at the end of the week: everyone who asked for a group and is
   * not yet seated or refused (placement runs at the start of each week, so those who asked during
   * the week, including any the placement will refuse, e.g. for lack of consent, are counted).
   *
   * @return the length
   */
  public abstract int groupWaitlist();

  /**
   * Returns the escalations raised this week.
   *
   * @return the count
   */
  public abstract int escalations();

  @Value.Check
  final void check() {
    Require.inRange("week", week(), 1, 520);
    Require.inRange("referrals", referrals(), 0, Integer.MAX_VALUE);
    Require.inRange("accepted", accepted(), 0, Integer.MAX_VALUE);
    Require.inRange("waiting", waiting(), 0, Integer.MAX_VALUE);
    Require.inRange("engaged", engaged(), 0, Integer.MAX_VALUE);
    Require.inRange("activeSupporters", activeSupporters(), 0, Integer.MAX_VALUE);
    Require.inRange("groupMembers", groupMembers(), 0, Integer.MAX_VALUE);
    Require.inRange("groupWaitlist", groupWaitlist(), 0, Integer.MAX_VALUE);
    Require.inRange("escalations", escalations(), 0, Integer.MAX_VALUE);
  }

  /** Returns e.g. {@code Week[3: referrals 24, waiting 5, engaged 60, waitlist 2]}. */
  @Override
  public final String toString() {
    return "Week[" + week() + ": referrals " + referrals() + ", waiting " + waiting() + ", engaged " + engaged()
        + ", waitlist " + groupWaitlist() + "]";
  }
}
