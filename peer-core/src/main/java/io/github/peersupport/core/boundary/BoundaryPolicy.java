package io.github.peersupport.core.boundary;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.escalation.SignKind;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.lifecycle.DecertificationReason;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A programme's boundary rules as data, and their evaluation over interaction records (Joo et
 * al. 2022 on decertification for code-of-conduct breaches and unresolved
 * boundary problems).
 *
 * <table>
 * <caption>Rules, consequences and seriousness</caption>
 * <tr><th>rule id</th><th>breached when</th><th>consequences</th><th>serious</th></tr>
 * <tr><td>{@code boundary.no-medical-advice}</td><td>medical or medication advice given</td>
 *     <td>coordinator review, escalation signal (medical advice given)</td><td>yes</td></tr>
 * <tr><td>{@code boundary.no-money-or-gifts}</td><td>money or a loan; a gift above {@link #giftLimit()}</td>
 *     <td>coordinator review</td><td>yes</td></tr>
 * <tr><td>{@code boundary.no-intimate-relationship}</td><td>intimate or romantic contact</td>
 *     <td>decertification review, escalation signal (emotional entanglement)</td><td>yes</td></tr>
 * <tr><td>{@code boundary.outside-contact}</td><td>outside contact where {@link #outsideContact()} prohibits it,
 *     or undisclosed where it must be disclosed</td><td>coordinator review</td><td>no</td></tr>
 * <tr><td>{@code boundary.contact-hours}</td><td>contact outside {@link #contactFrom()}–{@link #contactUntil()}
 *     in {@link #zone()}</td><td>facilitator prompt</td><td>no</td></tr>
 * <tr><td>{@code boundary.contact-frequency}</td><td>more than {@link #maxContactsPerWeek()} contacts between
 *     the same two people in 7 days</td><td>facilitator prompt</td><td>no</td></tr>
 * <tr><td>{@code boundary.no-sharing-member-info}</td><td>another member's information shared</td>
 *     <td>coordinator review</td><td>yes</td></tr>
 * <tr><td>{@code boundary.refer-beyond-role}</td><td>a matter beyond the peer role not referred</td>
 *     <td>coordinator review, escalation signal (boundary concern)</td><td>no</td></tr>
 * <tr><td>{@code boundary.minor-contact-through-guardian}</td><td>contact with a minor ({@link
 *     InteractionFlag#OTHER_IS_MINOR}) without a parent, guardian or proxy present or copied ({@link
 *     InteractionFlag#GUARDIAN_PRESENT})</td><td>coordinator review, escalation signal (boundary concern)</td>
 *     <td>yes</td></tr>
 * <tr><td>{@code boundary.minor-no-private-outside-contact}</td><td>contact with a minor outside the
 *     programme's channels ({@link InteractionFlag#OUTSIDE_PROGRAMME}), whatever {@link #outsideContact()}
 *     allows and whether or not it was disclosed or a guardian was present</td><td>coordinator review,
 *     escalation signal (boundary concern)</td><td>yes</td></tr>
 * </table>
 *
 * <p><b>Safeguarding rules for adult–minor contact.</b> The last two rules apply only to records with
 * {@link InteractionFlag#OTHER_IS_MINOR} and no setting switches them off. They follow youth
 * safeguarding guidance: NSPCC Learning, "Lone working" (2022): in most situations at least two adults
 * should be present when working with children, and a policy is shared with parents or carers before
 * anyone works alone with a child; NSPCC Learning, "Online safety and social media": communicate with
 * children through the organisation's accounts and devices, never personal ones; and the benchmarks
 * for the safety of youth mentoring relationships in MENTOR, "Elements of Effective Practice for
 * Mentoring", 4th ed. (Garringer, Kupersmidt, Rhodes, Stelter and Tai, 2015). Assumption: the second adult is the minor's parent, guardian or proxy, present or copied (a programme
 * that supervises contact otherwise records the guardian as copied); disclosing outside contact to the
 * coordinator, enough for an adult seeker, does not make private contact with a minor acceptable.
 *
 * <p>A peer with at least {@link #seriousBreachesForReview()} serious breaches, or any intimate contact,
 * or at least {@link #breachesForReview()} breaches of any kind within {@link #reviewWindow()} gets a
 * {@link DecertificationReview}: reason {@code CODE_OF_CONDUCT_BREACH} when serious breaches led to it,
 * otherwise {@code BOUNDARY_PROBLEM}.
 *
 * <p>Evaluation is pure and O(n log n) for n records; records are taken in time order (ties by id), so
 * input order does not matter. Only counts are logged.
 */
@Value.Immutable
@PeerStyle
public abstract class BoundaryPolicy {
  /** No medical or medication advice. */
  public static final RuleId NO_MEDICAL_ADVICE = RuleId.of("boundary.no-medical-advice");
  /** No money, loans or gifts above the limit. */
  public static final RuleId NO_MONEY_OR_GIFTS = RuleId.of("boundary.no-money-or-gifts");
  /** No intimate or romantic relationship. */
  public static final RuleId NO_INTIMATE_RELATIONSHIP = RuleId.of("boundary.no-intimate-relationship");
  /** Outside contact as the programme allows. */
  public static final RuleId OUTSIDE_CONTACT = RuleId.of("boundary.outside-contact");
  /** Contact within agreed hours. */
  public static final RuleId CONTACT_HOURS = RuleId.of("boundary.contact-hours");
  /** Contact within the agreed frequency. */
  public static final RuleId CONTACT_FREQUENCY = RuleId.of("boundary.contact-frequency");
  /** No sharing of another member's information. */
  public static final RuleId NO_SHARING_MEMBER_INFO = RuleId.of("boundary.no-sharing-member-info");
  /** Refer what exceeds the peer role. */
  public static final RuleId REFER_BEYOND_ROLE = RuleId.of("boundary.refer-beyond-role");
  /** Contact with a minor goes through, or in the presence of, their parent, guardian or proxy. */
  public static final RuleId MINOR_CONTACT_THROUGH_GUARDIAN = RuleId.of("boundary.minor-contact-through-guardian");
  /** No private contact with a minor outside the programme's channels. */
  public static final RuleId MINOR_NO_PRIVATE_OUTSIDE_CONTACT = RuleId.of("boundary.minor-no-private-outside-contact");

  private static final Logger LOG = LoggerFactory.getLogger(BoundaryPolicy.class);

  BoundaryPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BoundaryPolicy}. */
  public static class Builder extends ImmutableBoundaryPolicy.Builder {
    /** Creates an empty builder; prefer {@link BoundaryPolicy#builder()}. */
    public Builder() {}
  }

  /**
   * The default policy: gifts up to 25 currency units, outside contact disclosed, contact 08:00–21:00
   * UTC, at most 5 contacts per 7 days, a review after 2 serious or 4 breaches in 365 days. The
   * numeric defaults are the library's; programmes set their own agreement.
   *
   * @return the policy
   */
  public static BoundaryPolicy standard() {
    return builder().build();
  }

  /**
   * Returns the largest acceptable gift value.
   *
   * @return the limit, zero or more (default 25)
   */
  @Value.Default
  public BigDecimal giftLimit() {
    return BigDecimal.valueOf(25);
  }

  /**
   * Returns the rule on outside contact.
   *
   * @return the rule (default DISCLOSE)
   */
  @Value.Default
  public OutsideContact outsideContact() {
    return OutsideContact.DISCLOSE;
  }

  /**
   * Returns the start of agreed contact hours.
   *
   * @return local time (default 08:00)
   */
  @Value.Default
  public LocalTime contactFrom() {
    return LocalTime.of(8, 0);
  }

  /**
   * Returns the end of agreed contact hours (exclusive).
   *
   * @return local time after {@link #contactFrom()} (default 21:00)
   */
  @Value.Default
  public LocalTime contactUntil() {
    return LocalTime.of(21, 0);
  }

  /**
   * Returns the time zone contact hours are read in.
   *
   * @return the zone (default UTC; set the programme's)
   */
  @Value.Default
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  /**
   * Returns the most contacts between the same two people in any 7 days.
   *
   * @return 1 to 100 (default 5)
   */
  @Value.Default
  public int maxContactsPerWeek() {
    return 5;
  }

  /**
   * Returns how many serious breaches within the window call for a review.
   *
   * @return 1 or more (default 2)
   */
  @Value.Default
  public int seriousBreachesForReview() {
    return 2;
  }

  /**
   * Returns how many breaches of any kind within the window call for a review.
   *
   * @return 1 or more (default 4)
   */
  @Value.Default
  public int breachesForReview() {
    return 4;
  }

  /**
   * Returns the window breaches are counted in.
   *
   * @return a positive duration (default 365 days)
   */
  @Value.Default
  public Duration reviewWindow() {
    return Duration.ofDays(365);
  }

  @Value.Check
  final void check() {
    if (giftLimit().signum() < 0) {
      throw Require.invalid("giftLimit", "must not be negative", giftLimit());
    }
    if (!contactUntil().isAfter(contactFrom())) {
      throw Require.invalid("contactUntil", "must be after contactFrom " + contactFrom(), contactUntil());
    }
    Require.inRange("maxContactsPerWeek", maxContactsPerWeek(), 1, 100);
    Require.inRange("seriousBreachesForReview", seriousBreachesForReview(), 1, 100);
    Require.inRange("breachesForReview", breachesForReview(), 1, 1000);
    Require.duration("reviewWindow", reviewWindow(), false);
  }

  /**
   * Checks interaction records against the rules.
   *
   * @param records the records, in any order; ids unique
   * @return the report
   * @throws IllegalArgumentException for duplicate record ids
   * @throws NullPointerException if any argument is null
   */
  public final BoundaryReport evaluate(List<InteractionRecord> records) {
    Objects.requireNonNull(records, "records");
    Set<InteractionId> ids = new HashSet<>();
    for (InteractionRecord r : records) {
      if (!ids.add(r.id())) {
        throw Require.invalid("records", "duplicate interaction id " + r.id());
      }
    }
    List<InteractionRecord> ordered = new ArrayList<>(records);
    ordered.sort(Comparator.comparing(InteractionRecord::at).thenComparing(r -> r.id().value()));

    List<Breach> breaches = new ArrayList<>();
    Map<List<PersonId>, Deque<InteractionRecord>> recentByPair = new HashMap<>();
    for (InteractionRecord r : ordered) {
      Set<InteractionFlag> f = r.flags();
      if (f.contains(InteractionFlag.MEDICAL_ADVICE) || f.contains(InteractionFlag.MEDICATION_ADVICE)) {
        breaches.add(breach(NO_MEDICAL_ADVICE, r, List.of(r), true, SignKind.MEDICAL_ADVICE_GIVEN,
            BoundaryConsequence.COORDINATOR_REVIEW, BoundaryConsequence.ESCALATION_SIGNAL));
      }
      boolean money = f.contains(InteractionFlag.MONEY_OR_LOAN);
      boolean bigGift = f.contains(InteractionFlag.GIFT) && r.giftValue().filter(v -> v.compareTo(giftLimit()) > 0).isPresent();
      if (money || bigGift) {
        breaches.add(breach(NO_MONEY_OR_GIFTS, r, List.of(r), true, null, BoundaryConsequence.COORDINATOR_REVIEW));
      }
      if (f.contains(InteractionFlag.INTIMATE_CONTACT)) {
        breaches.add(breach(NO_INTIMATE_RELATIONSHIP, r, List.of(r), true, SignKind.EMOTIONAL_ENTANGLEMENT,
            BoundaryConsequence.DECERTIFICATION_REVIEW, BoundaryConsequence.ESCALATION_SIGNAL));
      }
      if (f.contains(InteractionFlag.OUTSIDE_PROGRAMME) && (outsideContact() == OutsideContact.PROHIBITED
          || (outsideContact() == OutsideContact.DISCLOSE && !f.contains(InteractionFlag.DISCLOSED)))) {
        breaches.add(breach(OUTSIDE_CONTACT, r, List.of(r), false, null, BoundaryConsequence.COORDINATOR_REVIEW));
      }
      LocalTime local = r.at().atZone(zone()).toLocalTime();
      if (local.isBefore(contactFrom()) || !local.isBefore(contactUntil())) {
        breaches.add(breach(CONTACT_HOURS, r, List.of(r), false, null, BoundaryConsequence.FACILITATOR_PROMPT));
      }
      Deque<InteractionRecord> recent = recentByPair.computeIfAbsent(List.of(r.peer(), r.other()), k -> new ArrayDeque<>());
      while (!recent.isEmpty() && !recent.peekFirst().at().isAfter(r.at().minus(Duration.ofDays(7)))) {
        recent.removeFirst();
      }
      recent.addLast(r);
      if (recent.size() > maxContactsPerWeek()) {
        breaches.add(breach(CONTACT_FREQUENCY, r, List.copyOf(recent), false, null, BoundaryConsequence.FACILITATOR_PROMPT));
      }
      if (f.contains(InteractionFlag.OTHER_MEMBER_INFO_SHARED)) {
        breaches.add(breach(NO_SHARING_MEMBER_INFO, r, List.of(r), true, null, BoundaryConsequence.COORDINATOR_REVIEW));
      }
      if (f.contains(InteractionFlag.BEYOND_PEER_ROLE) && !f.contains(InteractionFlag.REFERRED)) {
        breaches.add(breach(REFER_BEYOND_ROLE, r, List.of(r), false, SignKind.BOUNDARY_CONCERN,
            BoundaryConsequence.COORDINATOR_REVIEW, BoundaryConsequence.ESCALATION_SIGNAL));
      }
      if (f.contains(InteractionFlag.OTHER_IS_MINOR) && !f.contains(InteractionFlag.GUARDIAN_PRESENT)) {
        breaches.add(breach(MINOR_CONTACT_THROUGH_GUARDIAN, r, List.of(r), true, SignKind.BOUNDARY_CONCERN,
            BoundaryConsequence.COORDINATOR_REVIEW, BoundaryConsequence.ESCALATION_SIGNAL));
      }
      if (f.contains(InteractionFlag.OTHER_IS_MINOR) && f.contains(InteractionFlag.OUTSIDE_PROGRAMME)) {
        breaches.add(breach(MINOR_NO_PRIVATE_OUTSIDE_CONTACT, r, List.of(r), true, SignKind.BOUNDARY_CONCERN,
            BoundaryConsequence.COORDINATOR_REVIEW, BoundaryConsequence.ESCALATION_SIGNAL));
      }
    }
    List<DecertificationReview> reviews = reviews(breaches);
    LOG.debug("checked {} interaction records: {} breaches, {} reviews", records.size(), breaches.size(), reviews.size());
    return BoundaryReport.builder().breaches(breaches).reviews(reviews).build();
  }

  private List<DecertificationReview> reviews(List<Breach> breaches) {
    Map<PersonId, List<Breach>> byPeer = new LinkedHashMap<>();
    for (Breach b : breaches) {
      byPeer.computeIfAbsent(b.peer(), k -> new ArrayList<>()).add(b);
    }
    List<DecertificationReview> reviews = new ArrayList<>();
    for (Map.Entry<PersonId, List<Breach>> e : byPeer.entrySet()) {
      reviewOf(e.getKey(), e.getValue()).ifPresent(reviews::add);
    }
    reviews.sort(Comparator.comparing(DecertificationReview::dueAt).thenComparing(r -> r.peer().value()));
    return reviews;
  }

  /** The first point in time at which one peer's breaches call for a review, if any. */
  private Optional<DecertificationReview> reviewOf(PersonId peer, List<Breach> breaches) {
    for (int i = 0; i < breaches.size(); i++) {
      Breach last = breaches.get(i);
      List<Breach> window = new ArrayList<>();
      for (int j = 0; j <= i; j++) {
        // compare durations: last.at() minus a very long window would leave the Instant range
        if (Duration.between(breaches.get(j).at(), last.at()).compareTo(reviewWindow()) <= 0) {
          window.add(breaches.get(j));
        }
      }
      List<Breach> serious = window.stream().filter(Breach::serious).toList();
      boolean grave = last.consequences().contains(BoundaryConsequence.DECERTIFICATION_REVIEW);
      if (grave || serious.size() >= seriousBreachesForReview() || window.size() >= breachesForReview()) {
        boolean conduct = grave || serious.size() >= seriousBreachesForReview();
        List<Breach> counted = conduct ? serious : window;
        return Optional.of(DecertificationReview.builder().peer(peer)
            .reason(conduct ? DecertificationReason.CODE_OF_CONDUCT_BREACH : DecertificationReason.BOUNDARY_PROBLEM)
            .breaches(counted.stream().map(Breach::rule).toList()).dueAt(last.at()).build());
      }
    }
    return Optional.empty();
  }

  private static Breach breach(RuleId rule, InteractionRecord r, List<InteractionRecord> involved, boolean serious,
      SignKind sign, BoundaryConsequence... consequences) {
    Breach.Builder b = Breach.builder();
    b.rule(rule).peer(r.peer()).at(r.at()).serious(serious).escalationSign(Optional.ofNullable(sign))
        .consequences(consequences.length == 0 ? Set.of() : EnumSet.of(consequences[0], consequences))
        .records(involved.stream().map(InteractionRecord::id).toList());
    return b.build();
  }
}
