package io.github.peersupport.groups.formation;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.UtcWeekIntervals;
import io.github.peersupport.core.person.WeeklyAvailability;
import io.github.peersupport.groups.Audience;
import io.github.peersupport.groups.GroupAdmission;
import io.github.peersupport.groups.Openness;
import io.github.peersupport.groups.SupportGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The placement index: facts about seekers and groups precomputed once per placement (consent,
 * condition lineage, languages, availability intervals of the week), so that a (seeker, group) pair
 * is checked in time independent of taxonomy depth and consent history. The eligibility it decides equals {@link
 * GroupAdmission#refusedBy} being empty (a property test checks this), plus membership and schedule.
 */
final class PlacementIndex {
  private PlacementIndex() {}

  /** Monday of the week that contains {@code at} (UTC date), the week schedules are compared on. */
  static LocalDate monday(Instant at) {
    return UtcWeekIntervals.mondayOf(at);
  }

  /** What placement needs to know of a seeker. */
  static final class IndexedSeeker {
    final SeekerId id;
    final boolean consentOk;
    final ExperienceRole role;
    final Set<Code> conditions;
    final Set<Code> underOrSelf;
    final Set<Language> languages;
    final Set<String> primaries;
    final Set<Modality> modalities;
    /** The seeker's availability in the UTC week, or null when unknown. */
    final @Nullable UtcWeekIntervals intervals;

    IndexedSeeker(Seeker s, GroupAdmission admission, Instant at, LocalDate monday) {
      this.id = s.id();
      boolean ok = true;
      for (ConsentScope scope : admission.requiredConsent()) {
        ok &= s.consent().permits(scope, at);
      }
      this.consentOk = ok;
      this.role = s.experience().role();
      this.conditions = s.experience().conditions();
      Taxonomy taxonomy = admission.conditions();
      Set<Code> under = new HashSet<>();
      for (Code c : conditions) {
        under.add(c);
        if (taxonomy.contains(c)) {
          under.addAll(taxonomy.lineage(c));
        }
      }
      this.underOrSelf = under;
      this.languages = s.profile().languages();
      Set<String> p = new HashSet<>();
      for (Language l : languages) {
        p.add(l.primary());
      }
      this.primaries = p;
      this.modalities = s.profile().modalities();
      this.intervals = s.profile().availability().map(a -> a.utcIntervals(monday)).orElse(null);
    }
  }

  /** What placement needs to know of a group. */
  static final class IndexedGroup {
    final SupportGroup group;
    final boolean closedStarted;
    final Set<String> primaries;
    final boolean scheduled;
    /** The slot in the UTC week; empty when not scheduled. */
    final UtcWeekIntervals slot;
    final Set<SeekerId> members;
    final @Nullable Code focus;
    final Audience audience;
    final Modality memberModality;
    final Set<Language> languages;

    IndexedGroup(SupportGroup g, Instant at, LocalDate monday) {
      this.group = g;
      this.focus = g.focus().orElse(null);
      this.audience = g.audience();
      this.memberModality = g.modality().memberModality();
      this.languages = g.languages();
      this.closedStarted = g.openness() == Openness.CLOSED && g.hasStarted(LocalDate.ofInstant(at, g.zone()));
      Set<String> p = new HashSet<>();
      for (Language l : g.languages()) {
        p.add(l.primary());
      }
      this.primaries = p;
      this.scheduled = g.modality().isScheduled() && g.slot().isPresent();
      this.slot = scheduled ? UtcWeekIntervals.of(g.slot().get(), g.zone(), monday) : UtcWeekIntervals.empty();
      this.members = new HashSet<>(g.members());
    }
  }

  /** Whether the admission rules admit the seeker (same outcome as {@link GroupAdmission#refusedBy} being empty). */
  static boolean admits(IndexedSeeker s, IndexedGroup g) {
    if (!s.consentOk || g.closedStarted || !g.audience.admits(s.role)) {
      return false;
    }
    if (g.focus != null && !s.underOrSelf.contains(g.focus)) {
      return false;
    }
    if (!s.primaries.isEmpty() && disjoint(s.primaries, g.primaries)) {
      return false;
    }
    return s.modalities.isEmpty() || s.modalities.contains(g.memberModality);
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /** The pair's fit under a policy, or -1 if the pair is not a candidate. */
  static int fit(IndexedSeeker s, IndexedGroup g, PlacementPolicy p) {
    if (!admits(s, g) || g.members.contains(s.id)) {
      return -1;
    }
    int fit = p.base();
    if (g.focus != null) {
      fit += p.conditionMatch();
      if (s.conditions.contains(g.focus)) {
        fit += p.exactCondition();
      }
    }
    if (!g.scheduled || s.intervals == null) {
      fit += p.unknownSchedule();
    } else {
      int o = s.intervals.overlapMinutes(g.slot);
      if (o >= g.slot.totalMinutes()) {
        fit += p.fullSlot();
      } else if (o > 0) {
        fit += p.partialSlot();
      } else if (p.scheduleRequired()) {
        return -1;
      }
    }
    for (Language l : s.languages) {
      if (g.languages.contains(l)) {
        fit += p.exactLanguage();
        break;
      }
    }
    if (s.modalities.contains(g.memberModality)) {
      fit += p.statedModality();
    }
    return fit;
  }

  /** The first slot the seeker is free for in full (0 when their availability is unknown), or -1. */
  static int slotOf(Seeker s, List<UtcWeekIntervals> slots, LocalDate monday) {
    Optional<WeeklyAvailability> a = s.profile().availability();
    if (a.isEmpty()) {
      return 0;
    }
    UtcWeekIntervals free = a.get().utcIntervals(monday);
    for (int i = 0; i < slots.size(); i++) {
      if (free.covers(slots.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
