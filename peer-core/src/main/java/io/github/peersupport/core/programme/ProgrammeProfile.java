package io.github.peersupport.core.programme;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.style.PeerStyle;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who a peer support programme is and whom it serves: its id and public name, the delivery models it
 * offers and its setting (IPFCC), the populations it serves (conditions, at any level of the taxonomy,
 * and patients and/or caregivers), its languages and the time zone its dates are read in. The
 * configuration root that the engines read, with this profile, the matching policy, timers, group
 * rules and escalation routing, is {@code io.github.peersupport.programmes.Programme} (module
 * peer-programmes).
 */
@Value.Immutable
@PeerStyle
public abstract class ProgrammeProfile {
  private static final int MAX_NAME_LENGTH = 200;

  ProgrammeProfile() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgrammeProfile}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableProgrammeProfile.Builder {
    /** Creates an empty builder; prefer {@link ProgrammeProfile#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the opaque id.
   *
   * @return the id
   */
  public abstract ProgrammeId id();

  /**
   * Returns the programme's public name (not personal data).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the delivery models offered (at least one).
   *
   * @return the delivery models
   */
  public abstract Set<DeliveryModel> deliveryModels();

  /**
   * Returns the setting.
   *
   * @return the setting
   */
  public abstract ProgrammeSetting setting();

  /**
   * Returns the conditions served; a concept covers its descendants in the taxonomy.
   *
   * @return the condition codes
   */
  public abstract Set<Code> conditionsServed();

  /**
   * Returns whom the programme serves (default: patients and caregivers).
   *
   * @return the roles
   */
  @Value.Default
  public Set<ExperienceRole> rolesServed() {
    return Set.copyOf(EnumSet.allOf(ExperienceRole.class));
  }

  /**
   * Returns the languages the programme works in.
   *
   * @return the languages
   */
  public abstract Set<Language> languages();

  /**
   * Returns the time zone the programme's dates are read in (default UTC).
   *
   * @return the zone
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  @Value.Check
  final void check() {
    Require.text("name", name(), MAX_NAME_LENGTH);
    if (deliveryModels().isEmpty()) {
      throw Require.invalid("deliveryModels", "must offer at least one delivery model");
    }
    if (rolesServed().isEmpty()) {
      throw Require.invalid("rolesServed", "must serve patients, caregivers or both");
    }
  }
}
