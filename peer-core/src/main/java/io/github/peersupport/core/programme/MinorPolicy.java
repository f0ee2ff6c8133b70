package io.github.peersupport.core.programme;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.style.PeerStyle;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a programme serves minors, as data: whether it serves them at all, the youngest age it serves,
 * from which age a minor's own assent is needed besides a guardian's permission, and whether a person's
 * age must be known.
 *
 * <p><b>Who is a minor.</b> A person whose age is known and who is not certainly an adult on the day
 * ({@link Age#isAdultAt}: even the youngest age their birth years allow is below {@value
 * Age#ADULT_YEARS}); an age band that reaches below {@value Age#ADULT_YEARS} counts as a minor. A person
 * whose age is not known counts as an adult unless {@link #ageRequired()} is set. Assumption: a
 * programme for adults does not always record ages, and {@code standard()} must keep such a programme
 * working as it did; a programme that serves children sets {@code ageRequired(true)}.
 *
 * <p><b>What is a floor.</b> Whatever this policy says, a minor takes part only with the permission of
 * a parent, guardian or legally authorised representative (45 CFR 46.408(b); Katz, Webb and AAP
 * Committee on Bioethics 2016, "Informed Consent in Decision-Making in Pediatric Practice", Pediatrics
 * 138(2)): no setting here removes it. The minor's assent (their own affirmative agreement, 45 CFR
 * 46.402(b)) is solicited "when in the judgment of the IRB the children are capable of providing
 * assent", taking into account their ages, maturity and psychological state (45 CFR 46.408(a)), and
 * the AAP recommends it "whenever reasonable"; here a programme states the age from which it requires
 * it ({@link #assentFromYears()}).
 *
 * <p>{@link #standard()}: minors served (with a guardian's permission), no minimum age, assent not
 * required, age not required. Assumption: these are the library's defaults, so that a programme for
 * adults is unchanged; a programme for children or adolescents sets its own.
 */
@Value.Immutable
@PeerStyle
public abstract class MinorPolicy {
  MinorPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MinorPolicy}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableMinorPolicy.Builder {
    /** Creates an empty builder; prefer {@link MinorPolicy#builder()}. */
    public Builder() {}
  }

  /**
   * The default described above.
   *
   * @return the policy
   */
  public static MinorPolicy standard() {
    return builder().build();
  }

  /**
   * A policy for a programme that serves adults only: minors are not served, and a person's age must
   * be known.
   *
   * @return the policy
   */
  public static MinorPolicy adultsOnly() {
    return builder().servesMinors(false).ageRequired(true).build();
  }

  /**
   * Returns whether the programme serves minors (with a guardian's permission).
   *
   * @return true if it does (default true)
   */
  @Value.Default
  public boolean servesMinors() {
    return true;
  }

  /**
   * Returns the youngest age served: a person served must be certainly at least this old on the day
   * ({@link Age#minYearsAt}); 0 for no minimum.
   *
   * @return 0 to {@value Age#ADULT_YEARS} - 1 (default 0)
   */
  @Value.Default
  public int minimumYears() {
    return 0;
  }

  /**
   * Returns the age from which a minor must also give their own assent: a minor who may be this old
   * or older on the day ({@link Age#maxYearsAt}) must assent; empty when the programme does not require
   * assent. Assumption: no age is imposed by default, as 45 CFR 46.408(a) leaves the judgment to the
   * review board and the AAP (2016) to the child's development; the programme sets it.
   *
   * @return 0 to {@value Age#ADULT_YEARS} - 1, or empty (default empty)
   */
  public abstract Optional<Integer> assentFromYears();

  /**
   * Returns whether a person's age must be known to be served; without it, a person whose age is not
   * known counts as an adult.
   *
   * @return true if required (default false)
   */
  @Value.Default
  public boolean ageRequired() {
    return false;
  }

  @Value.Check
  final void check() {
    Require.inRange("minimumYears", minimumYears(), 0, Age.ADULT_YEARS - 1);
    assentFromYears().ifPresent(y -> Require.inRange("assentFromYears", y, 0, Age.ADULT_YEARS - 1));
  }

  /**
   * Tells whether a person counts as a minor on a day: their age is known and they are not certainly
   * an adult then.
   *
   * @param age the person's age, if known
   * @param date the day
   * @return true for a minor
   * @throws NullPointerException if any argument is null
   */
  public static boolean isMinor(Optional<Age> age, LocalDate date) {
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(date, "date");
    return age.isPresent() && !age.get().isAdultAt(date);
  }

  /**
   * Tells whether a person is below {@link #minimumYears()} on a day: their age is known and the youngest
   * they can be is below it.
   *
   * @param age the person's age, if known
   * @param date the day
   * @return true if too young
   * @throws NullPointerException if any argument is null
   */
  public final boolean isBelowMinimumAge(Optional<Age> age, LocalDate date) {
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(date, "date");
    return age.isPresent() && age.get().minYearsAt(date) < minimumYears();
  }

  /**
   * Tells whether a minor must assent on a day: assent is required and the minor may be {@link
   * #assentFromYears()} or older then.
   *
   * @param age the minor's age, if known
   * @param date the day
   * @return true if their assent is needed
   * @throws NullPointerException if any argument is null
   */
  public final boolean assentRequired(Optional<Age> age, LocalDate date) {
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(date, "date");
    return assentFromYears().isPresent() && isMinor(age, date) && age.get().maxYearsAt(date) >= assentFromYears().get();
  }
}
