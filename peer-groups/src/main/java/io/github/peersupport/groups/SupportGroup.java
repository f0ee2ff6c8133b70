package io.github.peersupport.groups;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.style.PeerStyle;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A facilitated support group: its focus (a condition, or mixed), audience, how and when it meets,
 * its size policy, facilitators and members. {@code build()} refuses a group over its cap ({@link
 * GroupSizePolicy#maxMembers()}), so no group value is ever over it; members join through {@link
 * GroupAdmission}, which returns the new group as part of a result.
 *
 * <pre>{@code
 * SupportGroup g = SupportGroup.builder()
 *     .id(GroupId.of("g-breast-tue"))
 *     .focus(Taxonomy.standardConditions().code("breast-cancer"))
 *     .modality(GroupModality.VIDEO)
 *     .addLanguages(Language.of("en"))
 *     .slot(TimeWindow.of(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(19, 30)))
 *     .openness(Openness.CLOSED).seriesWeeks(10).seriesStart(LocalDate.of(2026, 2, 3))
 *     .build();
 * }</pre>
 *
 * <p>{@code toString()} shows the id, focus, audience, modality and size, never member ids.
 */
@Value.Immutable
@PeerStyle
public abstract class SupportGroup {
  SupportGroup() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SupportGroup}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableSupportGroup.Builder {
    /** Creates an empty builder; prefer {@link SupportGroup#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the group's id (the catalogue and prescriptions refer to it).
   *
   * @return the id
   */
  public abstract GroupId id();

  /**
   * Returns the condition the group is specific to; empty for a mixed group. A diagnosis-specific
   * group admits seekers with this condition or one under it in the taxonomy.
   *
   * @return the focus
   */
  public abstract Optional<Code> focus();

  /**
   * Returns whom the group is for (default patients).
   *
   * @return the audience
   */
  @Value.Default
  public Audience audience() {
    return Audience.PATIENTS;
  }

  /**
   * Returns how the group meets (default video).
   *
   * @return the modality
   */
  @Value.Default
  public GroupModality modality() {
    return GroupModality.VIDEO;
  }

  /**
   * Returns the languages sessions are held in (at least one).
   *
   * @return the languages
   */
  public abstract Set<Language> languages();

  /**
   * Returns the weekly time slot of sessions in {@link #zone()}; empty for an asynchronous board or
   * when not yet set.
   *
   * @return the slot
   */
  public abstract Optional<TimeWindow> slot();

  /**
   * Returns the time zone of {@link #slot()} (default UTC).
   *
   * @return the zone
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns how often the group meets (default weekly).
   *
   * @return the cadence
   */
  @Value.Default
  public Cadence cadence() {
    return Cadence.WEEKLY;
  }

  /**
   * Returns whether members may join while the group runs (default open).
   *
   * @return the openness
   */
  @Value.Default
  public Openness openness() {
    return Openness.OPEN;
  }

  /**
   * Returns the length of the series in weeks (typically 10 to 12, CancerChatCanada); empty for an
   * open-ended group.
   *
   * @return 1 to 104 weeks, or empty
   */
  public abstract OptionalInt seriesWeeks();

  /**
   * Returns the date of the first session, if scheduled.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> seriesStart();

  /**
   * Returns the size and facilitation rules (default {@link GroupSizePolicy#standard()}).
   *
   * @return the policy
   */
  @Value.Default
  public GroupSizePolicy sizePolicy() {
    return GroupSizePolicy.standard();
  }

  /**
   * Returns the training courses a facilitator of this group needs besides the general ones of
   * {@link FacilitatorEligibility} (for example a course for this condition or format).
   *
   * @return course tags
   */
  public abstract Set<Tag> requiredTraining();

  /**
   * Returns the facilitators, lead first.
   *
   * @return the facilitator ids, no repeats
   */
  public abstract List<FacilitatorId> facilitators();

  /**
   * Returns the members, in the order they joined.
   *
   * @return the member ids, no repeats, at most {@link GroupSizePolicy#maxMembers()}
   */
  public abstract List<SeekerId> members();

  @Value.Check
  final void check() {
    if (languages().isEmpty()) {
      throw Require.invalid("languages", "must name at least one language");
    }
    if (members().size() > sizePolicy().maxMembers()) {
      throw Require.invalid("members", "count " + members().size() + " exceeds the cap " + sizePolicy().maxMembers());
    }
    if (new HashSet<>(members()).size() != members().size()) {
      throw Require.invalid("members", "must not repeat a member");
    }
    if (new HashSet<>(facilitators()).size() != facilitators().size()) {
      throw Require.invalid("facilitators", "must not repeat a facilitator");
    }
    if (seriesWeeks().isPresent()) {
      Require.inRange("seriesWeeks", seriesWeeks().getAsInt(), 1, 104);
    }
    if (!modality().isScheduled() && slot().isPresent()) {
      throw Require.invalid("slot", "an " + modality() + " group has no time slot");
    }
  }

  /**
   * Returns the number of members.
   *
   * @return the size
   */
  public final int size() {
    return members().size();
  }

  /**
   * Returns the number of free seats.
   *
   * @return {@code maxMembers − size}, 0 or more
   */
  public final int freeSeats() {
    return sizePolicy().maxMembers() - members().size();
  }

  /**
   * Tells whether the group is full.
   *
   * @return true if no seat is free
   */
  public final boolean isFull() {
    return freeSeats() == 0;
  }

  /**
   * Tells whether a seeker is a member.
   *
   * @param seeker the seeker's id
   * @return true if a member
   */
  public final boolean isMember(SeekerId seeker) {
    return members().contains(seeker);
  }

  /**
   * Tells whether the series has started by a date (its first session is on or before it).
   *
   * @param date the date
   * @return true if started; false if no start date is set
   */
  public final boolean hasStarted(LocalDate date) {
    return seriesStart().map(s -> !s.isAfter(date)).orElse(false);
  }

  /**
   * Tells whether the group is specific to a diagnosis.
   *
   * @return true if {@link #focus()} is present
   */
  public final boolean isDiagnosisSpecific() {
    return focus().isPresent();
  }

  /**
   * Tells whether the group has as many facilitators as its size policy requires.
   *
   * @return true if {@code facilitators().size() ≥ facilitatorsNeeded(size())}
   */
  public final boolean isFullyFacilitated() {
    return facilitators().size() >= sizePolicy().facilitatorsNeeded(size());
  }

  /** Returns e.g. {@code SupportGroup[g-7, breast-cancer, PATIENTS, VIDEO, 7/12]}; never member ids. */
  @Override
  public final String toString() {
    return "SupportGroup[" + id() + ", " + focus().map(Code::code).orElse("mixed") + ", " + audience() + ", " + modality()
        + ", " + size() + "/" + sizePolicy().maxMembers() + "]";
  }
}
