package io.github.peersupport.sim.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds {@code first} to {@code last}, both included, written {@code 1-200} (or {@code 7} for one seed).
 *
 * @param first the first seed, at least 0
 * @param last the last seed, at least {@code first}
 */
record SeedRange(long first, long last) {
  /** Most seeds a range may hold. */
  static final long MAX_COUNT = 1_000_000;
  private static final Pattern FORM = Pattern.compile("([0-9]{1,18})(?:-([0-9]{1,18}))?");

  SeedRange {
    if (first < 0 || last < first || last - first + 1 > MAX_COUNT) {
      throw new UsageException("--seeds: must be first-last with 0 <= first <= last and at most " + MAX_COUNT
          + " seeds, but was " + first + "-" + last);
    }
  }

  /** Reads {@code 1-200} or {@code 7}. */
  static SeedRange parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new UsageException("--seeds: must be a range such as 1-200 (or one seed such as 7), but was " + shown(text));
    }
    long first = Long.parseLong(m.group(1));
    return new SeedRange(first, m.group(2) == null ? first : Long.parseLong(m.group(2)));
  }

  /** The number of seeds. */
  int count() {
    return (int) (last - first + 1);
  }

  /** The seed at a position, 0 for {@code first}. */
  long seed(int index) {
    return first + index;
  }

  @Override
  public String toString() {
    return first + "-" + last;
  }

  /** A command-line value for a message: printable ASCII, at most 40 characters. */
  static String shown(String text) {
    String cut = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return "'" + cut.replaceAll("[^ -~]", "?") + "'";
  }
}
