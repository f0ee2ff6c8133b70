package io.github.peersupport.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.testing.Seeds;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written id and slug checks accept exactly what their documented patterns match. */
class RequirePropertyTest {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
  private static final Pattern SLUG = Pattern.compile("(?=.{1,64}$)[a-z0-9]+(?:[.-][a-z0-9]+)*");
  private static final String ALPHABET = "az09AZ._:- /é\t";

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void idAndSlug_randomStrings_acceptExactlyThePatterns(long seed) {
    Seeds.forEachCase(seed, 1_000, random -> {
      String value = randomString(random);
      assertThat(accepts(() -> Require.id("id", value))).as("id %s", value).isEqualTo(ID.matcher(value).matches());
      assertThat(accepts(() -> Require.slug("tag", value))).as("slug %s", value).isEqualTo(SLUG.matcher(value).matches());
      if (!ID.matcher(value).matches()) {
        assertThatThrownBy(() -> Require.id("id", value)).hasMessageStartingWith("id: ");
      }
    });
  }

  private static String randomString(SplittableRandom random) {
    int length = random.nextInt(8) == 0 ? 60 + random.nextInt(10) : random.nextInt(7);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private static boolean accepts(Runnable check) {
    try {
      check.run();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
