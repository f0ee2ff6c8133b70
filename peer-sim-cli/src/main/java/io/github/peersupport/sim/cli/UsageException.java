package io.github.peersupport.sim.cli;

/**
 * A command line or input the command cannot start from (an unknown option, a bad seed range, an
 * unreadable document, shards that do not merge): {@code bin/peer-sim} prints the message and exits with
 * status 2.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
