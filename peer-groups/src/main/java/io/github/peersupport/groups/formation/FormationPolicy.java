package io.github.peersupport.groups.formation;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.groups.Cadence;
import io.github.peersupport.groups.FacilitatorEligibility;
import io.github.peersupport.groups.GroupAdmission;
import io.github.peersupport.groups.GroupModality;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.Openness;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How a cohort is partitioned into new groups. Each seeker gets a group key: audience (patients and
 * caregivers apart unless {@link #mixAudiences()}), focus (the seeker's condition generalised to
 * {@link #focusDepth()} in the admission taxonomy: depth 2 turns {@code breast-cancer.triple-negative}
 * into {@code breast-cancer}), modality (the first of {@link #modalities()} the seeker accepts),
 * language (the seeker's first language tag in order, primary subtag; {@link #defaultLanguage()} when
 * none) and time slot (the first of {@link #slots()} inside the seeker's availability; the first slot
 * when availability is unknown). New groups get {@link #sizePolicy()}, {@link #cadence()}, {@link
 * #openness()} and {@link #seriesWeeks()}: by default closed weekly series of 10 weeks (series of
 * 10 to 12 weeks: CancerChatCanada).
 */
@Value.Immutable
@PeerStyle
public abstract class FormationPolicy {
  FormationPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FormationPolicy}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableFormationPolicy.Builder {
    /** Creates an empty builder; prefer {@link FormationPolicy#builder()}. */
    public Builder() {}
  }

  /**
   * The defaults: standard size policy, focus depth 2, audiences apart, mixed fallback, video first,
   * no time slots, English by default, closed weekly series of 10 weeks.
   *
   * @return the default policy
   */
  public static FormationPolicy standard() {
    return builder().seriesWeeks(10).build();
  }

  /**
   * Returns the size and facilitation rules of the new groups.
   *
   * @return the size policy
   */
  @Value.Default
  public GroupSizePolicy sizePolicy() {
    return GroupSizePolicy.standard();
  }

  /**
   * Returns the admission rules (consent, condition taxonomy) every new member must pass.
   *
   * @return the admission rules
   */
  @Value.Default
  public GroupAdmission admission() {
    return GroupAdmission.standard();
  }

  /**
   * Returns who may facilitate the new groups.
   *
   * @return the eligibility
   */
  @Value.Default
  public FacilitatorEligibility eligibility() {
    return FacilitatorEligibility.standard();
  }

  /**
   * Returns the taxonomy depth diagnosis-specific groups are formed at (default 2); 0 forms only mixed groups.
   *
   * @return 0 to 10
   */
  @Value.Default
  public int focusDepth() {
    return 2;
  }

  /**
   * Returns whether patients and caregivers share groups (default false).
   *
   * @return true to mix
   */
  @Value.Default
  public boolean mixAudiences() {
    return false;
  }

  /**
   * Returns whether seekers of a focus too small for a group join a mixed group of the same
   * audience, modality, language and slot (default true).
   *
   * @return true to fall back
   */
  @Value.Default
  public boolean mixedFallback() {
    return true;
  }

  /**
   * Returns the modalities new groups may use, in preference order (default video, in person, phone, chat).
   *
   * @return the modalities, at least one
   */
  @Value.Default
  public List<GroupModality> modalities() {
    return List.of(GroupModality.VIDEO, GroupModality.IN_PERSON, GroupModality.PHONE, GroupModality.CHAT);
  }

  /**
   * Returns the weekly slots new scheduled groups may meet in, in preference order; empty leaves slots unset.
   *
   * @return the slots
   */
  public abstract List<TimeWindow> slots();

  /**
   * Returns the zone of {@link #slots()} (default UTC).
   *
   * @return the zone
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns the language of seekers who list none (default {@code en}).
   *
   * @return the language
   */
  @Value.Default
  public Language defaultLanguage() {
    return Language.of("en");
  }

  /**
   * Returns the cadence of new groups (default weekly).
   *
   * @return the cadence
   */
  @Value.Default
  public Cadence cadence() {
    return Cadence.WEEKLY;
  }

  /**
   * Returns the openness of new groups (default closed: a series formed together).
   *
   * @return the openness
   */
  @Value.Default
  public Openness openness() {
    return Openness.CLOSED;
  }

  /**
   * Returns the series length of new groups in weeks; empty for open-ended ({@link #standard()}: 10).
   *
   * @return the weeks
   */
  public abstract OptionalInt seriesWeeks();

  /**
   * Returns the first session date of new groups, if known.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> seriesStart();

  /**
   * Returns the prefix of new group ids: {@code prefix-1}, {@code prefix-2}, ... (default {@code new}).
   *
   * @return the prefix, an id text of at most 40 characters
   */
  @Value.Default
  public String idPrefix() {
    return "new";
  }

  @Value.Check
  final void check() {
    Require.inRange("focusDepth", focusDepth(), 0, 10);
    if (modalities().isEmpty()) {
      throw Require.invalid("modalities", "must name at least one modality");
    }
    Require.id("idPrefix", idPrefix());
    Require.inRange("idPrefix", idPrefix().length(), 1, 40);
    if (seriesWeeks().isPresent()) {
      Require.inRange("seriesWeeks", seriesWeeks().getAsInt(), 1, 104);
    }
  }

  /** Returns e.g. {@code FormationPolicy[GroupSizePolicy[4-12, ...], depth 2, 0 slots]}. */
  @Override
  public final String toString() {
    return "FormationPolicy[" + sizePolicy() + ", depth " + focusDepth() + ", " + slots().size() + " slots]";
  }
}
