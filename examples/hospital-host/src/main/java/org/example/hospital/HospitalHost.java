package org.example.hospital;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peersupport.core.Code;
import io.github.peersupport.core.MatchId;
import io.github.peersupport.core.ProgrammeId;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.programmes.Programme;
import io.github.peersupport.programmes.Programmes;
import io.github.peersupport.matching.lifecycle.FollowUpTimers;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.EscalationLog;
import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.escalation.Reporter;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.lifecycle.Certification;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.lifecycle.TrainingRecord;
import io.github.peersupport.core.lifecycle.Transition;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.json.PeerJson;
import io.github.peersupport.json.PeerJsonException;
import io.github.peersupport.json.PeerJsonSetupException;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.matching.lifecycle.Actor;
import io.github.peersupport.matching.lifecycle.BookTransition;
import io.github.peersupport.matching.lifecycle.CloseReason;
import io.github.peersupport.matching.lifecycle.MatchBook;
import io.github.peersupport.matching.lifecycle.MatchEvent;
import io.github.peersupport.matching.lifecycle.MatchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A hospital's use of the library, end to end, on the module path: rank supporters for a seeker, escalate
 * a screening, follow one match from request to completion, and store every value as JSON and read it
 * back, through {@link PeerJson} and through the hospital's own {@link ObjectMapper}. Given a folder of
 * stored documents ({@code <Type>.json}), it also reads every document type of {@link
 * PeerJson#documentTypes()} and checks that both mappers write it back byte for byte. Any failure ends the
 * program with a non-zero exit code.
 */
public final class HospitalHost {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
  private final ObjectMapper configured = PeerJson.configure(new ObjectMapper());
  private int checked;

  private HospitalHost() {}

  /**
   * Runs the host.
   *
   * @param args optionally, the folder of stored documents to read
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    Module self = HospitalHost.class.getModule();
    Module json = PeerJson.class.getModule();
    if (!self.isNamed() || !json.isNamed()) {
      throw new IllegalStateException("not on the module path: run with java --module-path ... -m");
    }
    HospitalHost host = new HospitalHost();
    host.rankEscalateAndFollow();
    host.configureFromPreset();
    int documents = args.length > 0 ? host.readStoredDocuments(Path.of(args[0])) : 0;
    host.setupFailureIsNotBadInput();
    System.out.printf("hospital-host: module %s with %s on Java %s: ranked, escalated, followed a match; "
            + "configured from a preset; %d values and %d stored document types round-tripped through PeerJson and a host ObjectMapper%n",
        self.getName(), json.getName(), Runtime.version(), host.checked, documents);
  }

  private void rankEscalateAndFollow() throws IOException {
    Taxonomy conditions = Taxonomy.standardConditions();
    PersonProfile phoneInEnglish = PersonProfile.builder()
        .age(Age.bornIn(1970)).addLanguages(Language.of("en")).addModalities(Modality.PHONE).build();
    ConsentRecord consent = ConsentRecord.grantedAt(NOW, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
    Seeker seeker = Seeker.builder()
        .id(SeekerId.of("s-17"))
        .experience(LivedExperience.builder()
            .addConditions(conditions.code("breast-cancer.triple-negative"))
            .addIssues(Tag.of("returning-to-work")).build())
        .profile(phoneInEnglish)
        .consent(consent)
        .build();
    PeerStanding active = activeStanding();
    List<Supporter> supporters = List.of(
        supporter("sup-1", conditions.code("breast-cancer.her2-positive"), phoneInEnglish, active),
        supporter("sup-2", conditions.code("breast-cancer.triple-negative"), phoneInEnglish, active),
        supporter("sup-3", conditions.code("prostate-cancer"), phoneInEnglish, active));

    MatchResult ranked = PeerMatcher.standard().rank(seeker, supporters, NOW);
    require(ranked.candidates().size() == 2, "two candidates share the condition");
    require(ranked.candidates().get(0).supporter().equals(SupporterId.of("sup-2")), "the exact subtype ranks first");

    Signal phq9 = Signal.phq9("sig-1", seeker.id(), Reporter.SELF_REPORT, NOW, 1, 1, 0, 1, 0, 0, 0, 0, 1);
    EscalationDecision decision = EscalationPolicy.standard().evaluate(List.of(phq9), consent, NOW);
    require(!decision.escalations().isEmpty(), "PHQ-9 item 9 escalates");

    MatchId id = MatchId.of("m-1");
    ProgrammeId programme = ProgrammeId.of("prog-cancer");
    Actor coordinator = Actor.role(CareRole.COORDINATOR);
    MatchRequest request = MatchRequest.builder().seeker(seeker.id()).programme(programme).requestedAt(NOW)
        .consent(consent).addCandidates(ranked.candidates().get(0).supporter(), ranked.candidates().get(1).supporter())
        .build();
    List<MatchEvent> events = List.of(
        MatchEvent.requested(id, request, Actor.person(seeker.id())),
        MatchEvent.offerNext(id, NOW.plus(Duration.ofHours(2)), coordinator),
        MatchEvent.accepted(id, NOW.plus(Duration.ofHours(20)), Actor.person(SupporterId.of("sup-2"))),
        MatchEvent.firstContactConfirmed(id, NOW.plus(Duration.ofDays(3)), coordinator),
        MatchEvent.activated(id, NOW.plus(Duration.ofDays(3)), coordinator),
        MatchEvent.completed(id, NOW.plus(Duration.ofDays(90)), coordinator, CloseReason.GOALS_MET));
    MatchBook book = MatchBook.of(supporters);
    for (MatchEvent event : events) {
      // each writer states the version it read: a concurrent writer that got there first wins
      BookTransition step = book.apply(book.version(), event);
      require(step.succeeded(), "event " + event.type() + " succeeded, not " + step.refusedBy());
      if (event.type() == events.get(2).type()) {
        BookTransition stale = step.book().apply(book.version(), events.get(3));
        require(stale.refusedBy().equals(java.util.Optional.of(MatchBook.STALE_VERSION)), "a stale writer is rejected");
        // while the match is live, ranking sees the supporter's load from the book
        require(step.book().withLoads(supporters).get(1).activeMatches() == 1, "the book's load reaches the matcher");
      }
      book = step.book();
    }
    require(book.match(id).orElseThrow().closure().isPresent(), "the match is closed");
    require(book.version() == events.size(), "one version per accepted event");

    for (Object value : List.of(seeker, supporters.get(0), ranked, decision, phq9, consent, book)) {
      roundTrip(value, value.getClass());
    }
    // a host stores its match log as a JSON array of events and rebuilds the book from it
    String log = plain.writeValueAsString(events);
    List<MatchEvent> back = plain.readValue(log, new TypeReference<List<MatchEvent>>() {});
    List<MatchEvent> viaPeerJson = PeerJson.mapper().readValue(PeerJson.write(events), new TypeReference<List<MatchEvent>>() {});
    require(back.equals(events) && viaPeerJson.equals(events), "the match log reads back equal");
    require(log.equals(PeerJson.write(events)), "the match log is written as wire format v2");
    require(MatchBook.of(supporters).applyAll(back).equals(book), "replaying the stored log rebuilds the book");
    checked++;
  }

  /**
   * The hospital's programme is a preset changed as data: it ranks with the programme's matcher (its
   * readiness rules), routes a moderate PHQ-9 to a clinician, records the escalation as acknowledged, and
   * stores the whole programme as one document.
   */
  private void configureFromPreset() throws IOException {
    Programme programme = Programme.builder().from(Programmes.cancerSurvivorMentoring())
        .followUps(FollowUpTimers.builder().from(FollowUpTimers.standard()).expectedContacts(6).build())
        .build();
    Taxonomy conditions = programme.matcher().conditions();
    PersonProfile phoneInEnglish = PersonProfile.builder()
        .age(Age.bornIn(1970)).addLanguages(Language.of("en")).addModalities(Modality.PHONE).build();
    ConsentRecord consent = ConsentRecord.grantedAt(NOW, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED,
        ConsentScope.SHARE_WITH_CARE_TEAM);
    Seeker seeker = Seeker.builder().id(SeekerId.of("s-18"))
        .experience(LivedExperience.builder().addConditions(conditions.code("lymphoma")).build())
        .profile(phoneInEnglish).consent(consent).build();
    Supporter ready = supporter("sup-4", conditions.code("lymphoma"), phoneInEnglish, activeStanding());
    Supporter tooSoon = Supporter.builder().from(supporter("sup-5", conditions.code("lymphoma"), phoneInEnglish, activeStanding()))
        .experience(LivedExperience.builder().addConditions(conditions.code("lymphoma")).treatmentEndedOn(LocalDate.parse("2025-12-01")).build())
        .build();
    MatchResult ranked = programme.matcher().rank(seeker, List.of(ready, tooSoon), NOW);
    require(ranked.candidates().size() == 1 && ranked.candidates().get(0).supporter().equals(ready.id()),
        "only the supporter 12 months past treatment is ranked");
    require(ranked.excluded().containsKey(RuleId.of("readiness.months-since-treatment-end")),
        "the other is excluded by the programme's readiness rule");

    Signal phq9 = Signal.phq9("sig-2", seeker.id(), Reporter.SELF_REPORT, NOW, 2, 2, 1, 1, 1, 1, 2, 1, 0);
    EscalationDecision decision = programme.escalation().evaluate(List.of(phq9), consent, NOW);
    require(decision.escalations().size() == 1 && decision.escalations().get(0).targetRoles().stream().anyMatch(CareRole::isClinical),
        "a moderate PHQ-9 goes to a clinician");
    EscalationLog log = EscalationLog.empty().raise(decision);
    require(log.overdueAt(NOW.plus(Duration.ofDays(4))).size() == 1, "an escalation nobody acknowledged is overdue");

    for (Object value : List.of(programme, ranked, decision, log)) {
      roundTrip(value, value.getClass());
    }
    checked++;
  }

  private int readStoredDocuments(Path folder) throws IOException {
    List<String> missing = new ArrayList<>();
    int read = 0;
    for (Class<?> type : PeerJson.documentTypes()) {
      Path file = folder.resolve(type.getSimpleName() + ".json");
      if (!Files.isRegularFile(file)) {
        missing.add(type.getSimpleName());
        continue;
      }
      byte[] stored = Files.readAllBytes(file);
      Object value = PeerJson.read(stored, type);
      require(plain.readValue(stored, type).equals(value), type.getSimpleName() + " reads equal with a host mapper");
      require(configured.readValue(stored, type).equals(value), type.getSimpleName() + " reads equal with a configured host mapper");
      roundTrip(value, type);
      read++;
    }
    require(missing.isEmpty(), "a stored document for every type, missing: " + missing);
    return read;
  }

  /** Writes with each mapper, checks the bytes are wire format v2, reads back equal. */
  private void roundTrip(Object value, Class<?> runtimeType) throws IOException {
    Class<?> type = publicType(runtimeType);
    String v2 = PeerJson.write(value);
    require(plain.writeValueAsString(value).equals(v2), type.getSimpleName() + ": a host mapper writes wire format v2");
    require(configured.writeValueAsString(value).equals(v2), type.getSimpleName() + ": a configured mapper writes v2");
    require(PeerJson.read(v2, type).equals(value), type.getSimpleName() + " reads back equal through PeerJson");
    require(plain.readValue(v2, type).equals(value), type.getSimpleName() + " reads back equal through a host mapper");
    checked++;
  }

  /**
   * Bad input names a pointer and never echoes the input; a definition failure (here, asking for a type
   * nobody mapped) is a setup error, never reported as bad input.
   */
  private void setupFailureIsNotBadInput() {
    try {
      PeerJson.read("{}", Runnable.class);
      throw new IllegalStateException("an unmapped interface was read");
    } catch (PeerJsonSetupException expected) {
      require(!(((Object) expected) instanceof PeerJsonException), "a setup failure is not a PeerJsonException");
    }
    try {
      PeerJson.read("{\"schemaVersion\":2,\"bogus\":1}", Supporter.class);
      throw new IllegalStateException("an unknown property was accepted");
    } catch (PeerJsonException expected) {
      require(expected.pointer().equals("/bogus"), "bad input names its pointer, not " + expected.pointer());
    }
    try {
      plain.readValue("{\"schemaVersion\":2,\"id\":\"" + "x".repeat(300) + "\"}", Supporter.class);
      throw new IllegalStateException("an invalid document was accepted");
    } catch (JsonProcessingException e) {
      PeerJsonException translated = PeerJson.translate(e);
      require(!translated.getMessage().contains("xxx"), "a translated error does not echo the input");
    }
  }

  private static Class<?> publicType(Class<?> type) {
    Class<?> c = type;
    while (!java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
      c = c.getSuperclass();
    }
    return c;
  }

  private static PeerStanding activeStanding() {
    List<Transition> steps = PeerLifecycle.standard().replay(PeerStanding.applicant(), List.of(
        LifecycleEvent.screened(NOW.minus(Duration.ofDays(60))),
        LifecycleEvent.trainingCompleted(TrainingRecord.passed("peer-mentor-core", NOW.minus(Duration.ofDays(50)))),
        LifecycleEvent.codeOfConductSigned(NOW.minus(Duration.ofDays(50))),
        LifecycleEvent.certified(Certification.of("peer-mentor", NOW.minus(Duration.ofDays(40)), NOW.plus(Duration.ofDays(325)))),
        LifecycleEvent.activated(NOW.minus(Duration.ofDays(39)))));
    return steps.get(steps.size() - 1).standing();
  }

  private static Supporter supporter(String id, Code condition, PersonProfile profile, PeerStanding standing) {
    return Supporter.builder().id(SupporterId.of(id))
        .experience(LivedExperience.builder().addConditions(condition).treatmentEndedOn(LocalDate.parse("2021-06-30")).build())
        .profile(profile).standing(standing).build();
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("hospital-host: expected " + what);
    }
  }
}
