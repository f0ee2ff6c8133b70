package io.github.peersupport.groups;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.style.PeerStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of promoting a waitlist when seats are free: the group and waitlist after, who was
 * promoted (in waitlist order) and who was passed over because a rule made them ineligible.
 */
@Value.Immutable
@PeerStyle
public abstract class Promotion {
  Promotion() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Promotion}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutablePromotion.Builder {
    /** Creates an empty builder; prefer {@link Promotion#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the group after promotion.
   *
   * @return the group
   */
  public abstract SupportGroup group();

  /**
   * Returns the waitlist after promotion (promoted seekers removed; passed-over ones stay).
   *
   * @return the waitlist
   */
  public abstract Waitlist waitlist();

  /**
   * Returns the promoted seekers, in waitlist order.
   *
   * @return the ids
   */
  public abstract List<SeekerId> promoted();

  /**
   * Returns the seekers passed over, in waitlist order, with the rule.
   *
   * @return the entries
   */
  public abstract List<PassedOver> passedOver();

  /** Returns e.g. {@code Promotion[g-7, 2 promoted, 1 passed over, 0 waiting]}. */
  @Override
  public final String toString() {
    return "Promotion[" + group().id() + ", " + promoted().size() + " promoted, " + passedOver().size() + " passed over, "
        + waitlist().size() + " waiting]";
  }
}
