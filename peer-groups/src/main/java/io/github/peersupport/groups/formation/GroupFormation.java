package io.github.peersupport.groups.formation;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.TimeWindow;
import io.github.peersupport.core.person.UtcWeekIntervals;
import io.github.peersupport.groups.Audience;
import io.github.peersupport.groups.GroupModality;
import io.github.peersupport.groups.GroupRuleIds;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.Waitlist;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Forms new groups from a cohort, and suggests splits and merges for existing groups out of bounds.
 *
 * <p><b>Problem.</b> Partition n seekers into groups of {@link GroupSizePolicy#minViable()} to
 * {@link GroupSizePolicy#maxMembers()} members whose members share a group key (audience, focus,
 * modality, language, time slot; {@link FormationPolicy}), staff each group with the facilitators its
 * size needs from a pool of f facilitators without exceeding any facilitator's load cap, and report
 * every seeker who cannot be placed with a reason.
 *
 * <p><b>Method.</b> (1) Seekers without the admission policy's consent are unplaced ({@link
 * UnplacedReason#NOT_ELIGIBLE}, {@link GroupRuleIds#CONSENT}); the others get a key, or are unplaced
 * ({@link UnplacedReason#NO_COMMON_MODALITY}, {@link UnplacedReason#NO_COMMON_SLOT}). A seeker with
 * several conditions is keyed by the condition with the smallest code text. (2) Seekers are bucketed
 * by key. (3) A diagnosis-specific bucket smaller than the minimum joins the mixed bucket with the same
 * audience, modality, language and slot (with {@link FormationPolicy#mixedFallback()}); a bucket still
 * smaller is unplaced ({@link UnplacedReason#BUCKET_TOO_SMALL}). (4) A bucket of s seekers, sorted by
 * id text, is cut into the fewest groups that fit, k = ⌈s / max⌉ (then every group has at least
 * ⌊s / k⌋ ≥ min members whenever k · min ≤ s), with sizes as even as possible (the first s mod k
 * groups one larger); when no k has k · min ≤ s ≤ k · max, k = ⌊s / min⌋ full groups are formed and
 * the rest is unplaced ({@link UnplacedReason#NO_VALID_SPLIT}). (5) Groups, in key order, take their
 * facilitators: for each place needed, the eligible facilitator ({@link FormationPolicy#eligibility()},
 * sharing a language when the facilitator lists languages) with the least load whose load plus the
 * group's size stays within the cap; ties by id text. Shortages are reported per group.
 *
 * <p><b>Complexity.</b> O(n · (c · d + log n) + g · f) time for c conditions per seeker, taxonomy
 * depth d, g groups and f facilitators (eligibility is computed once per focus and language); O(n + f)
 * space. For a fixed pool this is O(n log n).
 *
 * <p><b>Tie-breaking.</b> Deterministic and independent of input order except for the order of
 * {@link Formation#unplaced()}: keys are ordered by audience, focus code (mixed last), modality,
 * language and slot; members by id text; group ids are {@code prefix-1}, {@code prefix-2}, ... in that
 * order. Bucketing is greedy (each seeker's first acceptable modality and slot); it does not search
 * for the key assignment that places the most seekers. The balanced cut follows the usual
 * equal-size partition of a list into k parts (Knuth, <i>The Art of Computer Programming</i> vol. 1,
 * 1.2.4, ⌈s/k⌉ and ⌊s/k⌋ parts).
 *
 * <p>Instances are immutable; methods are reusable and thread-safe.
 */
public final class GroupFormation {
  private final FormationPolicy policy;

  private GroupFormation(FormationPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * The default: {@link FormationPolicy#standard()}.
   *
   * @return the formation
   */
  public static GroupFormation standard() {
    return of(FormationPolicy.standard());
  }

  /**
   * A formation with a policy.
   *
   * @param policy the policy
   * @return the formation
   * @throws NullPointerException if any argument is null
   */
  public static GroupFormation of(FormationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return new GroupFormation(policy);
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public FormationPolicy policy() {
    return policy;
  }

  /** A group key; focus null for mixed; slot -1 for none. */
  private record Key(int audience, @Nullable Code focus, int modality, String language, int slot) {
    Key mixed() {
      return new Key(audience, null, modality, language, slot);
    }
  }

  private static final Comparator<Key> KEY_ORDER = Comparator.comparingInt(Key::audience)
      .thenComparing((Key k) -> k.focus() == null ? 1 : 0)
      .thenComparing((Key k) -> k.focus() == null ? "" : k.focus().code())
      .thenComparing((Key k) -> k.focus() == null ? "" : k.focus().system())
      .thenComparingInt(Key::modality)
      .thenComparing(Key::language)
      .thenComparingInt(Key::slot);

  /**
   * Forms groups from a cohort with a facilitator pool, nobody carrying load yet.
   *
   * @param seekers the cohort, unique ids
   * @param facilitators the facilitator pool, unique ids (may be empty: every group then has a shortage)
   * @param at the instant (consent, facilitator standing, the week availability is compared on)
   * @return the formation
   * @throws IllegalArgumentException naming a repeated seeker or facilitator id
   * @throws NullPointerException if any argument is null
   */
  public Formation form(List<Seeker> seekers, List<Facilitator> facilitators, Instant at) {
    Objects.requireNonNull(seekers, "seekers");
    Objects.requireNonNull(facilitators, "facilitators");
    Objects.requireNonNull(at, "at");
    return form(seekers, facilitators, Map.of(), at);
  }

  /**
   * Forms groups from a cohort with a facilitator pool whose members already carry load (members of
   * groups they lead).
   *
   * @param seekers the cohort, unique ids
   * @param facilitators the facilitator pool, unique ids
   * @param existingLoad members each facilitator already leads (absent: 0)
   * @param at the instant
   * @return the formation
   * @throws IllegalArgumentException naming a repeated seeker or facilitator id
   * @throws NullPointerException if any argument is null
   */
  public Formation form(List<Seeker> seekers, List<Facilitator> facilitators, Map<FacilitatorId, Integer> existingLoad,
      Instant at) {
    Objects.requireNonNull(seekers, "seekers");
    Objects.requireNonNull(facilitators, "facilitators");
    Objects.requireNonNull(existingLoad, "existingLoad");
    Objects.requireNonNull(at, "at");
    Set<SeekerId> seen = new HashSet<>();
    for (int i = 0; i < seekers.size(); i++) {
      if (!seen.add(seekers.get(i).id())) {
        throw Require.invalid("seekers[" + i + "]", "repeats a seeker id");
      }
    }
    GroupSizePolicy size = policy.sizePolicy();
    Taxonomy taxonomy = policy.admission().conditions();
    LocalDate monday = PlacementIndex.monday(at);
    List<UtcWeekIntervals> slotIntervals = new ArrayList<>();
    for (TimeWindow w : policy.slots()) {
      slotIntervals.add(UtcWeekIntervals.of(w, policy.zone(), monday));
    }

    Map<SeekerId, Unplaced> unplaced = new HashMap<>();
    Map<Key, List<Seeker>> buckets = new HashMap<>();
    for (Seeker s : seekers) {
      Optional<UnplacedReason> why = Optional.empty();
      for (ConsentScope scope : policy.admission().requiredConsent()) {
        if (!s.consent().permits(scope, at)) {
          unplaced.put(s.id(), Unplaced.of(s.id(), UnplacedReason.NOT_ELIGIBLE, Optional.of(GroupRuleIds.CONSENT)));
          why = Optional.of(UnplacedReason.NOT_ELIGIBLE);
          break;
        }
      }
      if (why.isPresent()) {
        continue;
      }
      int modality = modalityOf(s);
      if (modality < 0) {
        unplaced.put(s.id(), Unplaced.of(s.id(), UnplacedReason.NO_COMMON_MODALITY));
        continue;
      }
      int slot = -1;
      if (policy.modalities().get(modality).isScheduled() && !slotIntervals.isEmpty()) {
        slot = PlacementIndex.slotOf(s, slotIntervals, monday);
        if (slot < 0) {
          unplaced.put(s.id(), Unplaced.of(s.id(), UnplacedReason.NO_COMMON_SLOT));
          continue;
        }
      }
      Audience audience = policy.mixAudiences() ? Audience.BOTH : Audience.of(s.experience().role());
      Key key = new Key(audience.ordinal(), focusOf(s, taxonomy), modality, languageOf(s), slot);
      buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }

    TreeMap<Key, List<Seeker>> sorted = new TreeMap<>(KEY_ORDER);
    sorted.putAll(buckets);
    if (policy.mixedFallback()) {
      // a snapshot of the keys: TreeMap reuses its entry nodes on removal
      for (Key key : new ArrayList<>(sorted.keySet())) {
        List<Seeker> bucket = sorted.get(key);
        if (key.focus() != null && bucket.size() < size.minViable()) {
          sorted.remove(key);
          sorted.computeIfAbsent(key.mixed(), k -> new ArrayList<>()).addAll(bucket);
        }
      }
    }

    Formation.Builder result = Formation.builder();
    Map<FacilitatorId, Long> load = new HashMap<>();
    existingLoad.forEach((f, l) -> load.put(f, (long) l));
    Staffing staffing = new Staffing(facilitators, at);
    int seq = 0;
    for (Map.Entry<Key, List<Seeker>> e : sorted.entrySet()) {
      List<Seeker> members = new ArrayList<>(e.getValue());
      members.sort(Comparator.comparing(s -> s.id().value()));
      int s = members.size();
      if (s < size.minViable()) {
        for (Seeker m : members) {
          unplaced.put(m.id(), Unplaced.of(m.id(), UnplacedReason.BUCKET_TOO_SMALL));
        }
        continue;
      }
      int k = (s + size.maxMembers() - 1) / size.maxMembers();
      int placed = s;
      if (k * size.minViable() > s) {
        k = s / size.minViable();
        placed = k * size.maxMembers();
      }
      int from = 0;
      for (int g = 0; g < k; g++) {
        int count = placed / k + (g < placed % k ? 1 : 0);
        seq++;
        SupportGroup group = newGroup(e.getKey(), seq, members.subList(from, from + count));
        from += count;
        FacilitatorPlan plan = staffing.staff(group, load);
        result.addGroups(SupportGroup.builder().from(group).facilitators(plan.assigned()).build());
        result.addFacilitatorPlans(plan);
      }
      for (int x = from; x < s; x++) {
        unplaced.put(members.get(x).id(), Unplaced.of(members.get(x).id(), UnplacedReason.NO_VALID_SPLIT));
      }
    }
    for (Seeker s : seekers) {
      Unplaced u = unplaced.get(s.id());
      if (u != null) {
        result.addUnplaced(u);
      }
    }
    return result.build();
  }

  private int modalityOf(Seeker s) {
    Set<Modality> accepted = s.profile().modalities();
    for (int i = 0; i < policy.modalities().size(); i++) {
      if (accepted.isEmpty() || accepted.contains(policy.modalities().get(i).memberModality())) {
        return i;
      }
    }
    return -1;
  }

  private @Nullable Code focusOf(Seeker s, Taxonomy taxonomy) {
    if (policy.focusDepth() == 0) {
      return null;
    }
    Code primary = null;
    for (Code c : s.experience().conditions()) {
      if (primary == null || c.code().compareTo(primary.code()) < 0
          || (c.code().equals(primary.code()) && c.system().compareTo(primary.system()) < 0)) {
        primary = c;
      }
    }
    Objects.requireNonNull(primary, "conditions");
    if (!taxonomy.contains(primary)) {
      return primary;
    }
    List<Code> lineage = taxonomy.lineage(primary);
    return lineage.get(Math.min(policy.focusDepth(), lineage.size()) - 1);
  }

  private String languageOf(Seeker s) {
    for (Language l : s.profile().languages()) {
      return l.primary();
    }
    return policy.defaultLanguage().primary();
  }

  private SupportGroup newGroup(Key key, int seq, List<Seeker> members) {
    GroupModality modality = policy.modalities().get(key.modality());
    SupportGroup.Builder b = SupportGroup.builder()
        .id(GroupId.of(policy.idPrefix() + "-" + seq))
        .audience(Audience.values()[key.audience()])
        .modality(modality)
        .addLanguages(Language.of(key.language()))
        .zone(policy.zone())
        .cadence(policy.cadence())
        .openness(policy.openness())
        .seriesWeeks(policy.seriesWeeks())
        .seriesStart(policy.seriesStart())
        .sizePolicy(policy.sizePolicy());
    if (key.focus() != null) {
      b.focus(key.focus());
    }
    if (key.slot() >= 0) {
      b.slot(policy.slots().get(key.slot()));
    }
    for (Seeker m : members) {
      b.addMembers(m.id());
    }
    return b.build();
  }

  /** Assigns facilitators to groups: least load first, ties by id, never over the load cap. */
  private final class Staffing {
    private final List<Facilitator> pool;
    private final Instant at;
    private final Map<String, List<Facilitator>> eligible = new HashMap<>();

    Staffing(List<Facilitator> facilitators, Instant at) {
      Set<FacilitatorId> ids = new HashSet<>();
      for (int i = 0; i < facilitators.size(); i++) {
        if (!ids.add(facilitators.get(i).id())) {
          throw Require.invalid("facilitators[" + i + "]", "repeats facilitator " + facilitators.get(i).id());
        }
      }
      List<Facilitator> p = new ArrayList<>(facilitators);
      p.sort(Comparator.comparing(f -> f.id().value()));
      this.pool = p;
      this.at = at;
    }

    FacilitatorPlan staff(SupportGroup group, Map<FacilitatorId, Long> load) {
      int needed = group.sizePolicy().facilitatorsNeeded(group.size());
      long cap = group.sizePolicy().facilitatorMemberCap();
      Language language = group.languages().iterator().next();
      String cacheKey = group.focus().map(c -> c.system() + "|" + c.code()).orElse("") + "|" + language.primary() + "|"
          + group.requiredTraining();
      List<Facilitator> candidates = eligible.computeIfAbsent(cacheKey, k -> {
        List<Facilitator> out = new ArrayList<>();
        for (Facilitator f : pool) {
          if (policy.eligibility().refusedBy(f, group.focus(), group.requiredTraining(), at).isEmpty() && speaks(f, language)) {
            out.add(f);
          }
        }
        return out;
      });
      List<FacilitatorId> chosen = new ArrayList<>();
      for (int place = 0; place < needed; place++) {
        Facilitator best = null;
        long bestLoad = Long.MAX_VALUE;
        for (Facilitator f : candidates) {
          long l = load.getOrDefault(f.id(), 0L);
          if (l + group.size() <= cap && l < bestLoad && !chosen.contains(f.id())) {
            best = f;
            bestLoad = l;
          }
        }
        if (best == null) {
          break;
        }
        chosen.add(best.id());
        load.put(best.id(), bestLoad + group.size());
      }
      return FacilitatorPlan.builder().group(group.id()).needed(needed).assigned(chosen).build();
    }

    private boolean speaks(Facilitator f, Language language) {
      Set<Language> ls = f.profile().languages();
      if (ls.isEmpty()) {
        return true;
      }
      for (Language l : ls) {
        if (l.primary().equals(language.primary())) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Suggests splits and merges for existing groups out of bounds. A group below {@link
   * GroupSizePolicy#minViable()} is merged with a compatible group (same audience, focus, modality,
   * cadence and slot — the same weekly time in the same zone — and a shared language) when the merged size stays within both groups' caps,
   * choosing the partner that gives the largest merged size, ties by id text; each group takes part
   * in at most one suggestion; with no partner it is reported {@link AdjustmentKind#UNDERSIZED}. A
   * full group whose waitlist holds w seekers with size + w ≥ 2 · minViable is suggested a split into
   * two groups of ⌈t/2⌉ and ⌊t/2⌋ members (each capped at the maximum) for t = size + w. No
   * suggestion exceeds a cap. O(g²) for g groups.
   *
   * @param groups the groups, unique ids
   * @param waitlists waitlists by group (absent: empty)
   * @return the suggestions, merges and undersized groups first (by size, then id), then splits in group order
   */
  public List<Adjustment> adjustments(List<SupportGroup> groups, Map<GroupId, Waitlist> waitlists) {
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(waitlists, "waitlists");
    Map<GroupId, SupportGroup> byId = new LinkedHashMap<>();
    for (int j = 0; j < groups.size(); j++) {
      if (byId.put(groups.get(j).id(), groups.get(j)) != null) {
        throw Require.invalid("groups[" + j + "]", "repeats group " + groups.get(j).id());
      }
    }
    List<SupportGroup> small = new ArrayList<>();
    for (SupportGroup g : groups) {
      if (g.size() < g.sizePolicy().minViable()) {
        small.add(g);
      }
    }
    small.sort(Comparator.comparingInt(SupportGroup::size).thenComparing(g -> g.id().value()));
    Set<GroupId> used = new HashSet<>();
    List<Adjustment> out = new ArrayList<>();
    for (SupportGroup g : small) {
      if (used.contains(g.id())) {
        continue;
      }
      SupportGroup best = null;
      for (SupportGroup p : groups) {
        if (p.id().equals(g.id()) || used.contains(p.id()) || !compatible(g, p)) {
          continue;
        }
        int merged = g.size() + p.size();
        if (merged > Math.min(g.sizePolicy().maxMembers(), p.sizePolicy().maxMembers())) {
          continue;
        }
        if (best == null || p.size() > best.size() || (p.size() == best.size() && p.id().value().compareTo(best.id().value()) < 0)) {
          best = p;
        }
      }
      used.add(g.id());
      if (best == null) {
        out.add(Adjustment.builder().kind(AdjustmentKind.UNDERSIZED).addGroups(g.id()).addSizes(g.size()).build());
      } else {
        used.add(best.id());
        out.add(Adjustment.builder().kind(AdjustmentKind.MERGE).addGroups(g.id(), best.id()).addSizes(g.size() + best.size()).build());
      }
    }
    for (SupportGroup g : groups) {
      Waitlist w = waitlists.get(g.id());
      int waiting = w == null ? 0 : w.size();
      int t = g.size() + waiting;
      if (waiting > 0 && g.isFull() && t >= 2 * g.sizePolicy().minViable() && !used.contains(g.id())) {
        int a = Math.min(g.sizePolicy().maxMembers(), (t + 1) / 2);
        int b = Math.min(g.sizePolicy().maxMembers(), t - a);
        out.add(Adjustment.builder().kind(AdjustmentKind.SPLIT).addGroups(g.id()).addSizes(a, b).build());
      }
    }
    return List.copyOf(out);
  }

  private static boolean compatible(SupportGroup a, SupportGroup b) {
    if (a.audience() != b.audience() || !a.focus().equals(b.focus()) || a.modality() != b.modality()
        || a.cadence() != b.cadence() || !a.slot().equals(b.slot())
        || a.slot().isPresent() && !a.zone().normalized().equals(b.zone().normalized())) {
      return false;
    }
    for (Language x : a.languages()) {
      for (Language y : b.languages()) {
        if (x.primary().equals(y.primary())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns e.g. {@code GroupFormation[FormationPolicy[...]]}. */
  @Override
  public String toString() {
    return "GroupFormation[" + policy + "]";
  }
}
