package io.github.peersupport.core.escalation;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A crisis line a person can reach now, as data: the countries it serves (ISO 3166-1 alpha-2 codes),
 * its name, the numbers to call and to text as dialled in those countries, and the official page that
 * publishes them, so a host can check it. {@link CrisisResources#standard()} holds the default
 * directory; an {@link EscalationPolicy} gives the resources of its programme's country.
 */
@Value.Immutable
@PeerStyle
public abstract class CrisisResource {
  private static final Pattern NUMBER = Pattern.compile("[0-9][0-9 \\-]{0,18}[0-9]|[0-9]");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  CrisisResource() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CrisisResource}; {@code build()} checks countries, numbers and source. */
  public static class Builder extends ImmutableCrisisResource.Builder {
    /** Creates an empty builder; prefer {@link CrisisResource#builder()}. */
    public Builder() {}
  }

  /**
   * Returns the countries served.
   *
   * @return ISO 3166-1 alpha-2 codes, upper case, at least one
   */
  public abstract Set<String> countries();

  /**
   * Returns the name the service publishes.
   *
   * @return the name, at most 100 characters
   */
  public abstract String name();

  /**
   * Returns the numbers to call, as dialled in the countries served.
   *
   * @return digits, spaces and hyphens; empty when the service takes texts only
   */
  public abstract List<String> call();

  /**
   * Returns the numbers to text.
   *
   * @return digits, spaces and hyphens; empty when the service takes calls only
   */
  public abstract List<String> text();

  /**
   * Returns the official page that publishes the numbers.
   *
   * @return an https URL, at most 200 characters
   */
  public abstract String source();

  /**
   * Tells whether the service serves a country.
   *
   * @param country an ISO 3166-1 alpha-2 code
   * @return true if it does
   * @throws NullPointerException if any argument is null
   */
  public final boolean serves(String country) {
    java.util.Objects.requireNonNull(country, "country");
    return countries().contains(country);
  }

  /**
   * Returns a line to show a person, e.g. {@code "988 Suicide & Crisis Lifeline (US): call or text 988"}.
   *
   * @return the name, countries and how to reach it
   */
  public final String display() {
    StringBuilder b = new StringBuilder(name()).append(" (").append(String.join(", ", countries())).append("): ");
    if (!call().isEmpty() && call().equals(text())) {
      return b.append("call or text ").append(String.join(" or ", call())).toString();
    }
    if (!call().isEmpty()) {
      b.append("call ").append(String.join(" or ", call()));
    }
    if (!text().isEmpty()) {
      b.append(call().isEmpty() ? "" : ", ").append("text ").append(String.join(" or ", text()));
    }
    return b.toString();
  }

  /**
   * Checks an ISO 3166-1 alpha-2 country code.
   *
   * @param field the field name for the error
   * @param code the code
   * @return the code
   * @throws IllegalArgumentException if it is not an ISO 3166-1 alpha-2 code in upper case
   */
  static String country(String field, String code) {
    if (!COUNTRIES.contains(code)) {
      throw Require.invalid(field, "must be an ISO 3166-1 alpha-2 country code in upper case", code);
    }
    return code;
  }

  @Value.Check
  final void check() {
    if (countries().isEmpty()) {
      throw Require.invalid("countries", "must name at least one country");
    }
    countries().forEach(c -> country("countries", c));
    Require.text("name", name(), 100);
    if (call().isEmpty() && text().isEmpty()) {
      throw Require.invalid("call", "a crisis resource needs a number to call or to text");
    }
    call().forEach(n -> number("call", n));
    text().forEach(n -> number("text", n));
    Require.text("source", source(), 200);
    if (!source().startsWith("https://") || source().length() < 12 || source().contains(" ")) {
      throw Require.invalid("source", "must be an https URL without spaces", source());
    }
  }

  private static void number(String field, String n) {
    if (!NUMBER.matcher(n).matches()) {
      throw Require.invalid(field, "must be digits, spaces and hyphens, at most 20 characters", n);
    }
  }

  /** Returns {@link #display()}. */
  @Override
  public final String toString() {
    return "CrisisResource[" + display() + "]";
  }
}
