package io.github.peersupport.sim;

import io.github.peersupport.core.Code;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.TaxonomyNode;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.programme.DeliveryModel;
import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.programmes.Programme;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives a plausible {@link Cohort} from a {@link Programme} for {@link Scenario#of(Programme)}: what
 * the programme's profile says is used (conditions served, roles served, languages, setting, delivery
 * models), and every other value is an assumption, marked where it is coded here and listed in the
 * package documentation (section Programmes): the published programmes say whom they serve, not how
 * their ages, genders or arrivals are distributed.
 */
final class ProgrammeCohort {
  private static final Taxonomy CONDITIONS = Taxonomy.standardConditions();
  /** Assumption: the caregiver share of a programme serving patients and caregivers is the standard cohort's. */
  private static final double MIXED_CAREGIVER_SHARE = Cohort.standard().caregiverShare();

  /** Ages, genders and issues of one condition family (see the class documentation). */
  private record Family(String root, int meanAge, int ageSpread, double women, double men, List<String> issues) {}

  /**
   * Assumption: the ages (mean, spread), shares of women and men and shared issues of each condition
   * family with its own (the sources describe whom a programme serves, not these), in precedence order.
   */
  private static final List<Family> FAMILIES = List.of(
      new Family("new-mothers", 30, 5, 1.0, 0.0, List.of("sleep", "feeding", "returning-to-work", "parenting", "money")),
      new Family("child-disability", 38, 8, 0.8, 0.18, List.of("school", "services", "siblings", "money", "sleep")),
      new Family("substance-use", 40, 10, 0.4, 0.58, List.of("relapse-prevention", "returning-to-work", "money", "family", "sleep")),
      new Family("mental-illness", 42, 14, 0.58, 0.38, List.of("stigma", "returning-to-work", "money", "sleep", "family")),
      new Family("overweight", 48, 13, 0.6, 0.38, List.of("eating", "exercise", "body-image", "money", "sleep")));

  private ProgrammeCohort() {}

  /**
   * Derives the cohort of a programme.
   *
   * @param programme the programme
   * @return the cohort, validated
   * @throws IllegalArgumentException if the programme serves conditions none of which is a concept
   *     of the standard condition taxonomy
   */
  static Cohort of(Programme programme) {
    ProgrammeProfile profile = programme.profile();
    Cohort standard = Cohort.standard();
    Cohort.Builder b = Cohort.builder();
    size(b, programme);
    if (!profile.conditionsServed().isEmpty()) {
      conditions(b, profile.conditionsServed(), standard);
    }
    Set<ExperienceRole> roles = profile.rolesServed();
    b.caregiverShare(!roles.contains(ExperienceRole.CAREGIVER) ? 0 : !roles.contains(ExperienceRole.PATIENT) ? 1
        : MIXED_CAREGIVER_SHARE);
    // assumption: only people who speak one of the programme's languages are referred, equally often
    Map<String, Double> languages = new LinkedHashMap<>();
    profile.languages().stream().map(Language::tag).sorted().forEach(tag -> languages.put(tag, 1.0));
    b.languageMix(languages);
    if (programme.offers(DeliveryModel.VIRTUAL)) {
      Map<Modality, Double> modalities = new EnumMap<>(standard.modalityShares());
      modalities.put(Modality.VIDEO, 0.9); // assumption: who joins a virtual programme can meet by video
      b.modalityShares(modalities);
    }
    family(profile.conditionsServed()).ifPresent(f -> b.meanAge(f.meanAge()).ageSpread(f.ageSpread()).womenShare(f.women())
        .menShare(f.men()).issues(f.issues()));
    return b.build();
  }

  /** Assumption: supporters and weekly arrivals of a modest programme of its setting. */
  private static void size(Cohort.Builder b, Programme programme) {
    switch (programme.profile().setting()) {
      case HOSPITAL_WIDE:
      case NATIONAL_PARTNERSHIP:
        b.supporters(80).seekersPerWeek(12);
        break;
      case COMMUNITY:
        b.supporters(50).seekersPerWeek(8);
        break;
      case UNIT_OR_CLINIC:
      default:
        b.supporters(30).seekersPerWeek(5);
        break;
    }
  }

  /** The condition mix over the served concepts' subtrees, and the rare ones among them. */
  private static void conditions(Cohort.Builder b, Set<Code> served, Cohort standard) {
    Map<String, Double> mix = new LinkedHashMap<>();
    List<String> rare = new ArrayList<>();
    // assumption: seekers spread evenly over every concept under a served condition
    for (TaxonomyNode node : CONDITIONS.nodes()) {
      Code code = node.code();
      if (served.stream().noneMatch(s -> CONDITIONS.contains(s) && CONDITIONS.subsumes(s, code))) {
        continue;
      }
      if (standard.rareConditions().contains(code.code())) {
        rare.add(code.code());
      } else {
        mix.put(code.code(), 1.0);
      }
    }
    if (mix.isEmpty()) {
      // a programme for rare conditions only: they are its common conditions
      rare.forEach(r -> mix.put(r, 1.0));
      rare.clear();
    }
    if (mix.isEmpty()) {
      throw new IllegalArgumentException("programme.profile.conditionsServed: no concept of the standard condition taxonomy "
          + CONDITIONS.system() + " (a simulated cohort draws its conditions from it)");
    }
    b.conditionMix(mix).rareConditions(rare);
    b.rareConditionShare(rare.isEmpty() ? 0 : standard.rareConditionShare());
    b.rareSupporterShare(rare.isEmpty() ? 0 : standard.rareSupporterShare());
  }

  /** The first family with assumptions of its own that the programme serves a condition of. */
  private static java.util.Optional<Family> family(Set<Code> served) {
    for (Family f : FAMILIES) {
      Code root = CONDITIONS.code(f.root());
      if (served.stream().anyMatch(s -> CONDITIONS.contains(s) && CONDITIONS.subsumes(root, s))) {
        return java.util.Optional.of(f);
      }
    }
    return java.util.Optional.empty();
  }
}
