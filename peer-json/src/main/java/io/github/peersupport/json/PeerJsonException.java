package io.github.peersupport.json;

/**
 * Bad JSON input: an unknown property, a wrong type, a missing required property, an invalid enum
 * constant, a failed invariant, a document over a reading limit, an unsupported {@code
 * schemaVersion} or malformed JSON. The message is {@code pointer: rule}, for example {@code
 * /supporters/3/capacity: must be 1 to 20 but was 0}; it never contains input text beyond property
 * names, so health data cannot leak into logs. The Jackson exception is deliberately not attached as
 * the cause (its message and its causes' messages quote the offending input, such as a date that does
 * not parse), so logging this exception with its stack trace leaks nothing either.
 *
 * <p>It always means bad input; a fault of the mapping itself is a {@link PeerJsonSetupException}.
 */
public final class PeerJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON pointer of the offending value. */
  private final String pointer;
  /** The broken rule. */
  private final String rule;
  /** The kind of exception translated (its text is not kept: it quotes the input). */
  private final Class<? extends Throwable> translatedType;

  PeerJsonException(String pointer, String rule, Throwable translated) {
    // the translated Jackson exception is dropped on purpose: its messages quote the input
    super((pointer.isEmpty() ? "(document)" : pointer) + ": " + rule);
    this.pointer = pointer;
    this.rule = rule;
    this.translatedType = translated.getClass();
  }

  /** A rule of the library's own document formats (such as {@link GridDocument}), not a Jackson failure. */
  PeerJsonException(String pointer, String rule) {
    super((pointer.isEmpty() ? "(document)" : pointer) + ": " + rule);
    this.pointer = pointer;
    this.rule = rule;
    this.translatedType = PeerJsonException.class;
  }

  /**
   * Returns the JSON pointer (RFC 6901) of the offending value, for example {@code
   * /candidates/0/score}; empty for the whole document.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the rule that was broken, without the input text.
   *
   * @return the rule
   */
  public String rule() {
    return rule;
  }

  /** The class of the Jackson (or decoder) exception this one translates; for tests. */
  Class<? extends Throwable> translatedType() {
    return translatedType;
  }
}
