package io.github.peersupport.sim;

import io.github.peersupport.core.Tag;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.Modality;
import java.util.Map;

/** The invariants of a {@link Cohort}, checked when one is built; each failure names its field. */
final class CohortChecks {
  private CohortChecks() {}

  /**
   * Checks a cohort.
   *
   * @param cohort the cohort
   * @throws io.github.peersupport.core.ValidationException naming the first field that fails
   */
  static void check(Cohort cohort) {
    Require.inRange("supporters", cohort.supporters(), 1, 100_000);
    Require.inRange("seekersPerWeek", cohort.seekersPerWeek(), 0, 100_000);
    Taxonomy conditions = Taxonomy.standardConditions();
    weights("conditionMix", cohort.conditionMix());
    cohort.conditionMix().keySet().forEach(conditions::code);
    cohort.rareConditions().forEach(conditions::code);
    if (cohort.rareConditions().isEmpty() && cohort.rareConditionShare() > 0) {
      throw Require.invalid("rareConditions", "must not be empty when rareConditionShare is " + cohort.rareConditionShare());
    }
    Require.inRange("rareConditionShare", cohort.rareConditionShare(), 0, 1);
    Require.inRange("rareSupporterShare", cohort.rareSupporterShare(), 0, 1);
    Require.inRange("caregiverShare", cohort.caregiverShare(), 0, 1);
    Require.inRange("meanAge", cohort.meanAge(), 18, 95);
    Require.inRange("ageSpread", cohort.ageSpread(), 0, 40);
    Require.inRange("womenShare", cohort.womenShare(), 0, 1);
    Require.inRange("menShare", cohort.menShare(), 0, 1 - cohort.womenShare());
    weights("languageMix", cohort.languageMix());
    cohort.languageMix().keySet().forEach(Language::of);
    Require.inRange("bilingualShare", cohort.bilingualShare(), 0, 1);
    weights("regionMix", cohort.regionMix());
    cohort.regionMix().keySet().forEach(Tag::of);
    for (Map.Entry<Modality, Double> e : cohort.modalityShares().entrySet()) {
      Require.inRange("modalityShares[" + e.getKey() + "]", e.getValue(), 0, 1);
    }
    Require.inRange("availabilityShare", cohort.availabilityShare(), 0, 1);
    Require.inRange("sameGenderRequiredShare", cohort.sameGenderRequiredShare(), 0, 1);
    weights("capacityMix", cohort.capacityMix());
    for (int capacity : cohort.capacityMix().keySet()) {
      Require.inRange("capacityMix", capacity, 1, 50);
    }
    Require.inRange("pausePerWeek", cohort.pausePerWeek(), 0, 1);
    Require.inRange("pauseWeeks", cohort.pauseWeeks(), 1, 520);
    Require.inRange("attritionPerWeek", cohort.attritionPerWeek(), 0, 1);
    Require.inRange("consentShare", cohort.consentShare(), 0, 1);
    cohort.issues().forEach(Tag::of);
  }

  private static void weights(String field, Map<?, Double> weights) {
    if (weights.isEmpty()) {
      throw Require.invalid(field, "must not be empty");
    }
    for (Map.Entry<?, Double> e : weights.entrySet()) {
      if (!(e.getValue() > 0 && e.getValue() < 1e9)) {
        throw Require.invalid(field, "weight of " + e.getKey() + " must be positive", e.getValue());
      }
    }
  }
}
