package io.github.peersupport.groups.session;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The rules an agenda must follow, as data: the session length, the minimum turn each attending
 * member gets in a round of turns, the allocation granularity, the segments every session and the
 * first session must contain, and the templates used to insert a required segment a format lacks.
 *
 * <p><b>Defaults</b> ({@link #standard()}): sessions of 90 minutes (NAMI Connection,
 * CancerChatCanada, Stephen et al. 2013); a minimum turn of 2 minutes — Presently caps groups at 12
 * members "so every member has time to share", and 12 × 2 minutes = 24 minutes is a check-in that
 * still fits a 30-minute slot, a third of a 90-minute session, leaving an hour for the topic,
 * exercise, feedback, reminder and contact information; a granularity of 1 minute (agendas read in
 * whole minutes); a confidentiality reminder in every session, and the limits of confidentiality with
 * the ground rules at the first session (the facilitation curriculum; Hampton, Community
 * Tool Box). Inserted templates: confidentiality reminder 2/3/3 minutes, limits of
 * confidentiality and ground rules 10/12/15 minutes.
 *
 * <p><b>Safety floor</b>: a policy can only add requirements. Every policy requires the
 * confidentiality reminder in every session and the limits of confidentiality and ground rules at the
 * first session; building one without them throws an {@link IllegalArgumentException} naming the
 * field, as peer-core's {@code ConfidentialityPolicy} and {@code EscalationPolicy} do for their floors.
 */
@Value.Immutable
@PeerStyle
public abstract class SessionPolicy {
  /** Segments every policy requires in every session. */
  public static final Set<SegmentKind> EVERY_SESSION_FLOOR = java.util.Collections.unmodifiableSet(EnumSet.of(SegmentKind.CONFIDENTIALITY_REMINDER));
  /** Segments every policy requires at the first session. */
  public static final Set<SegmentKind> FIRST_SESSION_FLOOR =
      java.util.Collections.unmodifiableSet(EnumSet.of(SegmentKind.CONFIDENTIALITY_LIMITS_AND_GROUND_RULES));

  private static final SessionPolicy STANDARD = builder().build();

  SessionPolicy() {}

  /**
   * Returns a new builder, with every default set.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionPolicy}; {@code build()} enforces the safety floor. */
  public static class Builder extends ImmutableSessionPolicy.Builder {
    /** Creates an empty builder; prefer {@link SessionPolicy#builder()} or {@code from(standard())}. */
    public Builder() {}
  }

  /**
   * The default policy described above.
   *
   * @return the policy
   */
  public static SessionPolicy standard() {
    return STANDARD;
  }

  /**
   * Returns the session length.
   *
   * @return 10 minutes to 8 hours, whole seconds (default 90 minutes)
   */
  @Value.Default
  public Duration sessionLength() {
    return Duration.ofMinutes(90);
  }

  /**
   * Returns the shortest turn a member may get in a round of turns.
   *
   * @return 1 second to 1 hour, whole seconds (default 2 minutes)
   */
  @Value.Default
  public Duration minimumTurn() {
    return Duration.ofMinutes(2);
  }

  /**
   * Returns the unit in which time beyond the minimums is handed out.
   *
   * @return 1 second to 15 minutes, whole seconds (default 1 minute)
   */
  @Value.Default
  public Duration granularity() {
    return Duration.ofMinutes(1);
  }

  /**
   * Returns the segments every session must contain.
   *
   * @return a superset of {@link #EVERY_SESSION_FLOOR}
   */
  @Value.Default
  public Set<SegmentKind> everySession() {
    return EVERY_SESSION_FLOOR;
  }

  /**
   * Returns the segments the first session of a group must also contain.
   *
   * @return a superset of {@link #FIRST_SESSION_FLOOR}
   */
  @Value.Default
  public Set<SegmentKind> firstSession() {
    return FIRST_SESSION_FLOOR;
  }

  /**
   * Returns the templates inserted when a format lacks a required segment: first-session segments go
   * to the start of the agenda, every-session segments just before a closing contact information (or
   * at the end).
   *
   * @return one template for each kind of {@link #everySession()} and {@link #firstSession()}, kinds unique
   */
  @Value.Default
  public List<SegmentTemplate> insertedTemplates() {
    return List.of(SessionFormat.reminder(),
        SegmentTemplate.minutes(SegmentKind.CONFIDENTIALITY_LIMITS_AND_GROUND_RULES, 10, 12, 15).required(true).build());
  }

  @Value.Check
  final void check() {
    range("sessionLength", sessionLength(), Duration.ofMinutes(10), SegmentTemplate.MAX_SEGMENT);
    range("minimumTurn", minimumTurn(), Duration.ofSeconds(1), Duration.ofHours(1));
    range("granularity", granularity(), Duration.ofSeconds(1), Duration.ofMinutes(15));
    for (SegmentKind floor : EVERY_SESSION_FLOOR) {
      if (!everySession().contains(floor)) {
        throw Require.invalid("everySession", "must contain " + floor + " (safety floor)");
      }
    }
    for (SegmentKind floor : FIRST_SESSION_FLOOR) {
      if (!firstSession().contains(floor)) {
        throw Require.invalid("firstSession", "must contain " + floor + " (safety floor)");
      }
    }
    Set<SegmentKind> seen = EnumSet.noneOf(SegmentKind.class);
    for (int i = 0; i < insertedTemplates().size(); i++) {
      if (!seen.add(insertedTemplates().get(i).kind())) {
        throw Require.invalid("insertedTemplates[" + i + "].kind", "duplicate segment kind " + insertedTemplates().get(i).kind());
      }
    }
    Set<SegmentKind> required = EnumSet.noneOf(SegmentKind.class);
    required.addAll(everySession());
    required.addAll(firstSession());
    for (SegmentKind kind : required) {
      if (!seen.contains(kind)) {
        throw Require.invalid("insertedTemplates", "must contain a template for required segment " + kind);
      }
    }
  }

  private static void range(String field, Duration d, Duration min, Duration max) {
    SegmentTemplate.wholeSeconds(field, d);
    if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
      throw Require.invalid(field, "must be between " + min + " and " + max, d);
    }
  }

  /**
   * Finds the inserted template of a kind.
   *
   * @param kind the kind
   * @return the template, or empty
   */
  public final Optional<SegmentTemplate> insertedTemplate(SegmentKind kind) {
    return insertedTemplates().stream().filter(t -> t.kind() == kind).findFirst();
  }

  /**
   * Returns a copy with another session length.
   *
   * @param length the length
   * @return the new policy
   */
  public final SessionPolicy withLength(Duration length) {
    return builder().from(this).sessionLength(length).build();
  }

  /** Returns e.g. {@code SessionPolicy[PT1H30M, turn PT2M]}. */
  @Override
  public final String toString() {
    return "SessionPolicy[" + sessionLength() + ", turn " + minimumTurn() + "]";
  }
}
