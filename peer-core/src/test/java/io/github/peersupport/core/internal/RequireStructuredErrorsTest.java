package io.github.peersupport.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peersupport.core.ValidationException;
import io.github.peersupport.core.testing.Seeds;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of {@link Require} check fails with a {@link ValidationException} whose field, rule and
 * value are data, and whose message is {@code field: rule[ but was value]} built from them.
 */
class RequireStructuredErrorsTest {

  @Test
  void id_empty_namesFieldAndRule() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Require.id("seekerId", ""));
    assertStructured(e, "seekerId", "must not be empty", Optional.empty());
  }

  @Test
  void id_tooLong_namesLengthWithoutEchoingTheValue() {
    String value = "a".repeat(70);
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Require.id("seekerId", value));
    assertStructured(e, "seekerId", "length 70 exceeds 64", Optional.empty());
    assertThat(e.getMessage()).doesNotContain(value);
  }

  @Test
  void id_badCharacter_describesPositionWithoutEchoingTheValue() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Require.id("seekerId", "Jane Doe"));
    assertThat(e.field()).isEqualTo("seekerId");
    assertThat(e.rule()).startsWith("must be letters, digits").endsWith("first unexpected character 'J' at index 0 of 8");
    assertThat(e.getMessage()).isEqualTo("seekerId: " + e.rule()).doesNotContain("Jane");
  }

  @Test
  void slug_badSeparator_namesFieldAndRule() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Require.slug("tag", "a..b"));
    assertThat(e.field()).isEqualTo("tag");
    assertThat(e.rule()).startsWith("must be lower-case words");
    assertThat(e.actual()).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void inRange_intOutside_carriesRuleAndValueSeparately(long seed) {
    Seeds.forEachCase(seed, 200, r -> {
      int min = r.nextInt(-100, 100);
      int max = min + r.nextInt(0, 100);
      int value = r.nextBoolean() ? min - 1 - r.nextInt(0, 1000) : max + 1 + r.nextInt(0, 1000);
      ValidationException e = catchThrowableOfType(ValidationException.class, () -> Require.inRange("capacity", value, min, max));
      assertStructured(e, "capacity", "must be between " + min + " and " + max, Optional.of(Integer.toString(value)));
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void inRange_doubleOutsideOrNaN_carriesRuleAndValueSeparately(long seed) {
    Seeds.forEachCase(seed, 200, r -> {
      double min = r.nextDouble(-1, 1);
      double max = min + r.nextDouble(0, 1);
      double value = r.nextInt(5) == 0 ? Double.NaN : r.nextBoolean() ? min - 1 - r.nextDouble() : max + 1 + r.nextDouble();
      ValidationException e = catchThrowableOfType(ValidationException.class, () -> Require.inRange("weight", value, min, max));
      assertStructured(e, "weight", "must be between " + min + " and " + max, Optional.of(Double.toString(value)));
    });
  }

  @Test
  void duration_negativeZeroOrTooLong_carriesRuleAndValueSeparately() {
    ValidationException negative = catchThrowableOfType(ValidationException.class,
        () -> Require.duration("deadline", Duration.ofHours(-1), true));
    assertStructured(negative, "deadline", "must be 0 to " + Require.MAX_DURATION, Optional.of("PT-1H"));
    ValidationException zero = catchThrowableOfType(ValidationException.class,
        () -> Require.duration("deadline", Duration.ZERO, false));
    assertStructured(zero, "deadline", "must be more than 0 to " + Require.MAX_DURATION, Optional.of("PT0S"));
    ValidationException tooLong = catchThrowableOfType(ValidationException.class,
        () -> Require.duration("deadline", Require.MAX_DURATION.plusSeconds(1), true));
    assertThat(tooLong.field()).isEqualTo("deadline");
    assertThat(tooLong.actual()).contains(Require.MAX_DURATION.plusSeconds(1).toString());
  }

  @Test
  void text_blankOrTooLong_namesFieldAndRuleWithoutEchoingTheText() {
    ValidationException blank = catchThrowableOfType(ValidationException.class, () -> Require.text("label", "  ", 10));
    assertStructured(blank, "label", "must not be blank", Optional.empty());
    ValidationException tooLong = catchThrowableOfType(ValidationException.class,
        () -> Require.text("label", "feeling hopeless", 10));
    assertStructured(tooLong, "label", "length 16 exceeds 10", Optional.empty());
    assertThat(tooLong.getMessage()).doesNotContain("hopeless");
  }

  @Test
  void invalid_withActual_composesMessageFromParts() {
    ValidationException e = Require.invalid("windows[2].end", "must be after start 09:00", "08:00");
    assertStructured(e, "windows[2].end", "must be after start 09:00", Optional.of("08:00"));
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertStructured(ValidationException e, String field, String rule, Optional<String> actual) {
    assertThat(e).as("thrown").isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.rule()).isEqualTo(rule);
    assertThat(e.actual()).isEqualTo(actual);
    String problem = actual.map(a -> rule + " but was " + a).orElse(rule);
    assertThat(e.problem()).isEqualTo(problem);
    assertThat(e.getMessage()).isEqualTo(field + ": " + problem);
  }
}
