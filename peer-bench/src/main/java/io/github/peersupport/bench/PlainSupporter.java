package io.github.peersupport.bench;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.Tag;
import io.github.peersupport.core.lifecycle.Certification;
import io.github.peersupport.core.lifecycle.DecertificationReason;
import io.github.peersupport.core.lifecycle.PauseReason;
import io.github.peersupport.core.lifecycle.PeerStatus;
import io.github.peersupport.core.lifecycle.TrainingRecord;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.GenderIdentity;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.person.TimeWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The baseline of {@link JsonBenchmark}: a supporter profile as plain mutable Java classes with
 * public fields, the same properties and JSON shape as wire format v2 (absent optionals are {@code
 * null} and omitted), read and written by a plain Jackson mapper with no validation.
 */
public class PlainSupporter {
  /** The id. */
  public String id;
  /** The lived experience. */
  public Experience experience;
  /** The profile. */
  public Profile profile;
  /** The capacity. */
  public int capacity;
  /** The standing. */
  public Standing standing;
  /** The active matches. */
  public int activeMatches;

  /** Creates an empty supporter, for Jackson. */
  public PlainSupporter() {}

  /**
   * Copies a supporter.
   *
   * @param s the supporter
   * @return the plain copy
   */
  public static PlainSupporter of(Supporter s) {
    PlainSupporter p = new PlainSupporter();
    p.id = s.id().value();
    Experience e = new Experience();
    e.role = s.experience().role();
    e.relationship = s.experience().relationship().orElse(null);
    e.conditions = codes(s.experience().conditions());
    e.treatments = codes(s.experience().treatments());
    e.sideEffects = codes(s.experience().sideEffects());
    e.issues = tags(s.experience().issues());
    e.diagnosedOn = s.experience().diagnosedOn().orElse(null);
    e.treatmentEndedOn = s.experience().treatmentEndedOn().orElse(null);
    e.onMaintenanceTherapy = s.experience().onMaintenanceTherapy();
    p.experience = e;
    Profile f = new Profile();
    s.profile().age().ifPresent(a -> {
      f.age = new Age();
      f.age.earliestBirthYear = a.earliestBirthYear();
      f.age.latestBirthYear = a.latestBirthYear();
    });
    f.gender = new Gender();
    f.gender.identity = s.profile().gender().identity();
    f.gender.selfDescription = s.profile().gender().selfDescription().orElse(null);
    f.languages = new ArrayList<>();
    for (Language l : s.profile().languages()) {
      f.languages.add(l.tag());
    }
    f.cultures = tags(s.profile().cultures());
    s.profile().location().ifPresent(l -> {
      f.location = new Location();
      f.location.region = l.region().value();
      l.point().ifPresent(g -> {
        f.location.point = new Point();
        f.location.point.latitude = g.latitude();
        f.location.point.longitude = g.longitude();
      });
    });
    f.modalities = new ArrayList<>(s.profile().modalities());
    s.profile().availability().ifPresent(a -> {
      f.availability = new Availability();
      f.availability.zone = a.zone();
      f.availability.windows = new ArrayList<>();
      for (TimeWindow w : a.windows()) {
        Window x = new Window();
        x.day = w.day();
        x.start = w.start();
        x.end = w.end();
        f.availability.windows.add(x);
      }
    });
    p.profile = f;
    p.capacity = s.capacity();
    Standing t = new Standing();
    t.status = s.standing().status();
    t.trainings = new ArrayList<>();
    for (TrainingRecord r : s.standing().trainings()) {
      Training x = new Training();
      x.course = r.course().value();
      x.completedAt = r.completedAt();
      x.competencyConfirmed = r.competencyConfirmed();
      t.trainings.add(x);
    }
    t.certifications = new ArrayList<>();
    for (Certification c : s.standing().certifications()) {
      Cert x = new Cert();
      x.kind = c.kind().value();
      x.issuedAt = c.issuedAt();
      x.expiresAt = c.expiresAt().orElse(null);
      t.certifications.add(x);
    }
    t.codeOfConductSignedAt = s.standing().codeOfConductSignedAt().orElse(null);
    t.boundaryReviewOpen = s.standing().boundaryReviewOpen();
    t.pauseReason = s.standing().pauseReason().orElse(null);
    t.decertificationReason = s.standing().decertificationReason().orElse(null);
    t.lastEventAt = s.standing().lastEventAt().orElse(null);
    p.standing = t;
    p.activeMatches = s.activeMatches();
    return p;
  }

  private static List<PlainCode> codes(Set<Code> codes) {
    List<PlainCode> out = new ArrayList<>();
    for (Code c : codes) {
      PlainCode p = new PlainCode();
      p.system = c.system();
      p.code = c.code();
      p.display = c.display();
      out.add(p);
    }
    return out;
  }

  private static List<String> tags(Set<Tag> tags) {
    List<String> out = new ArrayList<>();
    for (Tag t : tags) {
      out.add(t.value());
    }
    return out;
  }

  /** Lived experience. */
  public static class Experience {
    /** Role. */
    public ExperienceRole role;
    /** Caregiver relationship, or null. */
    public CaregiverRelationship relationship;
    /** Conditions. */
    public List<PlainCode> conditions;
    /** Treatments. */
    public List<PlainCode> treatments;
    /** Side effects. */
    public List<PlainCode> sideEffects;
    /** Issues. */
    public List<String> issues;
    /** Diagnosis date, or null. */
    public LocalDate diagnosedOn;
    /** Treatment end date, or null. */
    public LocalDate treatmentEndedOn;
    /** On maintenance therapy. */
    public boolean onMaintenanceTherapy;

    /** For Jackson. */
    public Experience() {}
  }

  /** A code. */
  public static class PlainCode {
    /** System. */
    public String system;
    /** Code. */
    public String code;
    /** Display. */
    public String display;

    /** For Jackson. */
    public PlainCode() {}
  }

  /** Profile. */
  public static class Profile {
    /** Age, or null. */
    public Age age;
    /** Gender. */
    public Gender gender;
    /** Languages. */
    public List<String> languages;
    /** Cultures. */
    public List<String> cultures;
    /** Location, or null. */
    public Location location;
    /** Modalities. */
    public List<Modality> modalities;
    /** Availability, or null. */
    public Availability availability;

    /** For Jackson. */
    public Profile() {}
  }

  /** Age band. */
  public static class Age {
    /** Earliest birth year. */
    public int earliestBirthYear;
    /** Latest birth year. */
    public int latestBirthYear;

    /** For Jackson. */
    public Age() {}
  }

  /** Gender. */
  public static class Gender {
    /** Identity. */
    public GenderIdentity identity;
    /** Self-description, or null. */
    public String selfDescription;

    /** For Jackson. */
    public Gender() {}
  }

  /** Location. */
  public static class Location {
    /** Region. */
    public String region;
    /** Point, or null. */
    public Point point;

    /** For Jackson. */
    public Location() {}
  }

  /** Geographic point. */
  public static class Point {
    /** Latitude. */
    public double latitude;
    /** Longitude. */
    public double longitude;

    /** For Jackson. */
    public Point() {}
  }

  /** Weekly availability. */
  public static class Availability {
    /** Zone. */
    public ZoneId zone;
    /** Windows. */
    public List<Window> windows;

    /** For Jackson. */
    public Availability() {}
  }

  /** A weekly window. */
  public static class Window {
    /** Day. */
    public DayOfWeek day;
    /** Start. */
    public LocalTime start;
    /** End. */
    public LocalTime end;

    /** For Jackson. */
    public Window() {}
  }

  /** Standing. */
  public static class Standing {
    /** Status. */
    public PeerStatus status;
    /** Trainings. */
    public List<Training> trainings;
    /** Certifications. */
    public List<Cert> certifications;
    /** Code of conduct signature instant, or null. */
    public Instant codeOfConductSignedAt;
    /** Boundary review open. */
    public boolean boundaryReviewOpen;
    /** Pause reason, or null. */
    public PauseReason pauseReason;
    /** Decertification reason, or null. */
    public DecertificationReason decertificationReason;
    /** Last event instant, or null. */
    public Instant lastEventAt;

    /** For Jackson. */
    public Standing() {}
  }

  /** A training record. */
  public static class Training {
    /** Course. */
    public String course;
    /** Completion instant. */
    public Instant completedAt;
    /** Competency confirmed. */
    public boolean competencyConfirmed;

    /** For Jackson. */
    public Training() {}
  }

  /** A certification. */
  public static class Cert {
    /** Kind. */
    public String kind;
    /** Issue instant. */
    public Instant issuedAt;
    /** Expiry instant, or null. */
    public Instant expiresAt;

    /** For Jackson. */
    public Cert() {}
  }
}
