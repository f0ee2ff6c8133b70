package io.github.peersupport.groups.session;

import io.github.peersupport.core.Tag;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A session format held as data: an id, a readable name and the ordered {@link SegmentTemplate
 * segment templates} of a session. Invariants: at least one segment, each kind at most once.
 *
 * <p>Presets (durations in minutes as minimum/ideal/maximum; the ideals of each preset sum to at most
 * 90 minutes, the usual session length of NAMI Connection and CancerChatCanada, so that a first
 * session can add the limits of confidentiality and the ground rules):
 * <ul>
 *   <li>{@link #curriculum()}: the peer support group facilitation curriculum of docs/domain.md
 *       (sources there): check-in (10/20/30, a turn each, required) → planned topic (10/20/30) →
 *       topical exercise (10/20/25) → gaining feedback (5/10/15) → confidentiality reminder (2/3/3,
 *       required) → contact information (2/5/5, required); {@link #curriculumWithPresentations()}
 *       has member presentations instead of the planned topic;
 *   <li>{@link #education(GuestRole)}: a guest speaker (physician, nurse, social worker, patient...)
 *       with questions, as support groups that mix education with emotional support do (IPFCC);
 *   <li>{@link #hybrid()}: a short planned topic followed by open sharing.
 * </ul>
 */
@Value.Immutable
@PeerStyle
public abstract class SessionFormat {
  SessionFormat() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionFormat}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableSessionFormat.Builder {
    /** Creates an empty builder; prefer {@link SessionFormat#builder()}. */
    public Builder() {}
  }

  /**
   * The facilitation curriculum's format with a planned topic (suits a first session).
   *
   * @return the format
   */
  public static SessionFormat curriculum() {
    return curriculumWith(SegmentKind.PLANNED_TOPIC, "curriculum", "Curriculum");
  }

  /**
   * The facilitation curriculum's format with member presentations instead of the planned topic.
   *
   * @return the format
   */
  public static SessionFormat curriculumWithPresentations() {
    return curriculumWith(SegmentKind.MEMBER_PRESENTATIONS, "curriculum-presentations", "Curriculum (member presentations)");
  }

  private static SessionFormat curriculumWith(SegmentKind centre, String id, String name) {
    return builder().id(Tag.of(id)).name(name).addSegments(
        SegmentTemplate.minutes(SegmentKind.CHECK_IN, 10, 20, 30).memberTurns(true).required(true).build(),
        SegmentTemplate.minutes(centre, 10, 20, 30).build(),
        SegmentTemplate.minutes(SegmentKind.TOPICAL_EXERCISE, 10, 20, 25).build(),
        SegmentTemplate.minutes(SegmentKind.GAINING_FEEDBACK, 5, 10, 15).build(),
        reminder(),
        contact()).build();
  }

  /**
   * An education session with a guest speaker: check-in (10/15/20, a turn each, required) → guest
   * speaker (20/30/40, required) → questions (10/20/25) → open sharing (5/10/20) → gaining feedback
   * (5/5/10) → confidentiality reminder → contact information.
   *
   * @param guest who speaks
   * @return the format, with id {@code education-<role>}
   */
  public static SessionFormat education(GuestRole guest) {
    return builder().id(Tag.of("education-" + guest.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
        .name("Education (" + guest.label() + " guest speaker)").addSegments(
        SegmentTemplate.minutes(SegmentKind.CHECK_IN, 10, 15, 20).memberTurns(true).required(true).build(),
        SegmentTemplate.minutes(SegmentKind.GUEST_SPEAKER, 20, 30, 40).guest(guest).required(true).build(),
        SegmentTemplate.minutes(SegmentKind.QUESTIONS, 10, 20, 25).build(),
        SegmentTemplate.minutes(SegmentKind.OPEN_SHARING, 5, 10, 20).build(),
        SegmentTemplate.minutes(SegmentKind.GAINING_FEEDBACK, 5, 5, 10).build(),
        reminder(),
        contact()).build();
  }

  /**
   * A hybrid of education and emotional support: check-in (10/15/25, a turn each, required) → planned
   * topic (15/20/30) → open sharing (15/25/35) → topical exercise (5/10/15) → gaining feedback (5/5/10)
   * → confidentiality reminder → contact information.
   *
   * @return the format
   */
  public static SessionFormat hybrid() {
    return builder().id(Tag.of("hybrid")).name("Hybrid (topic and open sharing)").addSegments(
        SegmentTemplate.minutes(SegmentKind.CHECK_IN, 10, 15, 25).memberTurns(true).required(true).build(),
        SegmentTemplate.minutes(SegmentKind.PLANNED_TOPIC, 15, 20, 30).build(),
        SegmentTemplate.minutes(SegmentKind.OPEN_SHARING, 15, 25, 35).build(),
        SegmentTemplate.minutes(SegmentKind.TOPICAL_EXERCISE, 5, 10, 15).build(),
        SegmentTemplate.minutes(SegmentKind.GAINING_FEEDBACK, 5, 5, 10).build(),
        reminder(),
        contact()).build();
  }

  static SegmentTemplate reminder() {
    return SegmentTemplate.minutes(SegmentKind.CONFIDENTIALITY_REMINDER, 2, 3, 3).required(true).build();
  }

  private static SegmentTemplate contact() {
    return SegmentTemplate.minutes(SegmentKind.CONTACT_INFORMATION, 2, 5, 5).required(true).build();
  }

  /**
   * Returns the id, e.g. {@code curriculum}.
   *
   * @return the id
   */
  public abstract Tag id();

  /**
   * Returns a readable name, at most 100 characters.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the segments in session order.
   *
   * @return at least one segment, each kind at most once
   */
  public abstract List<SegmentTemplate> segments();

  @Value.Check
  final void check() {
    Require.text("name", name(), 100);
    if (segments().isEmpty()) {
      throw Require.invalid("segments", "must contain at least one segment");
    }
    Set<SegmentKind> seen = EnumSet.noneOf(SegmentKind.class);
    for (int i = 0; i < segments().size(); i++) {
      if (!seen.add(segments().get(i).kind())) {
        throw Require.invalid("segments[" + i + "].kind", "duplicate segment kind " + segments().get(i).kind());
      }
    }
  }

  /**
   * Finds the template of a kind.
   *
   * @param kind the kind
   * @return the template, or empty
   */
  public final Optional<SegmentTemplate> segment(SegmentKind kind) {
    return segments().stream().filter(s -> s.kind() == kind).findFirst();
  }

  /** Returns e.g. {@code SessionFormat[curriculum, 6 segments]}. */
  @Override
  public final String toString() {
    return "SessionFormat[" + id() + ", " + segments().size() + " segments]";
  }
}
