package io.github.peersupport.sim;

import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.person.Modality;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.style.PeerStyle;
import io.github.peersupport.sim.internal.Distributions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.immutables.value.Value;

/**
 * The distributions a synthetic programme population is drawn from: how many supporters there are and
 * how many seekers arrive per week, and the mix of conditions (from {@link
 * Taxonomy#standardConditions()}), rare conditions, caregivers, ages, genders, languages, regions,
 * modalities and availability, plus supporters' capacities, pauses and attrition.
 *
 * <p>{@link #standard()} describes a mid-size hospital programme: 180 trained supporters, 25 new seekers
 * a week; a cancer-led condition mix with transplant, kidney and mental-health services; 5% of seekers
 * with a rare condition that supporters seldom share (the case Joo et al. 2022 match on issues); 20%
 * caregivers; mostly English with Spanish, Chinese and Vietnamese speakers; supporter capacity 3 on
 * average within the observed range 1 to 7 (Cancer Hope Network); 1% of supporters pausing each week
 * (self-care; Joo et al. 2022) and 0.2% leaving. Every value is a default a researcher may
 * change ({@code Cohort.standard().withSupporters(200)}).
 *
 * <p>Generation is a pure function of the random stream: the same stream gives the same people.
 */
@Value.Immutable
@PeerStyle
public abstract class Cohort {
  Cohort() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cohort}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableCohort.Builder {
    /** Creates an empty builder; prefer {@link Cohort#builder()}. */
    public Builder() {}
  }

  /**
   * The mid-size hospital programme described above.
   *
   * @return the cohort
   */
  public static Cohort standard() {
    return builder().build();
  }

  /**
   * Returns how many supporters the programme has at the start.
   *
   * @return 1 to 100,000 (default 180)
   */
  @Value.Default
  public int supporters() {
    return 180;
  }

  /**
   * Returns the mean number of new seekers per week (arrivals are Poisson, drawn per day).
   *
   * @return 0 to 100,000 (default 25)
   */
  @Value.Default
  public double seekersPerWeek() {
    return 25;
  }

  /**
   * Returns the relative weights of the common conditions, by code of {@link
   * io.github.peersupport.core.Taxonomy#standardConditions()}.
   *
   * @return positive weights (default: breast cancer subtypes 30, prostate 8, colorectal 6, lung 6,
   *     lymphoma 5, kidney transplant 6, liver transplant 3, dialysis 10, depression 8, bipolar 3,
   *     perinatal depression 5, diabetes 4, heart failure 4)
   */
  @Value.Default
  public Map<String, Double> conditionMix() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("breast-cancer.triple-negative", 6.0);
    m.put("breast-cancer.hr-positive", 14.0);
    m.put("breast-cancer.her2-positive", 6.0);
    m.put("breast-cancer.metastatic", 4.0);
    m.put("prostate-cancer", 8.0);
    m.put("colorectal-cancer", 6.0);
    m.put("lung-cancer.non-small-cell", 6.0);
    m.put("lymphoma", 5.0);
    m.put("kidney-transplant", 6.0);
    m.put("liver-transplant", 3.0);
    m.put("ckd.dialysis", 10.0);
    m.put("depression", 8.0);
    m.put("bipolar-disorder", 3.0);
    m.put("perinatal-depression", 5.0);
    m.put("diabetes", 4.0);
    m.put("heart-failure", 4.0);
    return m;
  }

  /**
   * Returns the rare conditions, drawn uniformly for the rare-condition share.
   *
   * @return condition codes (default ALS, cystic fibrosis, POTS, fibromyalgia)
   */
  @Value.Default
  public List<String> rareConditions() {
    return List.of("als", "cystic-fibrosis", "pots", "fibromyalgia");
  }

  /**
   * Returns the share of seekers with a rare condition.
   *
   * @return 0 to 1 (default 0.05)
   */
  @Value.Default
  public double rareConditionShare() {
    return 0.05;
  }

  /**
   * Returns the share of supporters with a rare condition (rare conditions are rarer among trained
   * peers).
   *
   * @return 0 to 1 (default 0.01)
   */
  @Value.Default
  public double rareSupporterShare() {
    return 0.01;
  }

  /**
   * Returns the share of seekers (and supporters) who are caregivers rather than patients; caregivers
   * are matched with caregivers (Imerman Angels).
   *
   * @return 0 to 1 (default 0.2)
   */
  @Value.Default
  public double caregiverShare() {
    return 0.2;
  }

  /**
   * Returns the mean age in years (normal, clamped to 18–95).
   *
   * @return 18 to 95 (default 56)
   */
  @Value.Default
  public int meanAge() {
    return 56;
  }

  /**
   * Returns the standard deviation of age in years.
   *
   * @return 0 to 40 (default 14)
   */
  @Value.Default
  public int ageSpread() {
    return 14;
  }

  /**
   * Returns the share of women; {@link #menShare()} are men, the rest non-binary or undisclosed.
   *
   * @return 0 to 1 (default 0.58)
   */
  @Value.Default
  public double womenShare() {
    return 0.58;
  }

  /**
   * Returns the share of men.
   *
   * @return 0 to 1, with {@link #womenShare()} at most 1 (default 0.38)
   */
  @Value.Default
  public double menShare() {
    return 0.38;
  }

  /**
   * Returns the relative weights of first languages (BCP 47 tags).
   *
   * @return positive weights (default en 80, es 12, zh 4, vi 4)
   */
  @Value.Default
  public Map<String, Double> languageMix() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("en", 80.0);
    m.put("es", 12.0);
    m.put("zh", 4.0);
    m.put("vi", 4.0);
    return m;
  }

  /**
   * Returns the share of people whose first language is not English who also speak English.
   *
   * @return 0 to 1 (default 0.5)
   */
  @Value.Default
  public double bilingualShare() {
    return 0.5;
  }

  /**
   * Returns the relative weights of regions (counties served; geography matters only in person).
   *
   * @return positive weights (default an urban county 60, a suburban one 30, a rural one 10)
   */
  @Value.Default
  public Map<String, Double> regionMix() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("urban", 60.0);
    m.put("suburban", 30.0);
    m.put("rural", 10.0);
    return m;
  }

  /**
   * Returns, per modality, the share of people who can meet that way (drawn independently; someone
   * who draws none meets by phone).
   *
   * @return shares 0 to 1 (default phone 0.8, video 0.55, chat 0.3, in person 0.35)
   */
  @Value.Default
  public Map<Modality, Double> modalityShares() {
    Map<Modality, Double> m = new EnumMap<>(Modality.class);
    m.put(Modality.PHONE, 0.8);
    m.put(Modality.VIDEO, 0.55);
    m.put(Modality.CHAT, 0.3);
    m.put(Modality.IN_PERSON, 0.35);
    return m;
  }

  /**
   * Returns the share of people who state weekly availability (evenings on two or three days); the
   * others are treated as flexible.
   *
   * @return 0 to 1 (default 0.5)
   */
  @Value.Default
  public double availabilityShare() {
    return 0.5;
  }

  /**
   * Returns the share of seekers who require a supporter of their own gender (a hard preference).
   *
   * @return 0 to 1 (default 0.05)
   */
  @Value.Default
  public double sameGenderRequiredShare() {
    return 0.05;
  }

  /**
   * Returns the relative weights of supporter capacities (concurrent seekers).
   *
   * @return positive weights by capacity 1 to 50 (default 1: 15, 2: 25, 3: 35, 4: 15, 5: 5, 7: 5;
   *     mean about 3, Cancer Hope Network's default and observed range)
   */
  @Value.Default
  public Map<Integer, Double> capacityMix() {
    Map<Integer, Double> m = new LinkedHashMap<>();
    m.put(1, 15.0);
    m.put(2, 25.0);
    m.put(3, 35.0);
    m.put(4, 15.0);
    m.put(5, 5.0);
    m.put(7, 5.0);
    return m;
  }

  /**
   * Returns the weekly probability that an active supporter pauses (self-care, illness, leave).
   *
   * @return 0 to 1 (default 0.01)
   */
  @Value.Default
  public double pausePerWeek() {
    return 0.01;
  }

  /**
   * Returns how many weeks a pause lasts before the supporter is activated again.
   *
   * @return 1 to 520 (default 4)
   */
  @Value.Default
  public int pauseWeeks() {
    return 4;
  }

  /**
   * Returns the weekly probability that a supporter retires from the programme.
   *
   * @return 0 to 1 (default 0.002, about 10% a year)
   */
  @Value.Default
  public double attritionPerWeek() {
    return 0.002;
  }

  /**
   * Returns the share of referred seekers who consent to be matched and contacted (the others cannot
   * be matched: Parent to Parent USA's consent rule).
   *
   * @return 0 to 1 (default 0.98)
   */
  @Value.Default
  public double consentShare() {
    return 0.98;
  }

  /**
   * Returns the concerns seekers and supporters share; each person has up to two.
   *
   * @return issue tags (default returning to work, fear of recurrence, rejection, parenting, money,
   *     sleep, fertility)
   */
  @Value.Default
  public List<String> issues() {
    return List.of("returning-to-work", "fear-of-recurrence", "rejection", "parenting", "money", "sleep", "fertility");
  }

  @Value.Check
  final void check() {
    CohortChecks.check(this);
  }

  /**
   * Returns a copy with another number of supporters.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Cohort withSupporters(int value);

  /**
   * Returns a copy with another arrival rate.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Cohort withSeekersPerWeek(double value);

  /**
   * Returns a copy with another rare-condition share.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Cohort withRareConditionShare(double value);

  /**
   * Returns a copy with another caregiver share.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Cohort withCaregiverShare(double value);

  /**
   * Returns a copy with another language mix.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Cohort withLanguageMix(Map<String, ? extends Double> value);

  /**
   * Returns a copy with another condition mix.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Cohort withConditionMix(Map<String, ? extends Double> value);

  /**
   * Returns a copy with another capacity mix.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Cohort withCapacityMix(Map<Integer, ? extends Double> value);

  /**
   * Returns a copy with another weekly pause probability.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Cohort withPausePerWeek(double value);

  /**
   * Returns a copy with another weekly attrition probability.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Cohort withAttritionPerWeek(double value);

  /**
   * Returns a copy with another share requiring the same gender.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Cohort withSameGenderRequiredShare(double value);

  /**
   * Returns a copy with another consent share.
   *
   * @param value the new value
   * @return the copy, validated
   */
  public abstract Cohort withConsentShare(double value);

  /**
   * Draws the number of seekers arriving on one day (Poisson with mean {@code seekersPerWeek / 7}).
   *
   * @param random the stream
   * @return the count
   */
  public final int arrivalsPerDay(SplittableRandom random) {
    return Distributions.poisson(random, seekersPerWeek() / 7.0);
  }

  /**
   * Draws the programme's supporters, ids {@code sup-1} … {@code sup-n}: active (screened, trained,
   * code of conduct signed, certified until three years after {@code at}), at least 12 months past
   * treatment or on maintenance therapy, no active matches.
   *
   * @param random the stream
   * @param at the start of the programme
   * @return {@link #supporters()} supporters
   */
  public final List<Supporter> drawSupporters(SplittableRandom random, Instant at) {
    List<Supporter> out = new ArrayList<>(supporters());
    for (int i = 1; i <= supporters(); i++) {
      out.add(drawSupporter(random, "sup-" + i, at));
    }
    return out;
  }

  /**
   * Draws one supporter.
   *
   * @param random the stream
   * @param id the supporter id
   * @param at the instant the supporter is active at
   * @return the supporter
   */
  public final Supporter drawSupporter(SplittableRandom random, String id, Instant at) {
    return new PersonDraws(this, random).supporter(id, at);
  }

  /**
   * Draws one seeker, referred at {@code at}, id {@code s-<index>}. A consenting seeker gave consent at
   * the intake conversation, a week before the referral is entered.
   *
   * @param random the stream
   * @param index the seeker's number in the run
   * @param at the referral instant
   * @return the seeker
   */
  public final Seeker drawSeeker(SplittableRandom random, int index, Instant at) {
    return new PersonDraws(this, random).seeker(index, at);
  }

  /** Returns e.g. {@code Cohort[180 supporters, 25.0 seekers/week, rare 5%, caregivers 20%]}. */
  @Override
  public final String toString() {
    return "Cohort[" + supporters() + " supporters, " + seekersPerWeek() + " seekers/week, rare "
        + Math.round(rareConditionShare() * 100) + "%, caregivers " + Math.round(caregiverShare() * 100) + "%]";
  }
}
