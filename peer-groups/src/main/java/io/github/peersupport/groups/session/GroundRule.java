package io.github.peersupport.groups.session;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/** One rule of a group's comfort agreement: a stable id and the wording read to members (at most 300 characters). */
@Value.Immutable
@PeerTuple
public abstract class GroundRule {
  GroundRule() {}

  /**
   * Creates a rule.
   *
   * @param id the stable id, e.g. {@code ground-rule.no-cross-talk}
   * @param text the wording, 1 to 300 characters
   * @return the rule
   */
  public static GroundRule of(RuleId id, String text) {
    return ImmutableGroundRule.of(id, text);
  }

  /**
   * Returns the stable id.
   *
   * @return the rule id
   */
  public abstract RuleId id();

  /**
   * Returns the wording.
   *
   * @return the text
   */
  public abstract String text();

  @Value.Check
  final void check() {
    Require.text("text", text(), 300);
  }

  /** Returns the id and wording. */
  @Override
  public final String toString() {
    return id() + ": " + text();
  }
}
