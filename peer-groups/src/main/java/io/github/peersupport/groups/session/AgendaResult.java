package io.github.peersupport.groups.session;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.rule.RuleId;
import io.github.peersupport.core.style.PeerStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of {@link AgendaPlanner#build}: an {@link Agenda}, or an {@link AgendaRefusal} saying why none
 * fits. Exactly one is present.
 */
@Value.Immutable
@PeerStyle
public abstract class AgendaResult {
  AgendaResult() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgendaResult}; {@code build()} checks that exactly one outcome is present. */
  public static class Builder extends ImmutableAgendaResult.Builder {
    /** Creates an empty builder; prefer {@link AgendaResult#built(Agenda)} or {@link AgendaResult#refused(AgendaRefusal)}. */
    public Builder() {}
  }

  /**
   * A built agenda.
   *
   * @param agenda the agenda
   * @return the result
   */
  public static AgendaResult built(Agenda agenda) {
    return builder().agenda(agenda).build();
  }

  /**
   * A refusal.
   *
   * @param refusal why no agenda fits
   * @return the result
   */
  public static AgendaResult refused(AgendaRefusal refusal) {
    return builder().refusal(refusal).build();
  }

  /**
   * Returns the agenda, if one was built.
   *
   * @return the agenda, or empty
   */
  public abstract Optional<Agenda> agenda();

  /**
   * Returns the refusal, if none was built.
   *
   * @return the refusal, or empty
   */
  public abstract Optional<AgendaRefusal> refusal();

  @Value.Check
  final void check() {
    if (agenda().isPresent() == refusal().isPresent()) {
      throw Require.invalid("agenda", "exactly one of agenda and refusal must be present");
    }
  }

  /**
   * Tells whether an agenda was built.
   *
   * @return true if built
   */
  public final boolean succeeded() {
    return agenda().isPresent();
  }

  /**
   * Returns the rule that refused the agenda, if one did: the {@linkplain #refusal() refusal}'s rule.
   *
   * @return the refusing rule, empty when the agenda was built
   */
  public final Optional<RuleId> refusedBy() {
    return refusal().map(AgendaRefusal::refusedBy);
  }

  /**
   * Returns the agenda or throws, for callers that know it fits.
   *
   * @return the agenda
   * @throws IllegalStateException with the refusal's explanation when none was built
   */
  public final Agenda agendaOrThrow() {
    return agenda().orElseThrow(() -> new IllegalStateException("agenda: refused, " + refusal().map(AgendaRefusal::explanation).orElse("")));
  }

  /** Returns the agenda's or the refusal's string. */
  @Override
  public final String toString() {
    return "AgendaResult[" + (succeeded() ? agenda().get().toString() : refusal().get().toString()) + "]";
  }
}
