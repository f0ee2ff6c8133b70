package io.github.peersupport.core.referral;

import io.github.peersupport.core.ClinicianId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a person came to a programme: the source of the referral, the referring clinician's opaque id
 * when a clinician or an order in the health record referred them, and when the referral was made.
 * It carries no personal data: the clinician is an opaque {@link ClinicianId} the host maps to its
 * own records.
 *
 * <p>A referral is not consent: a seeker referred by a clinician is still matched only with their
 * own permission to be matched and contacted (Parent to Parent USA: no anonymous referrals).
 */
@Value.Immutable
@PeerStyle
public abstract class Referral {
  Referral() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Referral}; {@code build()} checks that only a clinical source names a clinician. */
  public static class Builder extends ImmutableReferral.Builder {
    /** Creates an empty builder; prefer {@link Referral#builder()} or {@link Referral#of(ReferralSource)}. */
    public Builder() {}
  }

  /**
   * A referral from a source, with no clinician and no instant.
   *
   * @param source the source
   * @return the referral
   */
  public static Referral of(ReferralSource source) {
    return builder().source(source).build();
  }

  /**
   * A referral by a clinician.
   *
   * @param clinician the referring clinician's opaque id
   * @return the referral
   */
  public static Referral byClinician(ClinicianId clinician) {
    return builder().source(ReferralSource.CLINICIAN).clinician(clinician).build();
  }

  /**
   * Returns who or what referred the person.
   *
   * @return the source
   */
  public abstract ReferralSource source();

  /**
   * Returns the referring clinician, for a referral by a clinician or by an order in the health
   * record (the order's author).
   *
   * @return the clinician's opaque id; absent for every other source
   */
  public abstract Optional<ClinicianId> clinician();

  /**
   * Returns when the referral was made, if known; a request that carries the referral is not earlier.
   *
   * @return the instant
   */
  public abstract Optional<Instant> referredAt();

  @Value.Check
  final void check() {
    if (clinician().isPresent() && !source().namesClinician()) {
      throw Require.invalid("clinician", "may be named only by a CLINICIAN or EHR_ORDER referral", "source " + source());
    }
  }
}
