package io.github.peersupport.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.person.Age;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MinorPolicyTest {
  private static final LocalDate DAY = LocalDate.parse("2026-01-05");

  @Test
  void standard_servesMinorsWithoutMinimumAssentOrAge() {
    MinorPolicy standard = MinorPolicy.standard();

    assertThat(standard.servesMinors()).isTrue();
    assertThat(standard.minimumYears()).isZero();
    assertThat(standard.assentFromYears()).isEmpty();
    assertThat(standard.ageRequired()).isFalse();
    assertThat(MinorPolicy.adultsOnly().servesMinors()).isFalse();
    assertThat(MinorPolicy.adultsOnly().ageRequired()).isTrue();
  }

  @Test
  void isMinor_notCertainlyAdult_minor() {
    assertThat(MinorPolicy.isMinor(Optional.of(Age.bornIn(2010)), DAY)).isTrue();
    // born in 2008: 17 or 18 on 5 January 2026, so not certainly adult
    assertThat(MinorPolicy.isMinor(Optional.of(Age.bornIn(2008)), DAY)).isTrue();
    assertThat(MinorPolicy.isMinor(Optional.of(Age.bornIn(2007)), DAY)).isFalse();
    // a band reaching below 18
    assertThat(MinorPolicy.isMinor(Optional.of(Age.band(16, 25, 2026)), DAY)).isTrue();
    assertThat(MinorPolicy.isMinor(Optional.empty(), DAY)).isFalse();
  }

  @Test
  void assentRequired_fromTheGivenAge_whenTheMinorMayBeThatOld() {
    MinorPolicy fromTwelve = MinorPolicy.builder().assentFromYears(12).build();

    assertThat(fromTwelve.assentRequired(Optional.of(Age.bornIn(2014)), DAY)).as("11 or 12").isTrue();
    assertThat(fromTwelve.assentRequired(Optional.of(Age.bornIn(2015)), DAY)).as("10 or 11").isFalse();
    assertThat(fromTwelve.assentRequired(Optional.of(Age.bornIn(1990)), DAY)).as("an adult").isFalse();
    assertThat(MinorPolicy.standard().assentRequired(Optional.of(Age.bornIn(2014)), DAY)).isFalse();
  }

  @Test
  void isBelowMinimumAge_youngestPossibleAgeBelow_true() {
    MinorPolicy fromThirteen = MinorPolicy.builder().minimumYears(13).build();

    assertThat(fromThirteen.isBelowMinimumAge(Optional.of(Age.bornIn(2012)), DAY)).as("13 or 14").isFalse();
    assertThat(fromThirteen.isBelowMinimumAge(Optional.of(Age.bornIn(2013)), DAY)).as("12 or 13").isTrue();
    assertThat(fromThirteen.isBelowMinimumAge(Optional.empty(), DAY)).isFalse();
  }

  @Test
  void build_outOfRange_namesTheField() {
    assertThatThrownBy(() -> MinorPolicy.builder().minimumYears(18).build()).hasMessageContaining("minimumYears");
    assertThatThrownBy(() -> MinorPolicy.builder().assentFromYears(-1).build()).hasMessageContaining("assentFromYears");
  }
}
