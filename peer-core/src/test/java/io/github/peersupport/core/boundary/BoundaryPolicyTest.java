package io.github.peersupport.core.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.escalation.Escalation;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.escalation.Reporter;
import io.github.peersupport.core.escalation.SignKind;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.lifecycle.DecertificationReason;
import io.github.peersupport.core.lifecycle.PauseReason;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.lifecycle.PeerStatus;
import io.github.peersupport.core.lifecycle.Transition;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.testing.CoreGen;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link BoundaryPolicy} on its example and on a near miss, as the class Javadoc's table
 * states them; decertification reviews and their lifecycle events; escalation signals; validation.
 */
class BoundaryPolicyTest {
  private static final SupporterId PEER = SupporterId.of("p-1");
  private static final SupporterId OTHER_PEER = SupporterId.of("p-2");
  private static final SeekerId SEEKER = SeekerId.of("s-1");
  private static final SeekerId OTHER_SEEKER = SeekerId.of("s-2");
  /** Noon UTC on a Monday: inside the standard contact hours. */
  private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final BoundaryPolicy STANDARD = BoundaryPolicy.standard();

  /** The flags that each rule looks at; a record with all the others must not breach that rule. */
  private static final Set<InteractionFlag> ALL_FLAGS = EnumSet.allOf(InteractionFlag.class);

  private static final List<RuleId> TABLE_ORDER = List.of(
      BoundaryPolicy.NO_MEDICAL_ADVICE, BoundaryPolicy.NO_MONEY_OR_GIFTS, BoundaryPolicy.NO_INTIMATE_RELATIONSHIP,
      BoundaryPolicy.OUTSIDE_CONTACT, BoundaryPolicy.CONTACT_HOURS, BoundaryPolicy.CONTACT_FREQUENCY,
      BoundaryPolicy.NO_SHARING_MEMBER_INFO, BoundaryPolicy.REFER_BEYOND_ROLE, BoundaryPolicy.MINOR_CONTACT_THROUGH_GUARDIAN,
      BoundaryPolicy.MINOR_NO_PRIVATE_OUTSIDE_CONTACT);

  // ---- fixtures ------------------------------------------------------------------------------

  private static InteractionRecord record(String id, PersonId peer, PersonId other, Instant at, Set<InteractionFlag> flags) {
    return InteractionRecord.builder().id(InteractionId.of(id)).peer(peer).other(other).at(at)
        .channel(Channel.PHONE).flags(flags).build();
  }

  private static InteractionRecord record(String id, Instant at, InteractionFlag... flags) {
    return record(id, PEER, SEEKER, at, flags.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(flags)));
  }

  private static InteractionRecord gift(String id, Instant at, String value) {
    return InteractionRecord.builder().id(InteractionId.of(id)).peer(PEER).other(SEEKER).at(at)
        .channel(Channel.IN_PERSON).addFlags(InteractionFlag.GIFT).giftValue(new BigDecimal(value)).build();
  }

  private static Set<InteractionFlag> allFlagsExcept(InteractionFlag... excluded) {
    Set<InteractionFlag> flags = EnumSet.copyOf(ALL_FLAGS);
    flags.removeAll(Arrays.asList(excluded));
    return flags;
  }

  private static List<RuleId> rules(BoundaryReport report) {
    return report.breaches().stream().map(Breach::rule).toList();
  }

  private static Instant chicago(LocalDate date, String time) {
    return ZonedDateTime.of(date, LocalTime.parse(time), CHICAGO).toInstant();
  }

  /** Asserts that the report holds exactly one breach, of the rule, as the Javadoc table states it. */
  private static void assertSingleBreach(BoundaryReport report, RuleId rule, InteractionRecord record,
      boolean serious, Optional<SignKind> sign, BoundaryConsequence... consequences) {
    assertThat(report.breaches()).hasSize(1);
    Breach b = report.breaches().get(0);
    assertThat(b.rule()).isEqualTo(rule);
    assertThat(b.peer()).isEqualTo(record.peer());
    assertThat(b.records()).containsExactly(record.id());
    assertThat(b.at()).isEqualTo(record.at());
    assertThat(b.consequences()).containsExactlyInAnyOrder(consequences);
    assertThat(b.serious()).isEqualTo(serious);
    assertThat(b.escalationSign()).isEqualTo(sign);
  }

  // ---- the rule ids --------------------------------------------------------------------------

  @Test
  void ruleIds_allConstants_areTheTenRulesOfTheTable() throws IllegalAccessException {
    List<RuleId> constants = new ArrayList<>();
    for (Field f : BoundaryPolicy.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == RuleId.class) {
        constants.add((RuleId) f.get(null));
      }
    }
    // a new rule must get its own example and near-miss tests here
    assertThat(constants).containsExactlyInAnyOrderElementsOf(TABLE_ORDER);
  }

  // ---- boundary.no-medical-advice ------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = InteractionFlag.class, names = {"MEDICAL_ADVICE", "MEDICATION_ADVICE"})
  void evaluate_medicalOrMedicationAdvice_breachesNoMedicalAdvice(InteractionFlag flag) {
    InteractionRecord r = record("i-1", NOON, flag);

    assertSingleBreach(STANDARD.evaluate(List.of(r)), BoundaryPolicy.NO_MEDICAL_ADVICE, r, true,
        Optional.of(SignKind.MEDICAL_ADVICE_GIVEN), BoundaryConsequence.COORDINATOR_REVIEW, BoundaryConsequence.ESCALATION_SIGNAL);
  }

  @Test
  void evaluate_everyFlagButAdvice_noMedicalAdviceBreach() {
    InteractionRecord r = record("i-1", PEER, SEEKER, NOON, allFlagsExcept(InteractionFlag.MEDICAL_ADVICE, InteractionFlag.MEDICATION_ADVICE));

    BoundaryReport report = STANDARD.evaluate(List.of(r));

    assertThat(rules(report)).isNotEmpty().doesNotContain(BoundaryPolicy.NO_MEDICAL_ADVICE);
  }

  // ---- boundary.no-money-or-gifts ------------------------------------------------------------

  @Test
  void evaluate_moneyOrLoan_breachesNoMoneyOrGifts() {
    InteractionRecord r = record("i-1", NOON, InteractionFlag.MONEY_OR_LOAN);

    assertSingleBreach(STANDARD.evaluate(List.of(r)), BoundaryPolicy.NO_MONEY_OR_GIFTS, r, true, Optional.empty(),
        BoundaryConsequence.COORDINATOR_REVIEW);
  }

  @Test
  void evaluate_giftAboveLimit_breachesNoMoneyOrGifts() {
    InteractionRecord r = gift("i-1", NOON, "25.01");

    assertSingleBreach(STANDARD.evaluate(List.of(r)), BoundaryPolicy.NO_MONEY_OR_GIFTS, r, true, Optional.empty(),
        BoundaryConsequence.COORDINATOR_REVIEW);
  }

  @ParameterizedTest(name = "gift of {0}")
  @CsvSource({"25", "25.00", "24.99", "0"})
  void evaluate_giftAtOrBelowLimit_noBreach(String value) {
    BoundaryReport report = STANDARD.evaluate(List.of(gift("i-1", NOON, value)));

    assertThat(report.isClean()).isTrue();
    assertThat(report.reviews()).isEmpty();
  }

  @ParameterizedTest(name = "limit {0}, gift {1}: breach {2}")
  @CsvSource({"0, 0, false", "0, 0.01, true", "100, 100, false", "100, 100.01, true"})
  void evaluate_giftAgainstConfiguredLimit_breachesOnlyAbove(String limit, String value, boolean breach) {
    BoundaryPolicy policy = BoundaryPolicy.builder().giftLimit(new BigDecimal(limit)).build();

    BoundaryReport report = policy.evaluate(List.of(gift("i-1", NOON, value)));

    assertThat(rules(report)).isEqualTo(breach ? List.of(BoundaryPolicy.NO_MONEY_OR_GIFTS) : List.of());
  }

  // ---- boundary.no-intimate-relationship -----------------------------------------------------

  @Test
  void evaluate_intimateContact_breachesNoIntimateRelationship() {
    InteractionRecord r = record("i-1", NOON, InteractionFlag.INTIMATE_CONTACT);

    assertSingleBreach(STANDARD.evaluate(List.of(r)), BoundaryPolicy.NO_INTIMATE_RELATIONSHIP, r, true,
        Optional.of(SignKind.EMOTIONAL_ENTANGLEMENT), BoundaryConsequence.DECERTIFICATION_REVIEW, BoundaryConsequence.ESCALATION_SIGNAL);
  }

  @Test
  void evaluate_everyFlagButIntimateContact_noIntimateRelationshipBreach() {
    InteractionRecord r = record("i-1", PEER, SEEKER, NOON, allFlagsExcept(InteractionFlag.INTIMATE_CONTACT));

    BoundaryReport report = STANDARD.evaluate(List.of(r));

    assertThat(rules(report)).isNotEmpty().doesNotContain(BoundaryPolicy.NO_INTIMATE_RELATIONSHIP);
  }

  // ---- boundary.outside-contact --------------------------------------------------------------

  @ParameterizedTest(name = "{0}, disclosed {1}: breach {2}")
  @CsvSource({
    "DISCLOSE, false, true",
    "DISCLOSE, true, false",
    "PROHIBITED, false, true",
    "PROHIBITED, true, true",
    "ALLOWED, false, false",
    "ALLOWED, true, false",
  })
  void evaluate_outsideContact_breachesAsTheProgrammeRuleSays(OutsideContact rule, boolean disclosed, boolean breach) {
    BoundaryPolicy policy = BoundaryPolicy.builder().outsideContact(rule).build();
    InteractionRecord r = disclosed
        ? record("i-1", NOON, InteractionFlag.OUTSIDE_PROGRAMME, InteractionFlag.DISCLOSED)
        : record("i-1", NOON, InteractionFlag.OUTSIDE_PROGRAMME);

    BoundaryReport report = policy.evaluate(List.of(r));

    if (breach) {
      assertSingleBreach(report, BoundaryPolicy.OUTSIDE_CONTACT, r, false, Optional.empty(), BoundaryConsequence.COORDINATOR_REVIEW);
    } else {
      assertThat(report.breaches()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(OutsideContact.class)
  void evaluate_programmeContact_noOutsideContactBreach(OutsideContact rule) {
    BoundaryPolicy policy = BoundaryPolicy.builder().outsideContact(rule).build();

    BoundaryReport report = policy.evaluate(List.of(record("i-1", PEER, SEEKER, NOON, allFlagsExcept(InteractionFlag.OUTSIDE_PROGRAMME))));

    assertThat(rules(report)).isNotEmpty().doesNotContain(BoundaryPolicy.OUTSIDE_CONTACT);
  }

  // ---- boundary.contact-hours ----------------------------------------------------------------

  @ParameterizedTest(name = "{0} {1} in Chicago: breach {2}")
  @CsvSource({
    "2026-01-14, 07:59, true",
    "2026-01-14, 08:00, false",
    "2026-01-14, 20:59, false",
    "2026-01-14, 21:00, true",
    "2026-07-14, 07:59, true",
    "2026-07-14, 08:00, false",
    "2026-07-14, 20:59, false",
    "2026-07-14, 21:00, true",
  })
  void evaluate_contactNearHoursInPolicyZone_breachesOutsideFromUntil(LocalDate date, String time, boolean breach) {
    BoundaryPolicy policy = BoundaryPolicy.builder().zone(CHICAGO).build();
    InteractionRecord r = record("i-1", chicago(date, time));

    BoundaryReport report = policy.evaluate(List.of(r));

    if (breach) {
      assertSingleBreach(report, BoundaryPolicy.CONTACT_HOURS, r, false, Optional.empty(), BoundaryConsequence.FACILITATOR_PROMPT);
    } else {
      assertThat(report.breaches()).isEmpty();
    }
  }

  @Test
  void evaluate_contactInChicagoHoursButOutsideUtcHours_breachesOnlyUnderUtc() {
    // 20:59 in Chicago in winter is 02:59 UTC the next day
    InteractionRecord r = record("i-1", chicago(LocalDate.parse("2026-01-14"), "20:59"));

    assertThat(rules(STANDARD.evaluate(List.of(r)))).containsExactly(BoundaryPolicy.CONTACT_HOURS);
    assertThat(rules(BoundaryPolicy.builder().zone(CHICAGO).build().evaluate(List.of(r)))).isEmpty();
  }

  // ---- boundary.contact-frequency ------------------------------------------------------------

  private static List<InteractionRecord> dailyContacts(int count, Instant first) {
    List<InteractionRecord> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      records.add(record("i-" + i, first.plus(Duration.ofDays(i))));
    }
    return records;
  }

  @Test
  void evaluate_sixContactsWithinSevenDays_breachesContactFrequency() {
    List<InteractionRecord> records = dailyContacts(6, NOON);
    InteractionRecord sixth = records.get(5);

    BoundaryReport report = STANDARD.evaluate(records);

    assertThat(report.breaches()).hasSize(1);
    Breach b = report.breaches().get(0);
    assertThat(b.rule()).isEqualTo(BoundaryPolicy.CONTACT_FREQUENCY);
    assertThat(b.peer()).isEqualTo(PEER);
    assertThat(b.records()).containsExactlyElementsOf(records.stream().map(InteractionRecord::id).toList());
    assertThat(b.at()).isEqualTo(sixth.at());
    assertThat(b.consequences()).containsExactly(BoundaryConsequence.FACILITATOR_PROMPT);
    assertThat(b.serious()).isFalse();
    assertThat(b.escalationSign()).isEmpty();
  }

  @Test
  void evaluate_fiveContactsWithinSevenDays_noBreach() {
    assertThat(STANDARD.evaluate(dailyContacts(5, NOON)).breaches()).isEmpty();
  }

  @Test
  void evaluate_sixContactsSpreadOverMoreThanSevenDays_noBreach() {
    List<InteractionRecord> records = new ArrayList<>(dailyContacts(5, NOON));
    records.add(record("i-5", NOON.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(1))));

    assertThat(STANDARD.evaluate(records).breaches()).isEmpty();
  }

  @Test
  void evaluate_sixContactsOfOnePeerWithTwoPeople_noBreach() {
    List<InteractionRecord> records = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      records.add(record("i-" + i, PEER, i % 2 == 0 ? SEEKER : OTHER_SEEKER, NOON.plus(Duration.ofHours(i)), Set.of()));
    }

    assertThat(STANDARD.evaluate(records).breaches()).isEmpty();
  }

  @Test
  void evaluate_contactsAboveConfiguredLimit_breachesOnEachContactOverIt() {
    BoundaryPolicy policy = BoundaryPolicy.builder().maxContactsPerWeek(1).build();
    List<InteractionRecord> records = dailyContacts(3, NOON);

    BoundaryReport report = policy.evaluate(records);

    assertThat(report.breaches()).extracting(Breach::records).containsExactly(
        List.of(InteractionId.of("i-0"), InteractionId.of("i-1")),
        List.of(InteractionId.of("i-0"), InteractionId.of("i-1"), InteractionId.of("i-2")));
  }

  // ---- boundary.no-sharing-member-info -------------------------------------------------------

  @Test
  void evaluate_otherMemberInfoShared_breachesNoSharingMemberInfo() {
    InteractionRecord r = record("i-1", NOON, InteractionFlag.OTHER_MEMBER_INFO_SHARED);

    assertSingleBreach(STANDARD.evaluate(List.of(r)), BoundaryPolicy.NO_SHARING_MEMBER_INFO, r, true, Optional.empty(),
        BoundaryConsequence.COORDINATOR_REVIEW);
  }

  @Test
  void evaluate_everyFlagButOtherMemberInfo_noSharingBreach() {
    InteractionRecord r = record("i-1", PEER, SEEKER, NOON, allFlagsExcept(InteractionFlag.OTHER_MEMBER_INFO_SHARED));

    BoundaryReport report = STANDARD.evaluate(List.of(r));

    assertThat(rules(report)).isNotEmpty().doesNotContain(BoundaryPolicy.NO_SHARING_MEMBER_INFO);
  }

  // ---- boundary.refer-beyond-role ------------------------------------------------------------

  @Test
  void evaluate_beyondRoleNotReferred_breachesReferBeyondRole() {
    InteractionRecord r = record("i-1", NOON, InteractionFlag.BEYOND_PEER_ROLE);

    assertSingleBreach(STANDARD.evaluate(List.of(r)), BoundaryPolicy.REFER_BEYOND_ROLE, r, false,
        Optional.of(SignKind.BOUNDARY_CONCERN), BoundaryConsequence.COORDINATOR_REVIEW, BoundaryConsequence.ESCALATION_SIGNAL);
  }

  @Test
  void evaluate_beyondRoleReferred_noBreach() {
    BoundaryReport report = STANDARD.evaluate(List.of(record("i-1", NOON, InteractionFlag.BEYOND_PEER_ROLE, InteractionFlag.REFERRED)));

    assertThat(report.breaches()).isEmpty();
  }

  // ---- boundary.minor-contact-through-guardian, boundary.minor-no-private-outside-contact ------

  @Test
  void evaluate_contactWithMinorWithoutGuardian_breachesMinorContactThroughGuardian() {
    InteractionRecord r = record("i-1", NOON, InteractionFlag.OTHER_IS_MINOR);

    assertSingleBreach(STANDARD.evaluate(List.of(r)), BoundaryPolicy.MINOR_CONTACT_THROUGH_GUARDIAN, r, true,
        Optional.of(SignKind.BOUNDARY_CONCERN), BoundaryConsequence.COORDINATOR_REVIEW, BoundaryConsequence.ESCALATION_SIGNAL);
  }

  @Test
  void evaluate_contactWithMinorGuardianPresent_noBreach() {
    BoundaryReport report = STANDARD.evaluate(List.of(record("i-1", NOON, InteractionFlag.OTHER_IS_MINOR, InteractionFlag.GUARDIAN_PRESENT)));

    assertThat(report.breaches()).isEmpty();
  }

  @Test
  void evaluate_outsideContactWithMinorDisclosedGuardianPresent_breachesMinorNoPrivateOutsideContactEvenWhereAllowed() {
    BoundaryPolicy allowed = BoundaryPolicy.builder().outsideContact(OutsideContact.ALLOWED).build();
    InteractionRecord r = record("i-1", NOON, InteractionFlag.OTHER_IS_MINOR, InteractionFlag.GUARDIAN_PRESENT,
        InteractionFlag.OUTSIDE_PROGRAMME, InteractionFlag.DISCLOSED);

    assertSingleBreach(allowed.evaluate(List.of(r)), BoundaryPolicy.MINOR_NO_PRIVATE_OUTSIDE_CONTACT, r, true,
        Optional.of(SignKind.BOUNDARY_CONCERN), BoundaryConsequence.COORDINATOR_REVIEW, BoundaryConsequence.ESCALATION_SIGNAL);
  }

  @Test
  void evaluate_outsideContactWithAdultAllowed_noSafeguardingBreach() {
    BoundaryPolicy allowed = BoundaryPolicy.builder().outsideContact(OutsideContact.ALLOWED).build();

    assertThat(allowed.evaluate(List.of(record("i-1", NOON, InteractionFlag.OUTSIDE_PROGRAMME))).breaches()).isEmpty();
  }

  @Test
  void evaluate_twoContactsWithMinorsWithoutGuardian_decertificationReviewForConduct() {
    BoundaryReport report = STANDARD.evaluate(List.of(record("i-1", NOON, InteractionFlag.OTHER_IS_MINOR),
        record("i-2", NOON.plus(Duration.ofDays(1)), InteractionFlag.OTHER_IS_MINOR)));

    assertThat(report.reviews()).singleElement().satisfies(v -> {
      assertThat(v.reason()).isEqualTo(io.github.peersupport.core.lifecycle.DecertificationReason.CODE_OF_CONDUCT_BREACH);
      assertThat(v.breaches()).containsExactly(BoundaryPolicy.MINOR_CONTACT_THROUGH_GUARDIAN, BoundaryPolicy.MINOR_CONTACT_THROUGH_GUARDIAN);
    });
  }

  // ---- several rules on one record -----------------------------------------------------------

  @Test
  void evaluate_recordBreachingEveryRule_breachesInTableOrder() {
    BoundaryPolicy policy = BoundaryPolicy.builder().maxContactsPerWeek(1).build();
    Instant late = Instant.parse("2026-03-02T23:00:00Z");
    InteractionRecord earlier = record("i-0", late.minus(Duration.ofHours(1)));
    InteractionRecord all = record("i-1", PEER, SEEKER, late,
        allFlagsExcept(InteractionFlag.REFERRED, InteractionFlag.DISCLOSED, InteractionFlag.GIFT, InteractionFlag.GUARDIAN_PRESENT));

    BoundaryReport report = policy.evaluate(List.of(all, earlier));

    assertThat(rules(report)).containsExactly(BoundaryPolicy.CONTACT_HOURS,
        BoundaryPolicy.NO_MEDICAL_ADVICE, BoundaryPolicy.NO_MONEY_OR_GIFTS, BoundaryPolicy.NO_INTIMATE_RELATIONSHIP,
        BoundaryPolicy.OUTSIDE_CONTACT, BoundaryPolicy.CONTACT_HOURS, BoundaryPolicy.CONTACT_FREQUENCY,
        BoundaryPolicy.NO_SHARING_MEMBER_INFO, BoundaryPolicy.REFER_BEYOND_ROLE, BoundaryPolicy.MINOR_CONTACT_THROUGH_GUARDIAN,
        BoundaryPolicy.MINOR_NO_PRIVATE_OUTSIDE_CONTACT);
    assertThat(report.breaches().subList(1, 11)).extracting(Breach::rule).containsExactlyElementsOf(TABLE_ORDER);
  }

  // ---- decertification reviews ---------------------------------------------------------------

  @Test
  void evaluate_twoSeriousBreachesWithin365Days_reviewForCodeOfConduct() {
    Instant second = NOON.plus(Duration.ofDays(200));
    List<InteractionRecord> records = List.of(
        record("i-1", NOON, InteractionFlag.MEDICAL_ADVICE), record("i-2", second, InteractionFlag.MONEY_OR_LOAN));

    BoundaryReport report = STANDARD.evaluate(records);

    assertThat(report.reviews()).hasSize(1);
    DecertificationReview review = report.reviews().get(0);
    assertThat(review.peer()).isEqualTo(PEER);
    assertThat(review.reason()).isEqualTo(DecertificationReason.CODE_OF_CONDUCT_BREACH);
    assertThat(review.breaches()).containsExactly(BoundaryPolicy.NO_MEDICAL_ADVICE, BoundaryPolicy.NO_MONEY_OR_GIFTS);
    assertThat(review.dueAt()).isEqualTo(second);
  }

  @Test
  void evaluate_twoSeriousBreachesExactly365DaysApart_reviewDue() {
    Instant second = NOON.plus(Duration.ofDays(365));
    List<InteractionRecord> records = List.of(
        record("i-1", NOON, InteractionFlag.MEDICAL_ADVICE), record("i-2", second, InteractionFlag.OTHER_MEMBER_INFO_SHARED));

    BoundaryReport report = STANDARD.evaluate(records);

    assertThat(report.reviews()).singleElement().satisfies(review -> {
      assertThat(review.reason()).isEqualTo(DecertificationReason.CODE_OF_CONDUCT_BREACH);
      assertThat(review.dueAt()).isEqualTo(second);
    });
  }

  @Test
  void evaluate_twoSeriousBreachesMoreThan365DaysApart_noReview() {
    List<InteractionRecord> records = List.of(
        record("i-1", NOON, InteractionFlag.MEDICAL_ADVICE),
        record("i-2", NOON.plus(Duration.ofDays(365)).plusSeconds(1), InteractionFlag.MEDICAL_ADVICE));

    BoundaryReport report = STANDARD.evaluate(records);

    assertThat(report.breaches()).hasSize(2).allMatch(Breach::serious);
    assertThat(report.reviews()).isEmpty();
  }

  @Test
  void evaluate_oneSeriousBreach_noReview() {
    BoundaryReport report = STANDARD.evaluate(List.of(record("i-1", NOON, InteractionFlag.MEDICAL_ADVICE)));

    assertThat(report.breaches()).hasSize(1);
    assertThat(report.reviews()).isEmpty();
  }

  @Test
  void evaluate_oneSeriousBreachEachForTwoPeers_noReview() {
    List<InteractionRecord> records = List.of(
        record("i-1", PEER, SEEKER, NOON, Set.of(InteractionFlag.MEDICAL_ADVICE)),
        record("i-2", OTHER_PEER, SEEKER, NOON.plusSeconds(60), Set.of(InteractionFlag.MEDICAL_ADVICE)));

    BoundaryReport report = STANDARD.evaluate(records);

    assertThat(report.breaches()).hasSize(2);
    assertThat(report.of(PEER)).hasSize(1);
    assertThat(report.of(OTHER_PEER)).hasSize(1);
    assertThat(report.reviews()).isEmpty();
  }

  @Test
  void evaluate_intimateContactAlone_reviewForCodeOfConduct() {
    InteractionRecord r = record("i-1", NOON, InteractionFlag.INTIMATE_CONTACT);

    BoundaryReport report = STANDARD.evaluate(List.of(r));

    assertThat(report.reviews()).hasSize(1);
    DecertificationReview review = report.reviews().get(0);
    assertThat(review.peer()).isEqualTo(PEER);
    assertThat(review.reason()).isEqualTo(DecertificationReason.CODE_OF_CONDUCT_BREACH);
    assertThat(review.breaches()).containsExactly(BoundaryPolicy.NO_INTIMATE_RELATIONSHIP);
    assertThat(review.dueAt()).isEqualTo(r.at());
  }

  private static List<InteractionRecord> minorBreaches(int count) {
    List<InteractionRecord> all = List.of(
        record("i-1", NOON, InteractionFlag.OUTSIDE_PROGRAMME),
        record("i-2", NOON.plus(Duration.ofDays(30)), InteractionFlag.BEYOND_PEER_ROLE),
        record("i-3", Instant.parse("2026-06-01T22:00:00Z")),
        record("i-4", NOON.plus(Duration.ofDays(300)), InteractionFlag.OUTSIDE_PROGRAMME));
    return all.subList(0, count);
  }

  @Test
  void evaluate_fourMinorBreachesWithinWindow_reviewForBoundaryProblem() {
    BoundaryReport report = STANDARD.evaluate(minorBreaches(4));

    assertThat(report.breaches()).hasSize(4).noneMatch(Breach::serious);
    assertThat(report.reviews()).hasSize(1);
    DecertificationReview review = report.reviews().get(0);
    assertThat(review.peer()).isEqualTo(PEER);
    assertThat(review.reason()).isEqualTo(DecertificationReason.BOUNDARY_PROBLEM);
    assertThat(review.breaches()).containsExactly(BoundaryPolicy.OUTSIDE_CONTACT, BoundaryPolicy.REFER_BEYOND_ROLE,
        BoundaryPolicy.CONTACT_HOURS, BoundaryPolicy.OUTSIDE_CONTACT);
    assertThat(review.dueAt()).isEqualTo(NOON.plus(Duration.ofDays(300)));
  }

  @Test
  void evaluate_threeMinorBreaches_noReview() {
    BoundaryReport report = STANDARD.evaluate(minorBreaches(3));

    assertThat(report.breaches()).hasSize(3);
    assertThat(report.reviews()).isEmpty();
  }

  @Test
  void evaluate_fourMinorBreachesSpreadOverMoreThanTheWindow_noReview() {
    List<InteractionRecord> records = new ArrayList<>(minorBreaches(3));
    records.add(record("i-4", NOON.plus(Duration.ofDays(366)), InteractionFlag.OUTSIDE_PROGRAMME));

    BoundaryReport report = STANDARD.evaluate(records);

    assertThat(report.breaches()).hasSize(4);
    assertThat(report.reviews()).isEmpty();
  }

  @Test
  void evaluate_longestReviewWindow_countsEveryBreachWithoutOverflow() {
    // "all time" is rejected up front, naming the field; the longest accepted window (ten years) works
    assertThatThrownBy(() -> BoundaryPolicy.builder().reviewWindow(ChronoUnit.FOREVER.getDuration()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reviewWindow:");
    BoundaryPolicy policy = BoundaryPolicy.builder().reviewWindow(Duration.ofDays(3653)).build();
    Instant later = NOON.plus(Duration.ofDays(10 * 365));
    List<InteractionRecord> records = List.of(
        record("i-1", NOON, InteractionFlag.MEDICAL_ADVICE), record("i-2", later, InteractionFlag.MEDICAL_ADVICE));

    BoundaryReport report = policy.evaluate(records);

    assertThat(report.reviews()).singleElement().satisfies(review -> {
      assertThat(review.reason()).isEqualTo(DecertificationReason.CODE_OF_CONDUCT_BREACH);
      assertThat(review.breaches()).containsExactly(BoundaryPolicy.NO_MEDICAL_ADVICE, BoundaryPolicy.NO_MEDICAL_ADVICE);
      assertThat(review.dueAt()).isEqualTo(later);
    });
  }

  static Stream<Arguments> reviews() {
    return Stream.of(
        Arguments.of(List.of(record("i-1", NOON, InteractionFlag.INTIMATE_CONTACT)), DecertificationReason.CODE_OF_CONDUCT_BREACH),
        Arguments.of(minorBreaches(4), DecertificationReason.BOUNDARY_PROBLEM));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("reviews")
  void openReviewThenDecertify_activeStanding_pausesThenDecertifiesWithReason(List<InteractionRecord> records,
      DecertificationReason reason) {
    DecertificationReview review = STANDARD.evaluate(records).reviews().get(0);
    assertThat(review.reason()).isEqualTo(reason);
    PeerLifecycle lifecycle = PeerLifecycle.standard();
    PeerStanding active = CoreGen.activeStanding(new SplittableRandom(7), review.dueAt());
    assertThat(active.status()).isEqualTo(PeerStatus.ACTIVE);

    Transition opened = lifecycle.apply(active, review.openReview());

    assertThat(opened.succeeded()).isTrue();
    assertThat(opened.standing().status()).isEqualTo(PeerStatus.PAUSED);
    assertThat(opened.standing().pauseReason()).contains(PauseReason.BOUNDARY_REVIEW);
    assertThat(opened.standing().boundaryReviewOpen()).isTrue();

    Transition decertified = lifecycle.apply(opened.standing(), review.decertify(review.dueAt().plus(Duration.ofDays(14))));

    assertThat(decertified.succeeded()).isTrue();
    assertThat(decertified.standing().status()).isEqualTo(PeerStatus.DECERTIFIED);
    assertThat(decertified.standing().decertificationReason()).contains(reason);
  }

  // ---- escalation signals --------------------------------------------------------------------

  @Test
  void toSignal_medicalAdviceBreach_escalatesAsMedicalAdviceGiven() {
    Breach breach = STANDARD.evaluate(List.of(record("i-1", NOON, InteractionFlag.MEDICATION_ADVICE))).breaches().get(0);

    Optional<Signal> signal = breach.toSignal("sig-1", Reporter.FACILITATOR);

    assertThat(signal).isPresent();
    assertThat(signal.get().person()).isEqualTo(PEER);
    assertThat(signal.get().at()).isEqualTo(NOON);
    assertThat(signal.get().sign()).contains(SignKind.MEDICAL_ADVICE_GIVEN);
    EscalationDecision decision = EscalationPolicy.standard().evaluate(List.of(signal.get()), ConsentRecord.none(), NOON);
    assertThat(decision.escalations()).extracting(Escalation::rule).containsExactly(EscalationPolicy.MEDICAL_ADVICE_GIVEN);
    assertThat(decision.escalations().get(0).person()).isEqualTo(PEER);
  }

  static Stream<Arguments> otherSigns() {
    return Stream.of(
        Arguments.of(InteractionFlag.INTIMATE_CONTACT, EscalationPolicy.EMOTIONAL_ENTANGLEMENT),
        Arguments.of(InteractionFlag.BEYOND_PEER_ROLE, EscalationPolicy.BOUNDARY_CONCERN));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherSigns")
  void toSignal_otherBreachWithSign_escalatesByItsRule(InteractionFlag flag, RuleId escalationRule) {
    Breach breach = STANDARD.evaluate(List.of(record("i-1", NOON, flag))).breaches().get(0);

    Signal signal = breach.toSignal("sig-1", Reporter.PEER).orElseThrow();
    EscalationDecision decision = EscalationPolicy.standard().evaluate(List.of(signal), ConsentRecord.none(), NOON);

    assertThat(decision.escalations()).extracting(Escalation::rule).containsExactly(escalationRule);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = InteractionFlag.class, names = {"MONEY_OR_LOAN", "OUTSIDE_PROGRAMME", "OTHER_MEMBER_INFO_SHARED"})
  void toSignal_breachWithoutEscalationSign_empty(InteractionFlag flag) {
    Breach breach = STANDARD.evaluate(List.of(record("i-1", NOON, flag))).breaches().get(0);

    assertThat(breach.consequences()).doesNotContain(BoundaryConsequence.ESCALATION_SIGNAL);
    assertThat(breach.toSignal("sig-1", Reporter.PEER)).isEmpty();
  }

  @Test
  void toSignal_contactHoursBreach_empty() {
    Breach breach = STANDARD.evaluate(List.of(record("i-1", Instant.parse("2026-03-02T23:30:00Z")))).breaches().get(0);

    assertThat(breach.rule()).isEqualTo(BoundaryPolicy.CONTACT_HOURS);
    assertThat(breach.toSignal("sig-1", Reporter.PEER)).isEmpty();
  }

  // ---- invalid input -------------------------------------------------------------------------

  @Test
  void evaluate_duplicateRecordIds_throwsNamingRecords() {
    List<InteractionRecord> records = List.of(record("i-1", NOON), record("i-1", NOON.plusSeconds(60), InteractionFlag.MEDICAL_ADVICE));

    assertThatThrownBy(() -> STANDARD.evaluate(records))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("records").hasMessageContaining("i-1");
  }

  @Test
  void evaluate_noRecords_cleanReport() {
    BoundaryReport report = STANDARD.evaluate(List.of());

    assertThat(report.isClean()).isTrue();
    assertThat(report.reviews()).isEmpty();
  }

  @ParameterizedTest(name = "{0}-{1}")
  @CsvSource({"08:00, 08:00", "21:00, 08:00", "00:01, 00:00"})
  void build_contactUntilNotAfterContactFrom_throwsNamingContactUntil(LocalTime from, LocalTime until) {
    BoundaryPolicy.Builder builder = BoundaryPolicy.builder();
    builder.contactFrom(from).contactUntil(until);

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("contactUntil");
  }

  @Test
  void build_negativeGiftLimit_throwsNamingGiftLimit() {
    BoundaryPolicy.Builder builder = BoundaryPolicy.builder();
    builder.giftLimit(new BigDecimal("-0.01"));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("giftLimit");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0", "-1", "101"})
  void build_maxContactsPerWeekOutOfRange_throwsNamingField(int max) {
    BoundaryPolicy.Builder builder = BoundaryPolicy.builder();
    builder.maxContactsPerWeek(max);

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxContactsPerWeek");
  }

  @Test
  void build_limitsAtTheirEdges_accepted() {
    BoundaryPolicy policy = BoundaryPolicy.builder().giftLimit(BigDecimal.ZERO).maxContactsPerWeek(1)
        .contactFrom(LocalTime.of(8, 0)).contactUntil(LocalTime.of(8, 1)).build();
    BoundaryPolicy most = BoundaryPolicy.builder().maxContactsPerWeek(100).build();

    assertThat(policy.giftLimit()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(policy.contactUntil()).isEqualTo(LocalTime.of(8, 1));
    assertThat(most.maxContactsPerWeek()).isEqualTo(100);
  }
}
