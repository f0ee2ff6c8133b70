package io.github.peersupport.core.rule;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/**
 * The stable identifier of a rule, such as {@code lifecycle.activate.code-of-conduct-required} or
 * {@code boundary.no-medical-advice}. Every rejected transition, breach, exclusion and escalation
 * names the rule that decided it, so that hosts can show staff why and tests can assert it. Ids are
 * lower-case words joined by {@code .} or {@code -}; once published they do not change.
 */
@Value.Immutable
@PeerTuple
public abstract class RuleId implements Comparable<RuleId> {
  RuleId() {}

  /**
   * Creates a rule id.
   *
   * @param value lower-case words of {@code a-z 0-9} joined by single {@code .} or {@code -}
   * @return the rule id
   * @throws IllegalArgumentException if the value has another form
   */
  public static RuleId of(String value) {
    return ImmutableRuleId.of(value);
  }

  /**
   * Returns the id text.
   *
   * @return the id text
   */
  public abstract String value();

  @Value.Check
  final void check() {
    Require.slug("ruleId", value());
  }

  /** Orders rule ids by their text. */
  @Override
  public final int compareTo(RuleId other) {
    return value().compareTo(other.value());
  }

  /** Returns the id text. */
  @Override
  public final String toString() {
    return value();
  }
}
