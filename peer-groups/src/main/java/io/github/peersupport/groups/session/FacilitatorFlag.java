package io.github.peersupport.groups.session;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A facilitator's flag on a session: its kind and, when it is about one member, that member's id.
 * Invariant: a kind that {@linkplain FlagKind#memberRequired() requires a member} names one.
 */
@Value.Immutable
@PeerStyle
public abstract class FacilitatorFlag {
  FacilitatorFlag() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FacilitatorFlag}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableFacilitatorFlag.Builder {
    /** Creates an empty builder; prefer {@link FacilitatorFlag#aboutGroup} or {@link FacilitatorFlag#about}. */
    public Builder() {}
  }

  /**
   * A flag about the session as a whole.
   *
   * @param kind the kind
   * @return the flag
   */
  public static FacilitatorFlag aboutGroup(FlagKind kind) {
    return builder().kind(kind).build();
  }

  /**
   * A flag about one member.
   *
   * @param kind the kind
   * @param member the member
   * @return the flag
   */
  public static FacilitatorFlag about(FlagKind kind, SeekerId member) {
    return builder().kind(kind).member(member).build();
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract FlagKind kind();

  /**
   * Returns the member the flag is about.
   *
   * @return the member's id, or empty for the whole session
   */
  public abstract Optional<SeekerId> member();

  @Value.Check
  final void check() {
    if (kind().memberRequired() && member().isEmpty()) {
      throw Require.invalid("member", "must be present for " + kind());
    }
  }

  /** Returns e.g. {@code FacilitatorFlag[DISRUPTIVE_BEHAVIOUR, s-3]}. */
  @Override
  public final String toString() {
    return "FacilitatorFlag[" + kind() + member().map(m -> ", " + m).orElse("") + "]";
  }
}
