package io.github.peersupport.core.escalation;

import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every escalation a programme raised and what was done about it: one {@link EscalationRecord} per
 * escalation, in the order raised, so a coordinator sees any escalation nobody acted on. Pure and
 * immutable: raising and applying events return a new log. Lookups are O(n) in the records.
 *
 * <pre>{@code
 * EscalationLog log = EscalationLog.empty().raise(decision);
 * EscalationTransition t = log.apply(escalation, EscalationEvent.acknowledged(now, CareRole.NURSE, "staff-12"));
 * log = log.with(t.record());
 * List<EscalationRecord> late = log.overdueAt(now, Severity.IMMEDIATE);  // IMMEDIATE, unacknowledged, past deadline
 * }</pre>
 */
@Value.Immutable
@PeerStyle
public abstract class EscalationLog {
  private static final EscalationLog EMPTY = builder().build();

  EscalationLog() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EscalationLog}; {@code build()} checks that no escalation is recorded twice. */
  public static class Builder extends ImmutableEscalationLog.Builder {
    /** Creates an empty builder; prefer {@link EscalationLog#empty()}. */
    public Builder() {}
  }

  /**
   * Returns the empty log.
   *
   * @return a log without records
   */
  public static EscalationLog empty() {
    return EMPTY;
  }

  /**
   * Returns the records, in the order raised.
   *
   * @return the records
   */
  public abstract List<EscalationRecord> records();

  @Value.Check
  final void check() {
    for (int i = 0; i < records().size(); i++) {
      for (int j = 0; j < i; j++) {
        if (records().get(j).records(records().get(i).escalation())) {
          throw Require.invalid("records[" + i + "]", "records the same escalation as records[" + j + "]");
        }
      }
    }
  }

  /**
   * Returns a log with a record for every escalation of a decision that notifies and is not yet
   * recorded; repeats within the de-duplication window ({@code notifies() == false}) add nothing.
   *
   * @param decision the decision
   * @return the new log
   * @throws NullPointerException if any argument is null
   */
  public final EscalationLog raise(EscalationDecision decision) {
    Objects.requireNonNull(decision, "decision");
    List<EscalationRecord> records = new ArrayList<>(records());
    for (Escalation e : decision.notifications()) {
      if (records.stream().noneMatch(r -> r.records(e))) {
        records.add(EscalationRecord.raised(e));
      }
    }
    return records.size() == records().size() ? this : builder().records(records).build();
  }

  /**
   * Returns the record of an escalation.
   *
   * @param escalation the escalation (same person, rule and first signal)
   * @return the record, or empty if it was never raised here
   * @throws NullPointerException if any argument is null
   */
  public final Optional<EscalationRecord> record(Escalation escalation) {
    Objects.requireNonNull(escalation, "escalation");
    return records().stream().filter(r -> r.records(escalation)).findFirst();
  }

  /**
   * Applies an event to the record of an escalation; use {@link #with(EscalationRecord)} to keep the
   * result.
   *
   * @param escalation the escalation
   * @param event the event
   * @return the transition
   * @throws IllegalArgumentException if the escalation was never raised in this log
   * @throws NullPointerException if any argument is null
   */
  public final EscalationTransition apply(Escalation escalation, EscalationEvent event) {
    Objects.requireNonNull(event, "event");
    return record(escalation).orElseThrow(() -> Require.invalid("escalation", "was never raised in this log")).apply(event);
  }

  /**
   * Returns a log with a record replacing the one of the same escalation, or added after the others.
   *
   * @param record the record
   * @return the new log
   * @throws NullPointerException if any argument is null
   */
  public final EscalationLog with(EscalationRecord record) {
    Objects.requireNonNull(record, "record");
    List<EscalationRecord> records = new ArrayList<>(records());
    int index = -1;
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).records(record.escalation())) {
        index = i;
      }
    }
    if (index < 0) {
      records.add(record);
    } else {
      records.set(index, record);
    }
    return builder().records(records).build();
  }

  /**
   * Returns every record overdue at an instant, most severe first, then by deadline.
   *
   * @param at the instant
   * @return the overdue records
   * @throws NullPointerException if any argument is null
   */
  public final List<EscalationRecord> overdueAt(Instant at) {
    return overdueAt(at, Severity.INFO);
  }

  /**
   * Returns every record at or above a level overdue at an instant, most severe first, then by
   * deadline; {@code overdueAt(now, Severity.IMMEDIATE)} lists every IMMEDIATE escalation nobody
   * acknowledged in time.
   *
   * @param at the instant
   * @param level the lowest level listed
   * @return the overdue records
   * @throws NullPointerException if any argument is null
   */
  public final List<EscalationRecord> overdueAt(Instant at, Severity level) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(level, "level");
    return records().stream().filter(r -> r.escalation().level().atLeast(level) && r.isOverdue(at))
        .sorted(Comparator.comparing((EscalationRecord r) -> r.escalation().level()).reversed()
            .thenComparing(r -> r.escalation().deadline()))
        .toList();
  }

  /** Returns counts per state, e.g. {@code EscalationLog[RAISED 1, ACKNOWLEDGED 0, RESOLVED 3]}. */
  @Override
  public final String toString() {
    StringBuilder b = new StringBuilder("EscalationLog[");
    for (EscalationState s : EscalationState.values()) {
      long n = records().stream().filter(r -> r.state() == s).count();
      b.append(s.ordinal() == 0 ? "" : ", ").append(s).append(' ').append(n);
    }
    return b.append(']').toString();
  }
}
