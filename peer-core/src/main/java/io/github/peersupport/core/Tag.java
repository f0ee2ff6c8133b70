package io.github.peersupport.core;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/**
 * A short lower-case label from a programme's vocabulary: a concern ("issue") such as {@code
 * rejection} or {@code returning-to-work}, a cultural background, a training course, a certification
 * kind. Tags are words joined by {@code -} or {@code .}, at most 64 characters; they replace free
 * text so that profiles hold no narrative.
 */
@Value.Immutable
@PeerTuple
public abstract class Tag implements Comparable<Tag> {
  Tag() {}

  /**
   * Creates a tag.
   *
   * @param value lower-case words of {@code a-z 0-9} joined by single {@code -} or {@code .}
   * @return the tag
   * @throws IllegalArgumentException if the value is not such a word list
   */
  public static Tag of(String value) {
    return ImmutableTag.of(value);
  }

  /**
   * Returns the tag text.
   *
   * @return the tag text
   */
  public abstract String value();

  @Value.Check
  final void check() {
    Require.slug("tag", value());
  }

  /** Orders tags by their text. */
  @Override
  public final int compareTo(Tag other) {
    return value().compareTo(other.value());
  }

  /** Returns the tag text. */
  @Override
  public final String toString() {
    return value();
  }
}
