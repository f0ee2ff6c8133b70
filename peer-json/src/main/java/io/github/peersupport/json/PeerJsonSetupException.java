package io.github.peersupport.json;

/**
 * A failure of the mapping itself rather than of the input: Jackson cannot introspect, construct or
 * reach a type (its {@code InvalidDefinitionException}), for example a type that has no mapping in
 * {@link PeerSupportModule}, or a builder constructor it may not call because of the module path's
 * access rules ({@code Failed to call setAccess()}). A host must treat it as its own fault (an HTTP
 * 500, not a 400): the same input fails the same way for every client until the setup is fixed.
 *
 * <p>The message names the type and Jackson's description of the definition problem, which quotes
 * no input; the Jackson exception is attached as the cause for diagnosis.
 */
public final class PeerJsonSetupException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  PeerJsonSetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
