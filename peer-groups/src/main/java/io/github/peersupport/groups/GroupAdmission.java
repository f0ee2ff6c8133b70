package io.github.peersupport.groups;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Admission rules and waitlist promotion, as data. A request is checked in this order, and the first
 * failing rule refuses it: consent ({@link GroupRuleIds#CONSENT}: the scopes of {@link
 * #requiredConsent()}, default {@code BE_CONTACTED}; Parent to Parent USA: never without explicit
 * permission), audience ({@link GroupRuleIds#AUDIENCE}), condition ({@link GroupRuleIds#CONDITION}: a
 * diagnosis-specific group needs a seeker condition equal to its focus or under it in {@link
 * #conditions()}), language ({@link GroupRuleIds#LANGUAGE}: a shared primary language, when the seeker
 * lists languages), modality ({@link GroupRuleIds#MODALITY}: when the seeker lists modalities), closed
 * series ({@link GroupRuleIds#CLOSED_SERIES_STARTED}: a closed group whose first session, in the group's
 * zone, is on or before the request date), membership ({@link GroupRuleIds#ALREADY_MEMBER}).
 *
 * <p>An eligible seeker is admitted only when a seat is free that the waitlist does not claim: with
 * f free seats and w seekers waiting, a newcomer is admitted if f &gt; w, and a waiting seeker if their
 * position is at most f; otherwise the seeker waits (first come, first served). So nobody jumps the queue,
 * and no admission puts a group over its cap. {@link #promote} fills free seats from the waitlist in
 * its fair order.
 */
@Value.Immutable
@PeerStyle
public abstract class GroupAdmission {
  GroupAdmission() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GroupAdmission}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableGroupAdmission.Builder {
    /** Creates an empty builder; prefer {@link GroupAdmission#builder()}. */
    public Builder() {}
  }

  /**
   * The default rules: consent to be contacted, the standard condition taxonomy.
   *
   * @return the default admission
   */
  public static GroupAdmission standard() {
    return builder().build();
  }

  /**
   * Returns the consent scopes a seeker must have granted (default {@code BE_CONTACTED}).
   *
   * @return the scopes
   */
  @Value.Default
  public Set<ConsentScope> requiredConsent() {
    return Set.of(ConsentScope.BE_CONTACTED);
  }

  /**
   * Returns the taxonomy that decides whether a condition lies under a group's focus (default {@link
   * Taxonomy#standardConditions()}); codes outside it match only themselves.
   *
   * @return the taxonomy
   */
  @Value.Default
  public Taxonomy conditions() {
    return Taxonomy.standardConditions();
  }

  /**
   * Returns why a seeker may not join a group at an instant, ignoring free seats and membership.
   *
   * @param group the group
   * @param seeker the seeker
   * @param at the instant of the request
   * @return the refusing rule, or empty if eligible
   */
  public final Optional<RuleId> refusedBy(SupportGroup group, Seeker seeker, Instant at) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(seeker, "seeker");
    Objects.requireNonNull(at, "at");
    for (ConsentScope scope : requiredConsent()) {
      if (!seeker.consent().permits(scope, at)) {
        return Optional.of(GroupRuleIds.CONSENT);
      }
    }
    if (!group.audience().admits(seeker.experience().role())) {
      return Optional.of(GroupRuleIds.AUDIENCE);
    }
    if (group.focus().isPresent() && !hasConditionUnder(seeker.experience().conditions(), group.focus().get())) {
      return Optional.of(GroupRuleIds.CONDITION);
    }
    Set<Language> languages = seeker.profile().languages();
    if (!languages.isEmpty() && !sharesLanguage(languages, group.languages())) {
      return Optional.of(GroupRuleIds.LANGUAGE);
    }
    if (!seeker.profile().modalities().isEmpty() && !seeker.profile().modalities().contains(group.modality().memberModality())) {
      return Optional.of(GroupRuleIds.MODALITY);
    }
    if (group.openness() == Openness.CLOSED && group.hasStarted(LocalDate.ofInstant(at, group.zone()))) {
      return Optional.of(GroupRuleIds.CLOSED_SERIES_STARTED);
    }
    return Optional.empty();
  }

  /**
   * Tells whether some condition equals the focus or lies under it in {@link #conditions()}.
   *
   * @param conditions the seeker's conditions
   * @param focus the group's focus
   * @return true if one does
   */
  public final boolean hasConditionUnder(Set<Code> conditions, Code focus) {
    Taxonomy taxonomy = conditions();
    boolean known = taxonomy.contains(focus);
    for (Code c : conditions) {
      if (c.equals(focus) || (known && taxonomy.contains(c) && taxonomy.subsumes(focus, c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sharesLanguage(Set<Language> a, Set<Language> b) {
    for (Language x : a) {
      for (Language y : b) {
        if (x.primary().equals(y.primary())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Decides a request to join: admitted, waitlisted at a position, or refused with a rule.
   *
   * @param group the group
   * @param waitlist the group's waitlist
   * @param seeker the seeker asking
   * @param at the instant of the request (also the waitlist request time)
   * @return the admission, with the group and waitlist after it
   * @throws IllegalArgumentException if the waitlist belongs to another group
   */
  public final Admission admit(SupportGroup group, Waitlist waitlist, Seeker seeker, Instant at) {
    sameGroup(group, waitlist);
    SeekerId id = seeker.id();
    Admission.Builder result = Admission.builder().seeker(id).group(group).waitlist(waitlist);
    Optional<RuleId> refusal = refusedBy(group, seeker, at);
    if (refusal.isEmpty() && group.isMember(id)) {
      refusal = Optional.of(GroupRuleIds.ALREADY_MEMBER);
    }
    if (refusal.isPresent()) {
      return result.outcome(AdmissionOutcome.REFUSED).refusedBy(refusal.get()).build();
    }
    OptionalInt position = waitlist.position(id);
    int free = group.freeSeats();
    boolean seat = position.isPresent() ? position.getAsInt() <= free : free > waitlist.size();
    if (seat) {
      return result.outcome(AdmissionOutcome.ADMITTED).group(withMembers(group, List.of(id)))
          .waitlist(waitlist.remove(Set.of(id))).build();
    }
    Waitlist after = waitlist.add(id, at);
    return result.outcome(AdmissionOutcome.WAITLISTED).waitlist(after).position(after.position(id).getAsInt()).build();
  }

  /**
   * Fills a group's free seats from its waitlist: walks the entries in fair order (request time, then
   * seeker id) and promotes each eligible seeker ({@link #refusedBy}) until the seats are taken; an
   * ineligible or unknown seeker is passed over with the rule and stays on the list. So a promotion
   * never skips an eligible waiting seeker: the promoted are exactly the first {@code min(free seats,
   * eligible waiting)} eligible entries. O(w) eligibility checks for w entries.
   *
   * @param group the group
   * @param waitlist its waitlist
   * @param seekers the waiting seekers' current records, by id (others may be present)
   * @param at the instant
   * @return the promotion
   * @throws IllegalArgumentException if the waitlist belongs to another group
   */
  public final Promotion promote(SupportGroup group, Waitlist waitlist, Map<SeekerId, Seeker> seekers, Instant at) {
    sameGroup(group, waitlist);
    Objects.requireNonNull(seekers, "seekers");
    int free = group.freeSeats();
    List<SeekerId> promoted = new ArrayList<>();
    List<PassedOver> passed = new ArrayList<>();
    for (WaitlistEntry e : waitlist.entries()) {
      if (promoted.size() == free) {
        break;
      }
      Seeker s = seekers.get(e.seeker());
      Optional<RuleId> refusal = s == null ? Optional.of(GroupRuleIds.UNKNOWN_SEEKER) : refusedBy(group, s, at);
      if (refusal.isEmpty() && group.isMember(e.seeker())) {
        refusal = Optional.of(GroupRuleIds.ALREADY_MEMBER);
      }
      if (refusal.isPresent()) {
        passed.add(PassedOver.of(e.seeker(), refusal.get()));
      } else {
        promoted.add(e.seeker());
      }
    }
    return Promotion.builder().group(withMembers(group, promoted)).waitlist(waitlist.remove(new LinkedHashSet<>(promoted)))
        .promoted(promoted).passedOver(passed).build();
  }

  private static void sameGroup(SupportGroup group, Waitlist waitlist) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(waitlist, "waitlist");
    if (!waitlist.group().equals(group.id())) {
      throw Require.invalid("waitlist", "belongs to group " + waitlist.group() + ", not " + group.id());
    }
  }

  /** Adds members; build() refuses going over the cap, so callers only add up to the free seats. */
  static SupportGroup withMembers(SupportGroup group, List<SeekerId> added) {
    if (added.isEmpty()) {
      return group;
    }
    return SupportGroup.builder().from(group).addAllMembers(added).build();
  }

  /** Returns e.g. {@code GroupAdmission[consent [BE_CONTACTED]]}. */
  @Override
  public final String toString() {
    return "GroupAdmission[consent " + requiredConsent() + "]";
  }
}
