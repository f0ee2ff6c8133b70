package io.github.peersupport.core.person;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A language a person speaks, as a lower-case BCP 47 tag such as {@code en}, {@code es} or {@code
 * zh-hant}. Two languages are mutually intelligible for matching when their {@link #primary()}
 * subtags agree.
 */
@Value.Immutable
@PeerTuple
public abstract class Language implements Comparable<Language> {
  private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(?:-[a-z0-9]{1,8})*");

  Language() {}

  /**
   * Creates a language.
   *
   * @param tag a lower-case BCP 47 tag: a 2- or 3-letter primary subtag, optional subtags
   * @return the language
   */
  public static Language of(String tag) {
    return ImmutableLanguage.of(tag);
  }

  /**
   * Returns the tag.
   *
   * @return the BCP 47 tag
   */
  public abstract String tag();

  @Value.Check
  final void check() {
    if (tag().length() > 35 || !TAG.matcher(tag()).matches()) {
      throw Require.invalid("language", "must be a lower-case BCP 47 tag such as en or zh-hant (length " + tag().length() + ")");
    }
  }

  /**
   * Returns the primary language subtag, e.g. {@code zh} for {@code zh-hant}.
   *
   * @return the primary subtag
   */
  public final String primary() {
    int dash = tag().indexOf('-');
    return dash < 0 ? tag() : tag().substring(0, dash);
  }

  /** Orders languages by tag. */
  @Override
  public final int compareTo(Language other) {
    return tag().compareTo(other.tag());
  }

  /** Returns the tag. */
  @Override
  public final String toString() {
    return tag();
  }
}
