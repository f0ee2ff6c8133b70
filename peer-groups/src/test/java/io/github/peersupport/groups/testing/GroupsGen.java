package io.github.peersupport.groups.testing;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.lifecycle.Certification;
import io.github.peersupport.core.lifecycle.LifecycleEvent;
import io.github.peersupport.core.lifecycle.PauseReason;
import io.github.peersupport.core.lifecycle.PeerLifecycle;
import io.github.peersupport.core.lifecycle.PeerStanding;
import io.github.peersupport.core.lifecycle.TrainingRecord;
import io.github.peersupport.core.lifecycle.Transition;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.person.WeeklyAvailability;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.groups.Audience;
import io.github.peersupport.groups.GroupModality;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.Openness;
import io.github.peersupport.groups.SupportGroup;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of peer-groups values: seekers shaped for groups (a few conditions of the
 * standard taxonomy, patients and caregivers, a few languages, evening availability, usually
 * consenting), facilitators (mostly active and trained, some paused or not trained for a condition),
 * support groups (diagnosis-specific or mixed, any fill level, edge-case size policies). Shared with
 * peer-bench and later modules through peer-groups' test-jar. Every method is a pure function of the
 * random stream it is given.
 */
public final class GroupsGen {
  /** The instant generated values are valid at. */
  public static final Instant NOW = CoreGen.EPOCH;

  /** The condition codes seekers and groups use (standard taxonomy). */
  public static final List<String> CONDITIONS = List.of(
      "breast-cancer", "breast-cancer.triple-negative", "breast-cancer.hr-positive", "breast-cancer.metastatic",
      "prostate-cancer", "lung-cancer", "colorectal-cancer");

  /** The group foci generated groups use. */
  public static final List<String> FOCI = List.of("breast-cancer", "breast-cancer.triple-negative", "prostate-cancer", "cancer");

  private static final Taxonomy TAXONOMY = Taxonomy.standardConditions();
  private static final String[] LANGS = {"en", "en", "en", "es", "fr", "zh-hant"};
  private static final DayOfWeek[] EVENINGS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY};
  private static final String[] ZONES = {"UTC", "UTC", "America/New_York", "Europe/London"};

  private GroupsGen() {}

  /**
   * A condition code of the standard taxonomy.
   *
   * @param code the code text
   * @return the code
   */
  public static Code condition(String code) {
    return TAXONOMY.code(code);
  }

  /**
   * A weekly evening slot: 18:00 or 19:00, 90 minutes, Monday to Thursday.
   *
   * @param r the random stream
   * @return the slot
   */
  public static TimeWindow slot(SplittableRandom r) {
    LocalTime start = LocalTime.of(18 + r.nextInt(2), 0);
    return TimeWindow.of(EVENINGS[r.nextInt(EVENINGS.length)], start, start.plusMinutes(90));
  }

  /**
   * A seeker with a given id.
   *
   * @param r the random stream
   * @param id the id
   * @return the seeker
   */
  public static Seeker seeker(SplittableRandom r, SeekerId id) {
    boolean caregiver = r.nextInt(4) == 0;
    LivedExperience.Builder x = LivedExperience.builder().role(caregiver ? ExperienceRole.CAREGIVER : ExperienceRole.PATIENT)
        .addConditions(condition(CONDITIONS.get(r.nextInt(CONDITIONS.size()))));
    if (r.nextInt(8) == 0) {
      x.addConditions(condition(CONDITIONS.get(r.nextInt(CONDITIONS.size()))));
    }
    if (caregiver) {
      x.relationship(CoreGen.oneOf(r, CaregiverRelationship.values()));
    }
    PersonProfile.Builder p = PersonProfile.builder();
    int langs = r.nextInt(10) == 0 ? 0 : 1 + (r.nextInt(5) == 0 ? 1 : 0);
    for (int i = 0; i < langs; i++) {
      p.addLanguages(Language.of(LANGS[r.nextInt(LANGS.length)]));
    }
    if (r.nextInt(4) > 0) {
      for (Modality m : Modality.values()) {
        if (r.nextInt(2) == 0) {
          p.addModalities(m);
        }
      }
    }
    if (r.nextInt(3) > 0) {
      WeeklyAvailability.Builder a = WeeklyAvailability.builder().zone(ZoneId.of(ZONES[r.nextInt(ZONES.length)]));
      int windows = r.nextInt(0, 4);
      for (int i = 0; i < windows; i++) {
        LocalTime start = LocalTime.of(r.nextInt(12, 20), r.nextBoolean() ? 0 : 30);
        a.addWindows(TimeWindow.of(EVENINGS[r.nextInt(EVENINGS.length)], start, start.plusMinutes(r.nextInt(60, 240))));
      }
      p.availability(a.build());
    }
    ConsentRecord consent;
    int c = r.nextInt(20);
    if (c == 0) {
      consent = ConsentRecord.none();
    } else if (c == 1) {
      consent = ConsentRecord.grantedAt(NOW.minus(Duration.ofDays(30)), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)
          .withdraw(ConsentScope.BE_CONTACTED, NOW.minus(Duration.ofDays(2)));
    } else {
      consent = ConsentRecord.grantedAt(NOW.minus(Duration.ofDays(r.nextInt(1, 60))), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);
    }
    return Seeker.builder().id(id).experience(x.build()).profile(p.build()).consent(consent).build();
  }

  /**
   * Seekers {@code s-0} to {@code s-(n-1)}.
   *
   * @param r the random stream
   * @param n how many
   * @return the seekers
   */
  public static List<Seeker> seekers(SplittableRandom r, int n) {
    List<Seeker> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(seeker(r, SeekerId.of("s-" + i)));
    }
    return out;
  }

  /**
   * An active standing with the group-facilitation course and the given condition courses.
   *
   * @param at the instant it serves at
   * @param courses extra passed courses
   * @return the standing
   */
  public static PeerStanding activeStanding(Instant at, List<String> courses) {
    Instant t = at.minus(Duration.ofDays(400));
    List<LifecycleEvent> events = new ArrayList<>();
    events.add(LifecycleEvent.screened(t));
    events.add(LifecycleEvent.trainingCompleted(TrainingRecord.passed("group-facilitation", t.plusSeconds(86_400))));
    for (int i = 0; i < courses.size(); i++) {
      events.add(LifecycleEvent.trainingCompleted(TrainingRecord.passed(courses.get(i), t.plusSeconds(86_400 + 60L * (i + 1)))));
    }
    events.add(LifecycleEvent.codeOfConductSigned(t.plusSeconds(2 * 86_400)));
    events.add(LifecycleEvent.certified(Certification.of("group-facilitator", t.plusSeconds(3 * 86_400), at.plus(Duration.ofDays(365)))));
    events.add(LifecycleEvent.activated(t.plusSeconds(4 * 86_400)));
    List<Transition> ts = PeerLifecycle.standard().replay(PeerStanding.applicant(), events);
    return ts.get(ts.size() - 1).standing();
  }

  /**
   * A facilitator: usually active and trained for one or two foci, sometimes paused or an applicant.
   *
   * @param r the random stream
   * @param id the id
   * @return the facilitator
   */
  public static Facilitator facilitator(SplittableRandom r, FacilitatorId id) {
    List<String> courses = new ArrayList<>();
    for (String f : FOCI) {
      if (r.nextInt(3) == 0) {
        courses.add(f);
      }
    }
    PeerStanding standing = activeStanding(NOW, courses);
    int kind = r.nextInt(12);
    if (kind == 0) {
      standing = PeerLifecycle.standard().apply(standing, LifecycleEvent.paused(NOW.minus(Duration.ofDays(3)), PauseReason.SELF_CARE)).standing();
    } else if (kind == 1) {
      standing = PeerStanding.applicant();
    }
    PersonProfile.Builder p = PersonProfile.builder();
    if (r.nextInt(3) == 0) {
      p.addLanguages(Language.of(LANGS[r.nextInt(LANGS.length)]));
    }
    return Facilitator.builder().id(id).standing(standing).profile(p.build()).build();
  }

  /**
   * Facilitators {@code f-0} to {@code f-(n-1)}.
   *
   * @param r the random stream
   * @param n how many
   * @return the facilitators
   */
  public static List<Facilitator> facilitators(SplittableRandom r, int n) {
    List<Facilitator> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(facilitator(r, FacilitatorId.of("f-" + i)));
    }
    return out;
  }

  /**
   * A size policy: usually standard, sometimes small or NAMI-style.
   *
   * @param r the random stream
   * @return the policy
   */
  public static GroupSizePolicy sizePolicy(SplittableRandom r) {
    switch (r.nextInt(6)) {
      case 0:
        int max = r.nextInt(1, 16);
        return GroupSizePolicy.builder().maxMembers(max).minViable(r.nextInt(1, max + 1)).membersPerFacilitator(r.nextInt(1, 12))
            .facilitatorMemberCap(r.nextInt(1, 40)).build();
      case 1:
        return GroupSizePolicy.nami();
      default:
        return GroupSizePolicy.standard();
    }
  }

  /**
   * A group with a given id: diagnosis-specific (3 in 4) or mixed, any fill level; member ids are
   * {@code m-<id>-k}, and one in eight is a generated seeker's id {@code s-k} (k &lt; 40), so placement
   * meets seekers who already belong to a group; facilitators from {@code f-0} to {@code
   * f-(facilitators-1)}.
   *
   * @param r the random stream
   * @param id the id
   * @param facilitators the size of the facilitator id pool (0 for none)
   * @return the group
   */
  public static SupportGroup group(SplittableRandom r, GroupId id, int facilitators) {
    GroupSizePolicy policy = sizePolicy(r);
    SupportGroup.Builder b = SupportGroup.builder().id(id).sizePolicy(policy)
        .audience(r.nextInt(5) == 0 ? Audience.CAREGIVERS : r.nextInt(8) == 0 ? Audience.BOTH : Audience.PATIENTS)
        .modality(CoreGen.oneOf(r, GroupModality.values()))
        .addLanguages(Language.of(LANGS[r.nextInt(LANGS.length)]));
    if (r.nextInt(4) > 0) {
      b.focus(condition(FOCI.get(r.nextInt(FOCI.size()))));
    }
    SupportGroup draft = b.build();
    if (draft.modality().isScheduled() && r.nextInt(5) > 0) {
      b.slot(slot(r));
    }
    if (r.nextInt(3) == 0) {
      b.openness(Openness.CLOSED).seriesWeeks(r.nextInt(10, 13)).seriesStart(CoreGen.TODAY.plusDays(r.nextInt(-30, 30)));
    }
    int members = r.nextInt(0, policy.maxMembers() + 1);
    List<SeekerId> memberIds = new ArrayList<>();
    for (int k = 0; k < members; k++) {
      // now and then a member id from the generated seekers' id space (s-0, s-1, ...)
      SeekerId m = SeekerId.of(r.nextInt(8) == 0 ? "s-" + r.nextInt(40) : "m-" + id.value() + "-" + k);
      if (!memberIds.contains(m)) {
        memberIds.add(m);
      }
    }
    b.members(memberIds);
    if (facilitators > 0) {
      int count = r.nextInt(0, 3);
      List<FacilitatorId> chosen = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        FacilitatorId f = FacilitatorId.of("f-" + r.nextInt(facilitators));
        if (!chosen.contains(f)) {
          chosen.add(f);
        }
      }
      b.facilitators(chosen);
    }
    return b.build();
  }

  /**
   * Groups {@code g-0} to {@code g-(m-1)}.
   *
   * @param r the random stream
   * @param m how many
   * @param facilitators the size of the facilitator id pool
   * @return the groups
   */
  public static List<SupportGroup> groups(SplittableRandom r, int m, int facilitators) {
    List<SupportGroup> out = new ArrayList<>(m);
    for (int j = 0; j < m; j++) {
      out.add(group(r, GroupId.of("g-" + j), facilitators));
    }
    return out;
  }

  // ---- fixed fixtures for example-based tests -----------------------------------------------

  /**
   * A consenting English-speaking patient with one condition and no stated modalities or availability.
   *
   * @param id the id text
   * @param condition a condition code of the standard taxonomy
   * @return the seeker
   */
  public static Seeker patient(String id, String condition) {
    return Seeker.builder().id(SeekerId.of(id))
        .experience(LivedExperience.builder().addConditions(condition(condition)).build())
        .profile(PersonProfile.builder().addLanguages(Language.of("en")).build())
        .consent(ConsentRecord.grantedAt(NOW.minus(Duration.ofDays(1)), ConsentScope.BE_CONTACTED)).build();
  }

  /**
   * A consenting English-speaking caregiver (partner) of someone with a condition.
   *
   * @param id the id text
   * @param condition a condition code of the standard taxonomy
   * @return the seeker
   */
  public static Seeker caregiver(String id, String condition) {
    return Seeker.builder().from(patient(id, condition))
        .experience(LivedExperience.builder().role(ExperienceRole.CAREGIVER).relationship(CaregiverRelationship.PARTNER)
            .addConditions(condition(condition)).build())
        .build();
  }

  /**
   * An active facilitator with the group-facilitation course and the given courses.
   *
   * @param id the id text
   * @param courses extra passed courses (e.g. a focus code)
   * @return the facilitator
   */
  public static Facilitator trainedFacilitator(String id, String... courses) {
    return Facilitator.builder().id(FacilitatorId.of(id)).standing(activeStanding(NOW, List.of(courses))).build();
  }

  /**
   * An open English video group.
   *
   * @param id the id text
   * @param focus the focus code, or null for a mixed group
   * @param members member id texts
   * @return the group
   */
  public static SupportGroup openGroup(String id, @org.jspecify.annotations.Nullable String focus, String... members) {
    SupportGroup.Builder b = SupportGroup.builder().id(GroupId.of(id)).addLanguages(Language.of("en"));
    if (focus != null) {
      b.focus(condition(focus));
    }
    for (String m : members) {
      b.addMembers(SeekerId.of(m));
    }
    return b.build();
  }

  /**
   * Member id texts {@code prefix-1} to {@code prefix-n}.
   *
   * @param prefix the prefix
   * @param n how many
   * @return the ids
   */
  public static String[] ids(String prefix, int n) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = prefix + "-" + (i + 1);
    }
    return out;
  }
}
