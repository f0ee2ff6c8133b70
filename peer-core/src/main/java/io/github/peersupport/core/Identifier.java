package io.github.peersupport.core;

/**
 * An opaque identifier: {@link SeekerId}, {@link SupporterId}, {@link GroupId} and the other id
 * types of the library. Ids of different types are never equal, even with the same text.
 */
public interface Identifier {
  /**
   * Returns the id text.
   *
   * @return the id text, 1 to 64 characters of {@code A-Z a-z 0-9 . _ : -}
   */
  String value();
}
