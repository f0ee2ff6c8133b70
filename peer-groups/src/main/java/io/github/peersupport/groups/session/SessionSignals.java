package io.github.peersupport.groups.session;

import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.escalation.Reporter;
import io.github.peersupport.core.escalation.SignKind;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.internal.Require;
import io.github.peersupport.core.style.PeerStyle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Derives peer-core escalation {@link Signal signals} from a {@link SessionRecord}, for {@code
 * EscalationPolicy.evaluate}: a pure, deterministic function whose thresholds are data.
 *
 * <p><b>Talk-time dominance</b>: with talk time captured for n ≥ {@link #minimumMembers()} present
 * members and a positive total T, a member with talk time t dominates when {@code t × n >
 * dominanceMultiple × T}, i.e. more than {@link #dominanceMultiple()} (default 2) times the fair share
 * T / n. Default rationale: the curriculum names members who dominate ("disruptive group members") as a
 * challenge, and Presently's 12-member cap exists so every member has time to share; twice the fair
 * share is a gap a facilitator would notice, and three members is the smallest group in which "twice
 * the fair share" is possible without the member talking all the time (with two, it would mean 100%).
 * A dominating member becomes a {@link SignKind#DISRUPTIVE_BEHAVIOUR} sign about that member (peer-core
 * has no dedicated talk-time kind; the standard policy routes it as INFO with a facilitator prompt).
 *
 * <p><b>Flags</b>: each facilitator flag becomes a sign of its {@link FlagKind#sign()} about the member
 * it names, or, for a flag about the whole session (e.g. complaint domination), about the lead
 * facilitator, who receives the prompt. Standard escalation levels (peer-core {@code
 * EscalationPolicy.standard()}): disruptive behaviour and complaint domination INFO with a facilitator
 * prompt; competitive comparison CONCERN with a prompt; medical advice given and confidentiality
 * breaches CONCERN; a suicide mention IMMEDIATE.
 *
 * <p>Every signal is observed by {@link Reporter#FACILITATOR} at the session's instant. Order:
 * dominance signals by member id, then flags in record order. Signal ids are {@code
 * <group>.s<number>.<index>}, unique within and across records of different groups or numbers (a group
 * id too long for the 64-character limit is replaced by {@code g} and the hex of its {@code
 * String.hashCode()}). O(m log m + f) for m members and f flags.
 */
@Value.Immutable
@PeerStyle
public abstract class SessionSignals {
  private static final SessionSignals STANDARD = builder().build();

  SessionSignals() {}

  /**
   * Returns a new builder, with every default set.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SessionSignals}; {@code build()} checks every invariant and names the field that fails. */
  public static class Builder extends ImmutableSessionSignals.Builder {
    /** Creates an empty builder; prefer {@link SessionSignals#builder()}. */
    public Builder() {}
  }

  /**
   * The defaults described above: twice the fair share, at least 3 members.
   *
   * @return the standard derivation
   */
  public static SessionSignals standard() {
    return STANDARD;
  }

  /**
   * Returns how many times the fair share of talk time counts as dominating.
   *
   * @return more than 1, at most 10 (default 2)
   */
  @Value.Default
  public double dominanceMultiple() {
    return 2.0;
  }

  /**
   * Returns the fewest members with captured talk time for dominance to be judged.
   *
   * @return 2 to 1,000 (default 3)
   */
  @Value.Default
  public int minimumMembers() {
    return 3;
  }

  @Value.Check
  final void check() {
    if (!(dominanceMultiple() > 1.0 && dominanceMultiple() <= 10.0)) {
      throw Require.invalid("dominanceMultiple", "must be more than 1 and at most 10", dominanceMultiple());
    }
    Require.inRange("minimumMembers", minimumMembers(), 2, 1_000);
  }

  /**
   * Returns the members whose talk time dominated the session, ordered by id text.
   *
   * @param record the session record
   * @return the dominating members, empty when talk time was not captured for enough members
   */
  public final List<SeekerId> dominating(SessionRecord record) {
    List<Map.Entry<SeekerId, Duration>> entries = new ArrayList<>(record.talkTime().entrySet());
    entries.sort(Comparator.comparing(e -> e.getKey().value()));
    int n = entries.size();
    long total = 0;
    for (Map.Entry<SeekerId, Duration> e : entries) {
      total += e.getValue().getSeconds();
    }
    List<SeekerId> out = new ArrayList<>();
    if (n < minimumMembers() || total == 0) {
      return out;
    }
    for (Map.Entry<SeekerId, Duration> e : entries) {
      if ((double) e.getValue().getSeconds() * n > dominanceMultiple() * total) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /**
   * Derives the signals of a session record.
   *
   * @param record the session record
   * @return the signals, in the order described above
   */
  public final List<Signal> derive(SessionRecord record) {
    String prefix = prefix(record);
    List<Signal> signals = new ArrayList<>();
    for (SeekerId member : dominating(record)) {
      signals.add(Signal.sign(prefix + signals.size(), member, Reporter.FACILITATOR, record.at(), SignKind.DISRUPTIVE_BEHAVIOUR));
    }
    for (FacilitatorFlag flag : record.flags()) {
      PersonId about = flag.member().<PersonId>map(m -> m).orElse(record.facilitator());
      signals.add(Signal.sign(prefix + signals.size(), about, Reporter.FACILITATOR, record.at(), flag.kind().sign()));
    }
    return List.copyOf(signals);
  }

  private static String prefix(SessionRecord record) {
    String tail = ".s" + record.number() + ".";
    String group = record.group().value();
    // room for the index (up to 5 digits for realistic records) within the 64-character id limit
    if (group.length() + tail.length() + 5 > Require.MAX_ID_LENGTH) {
      group = "g" + Integer.toHexString(group.hashCode());
    }
    return group + tail;
  }

  /** Returns e.g. {@code SessionSignals[2.0x fair share, >= 3 members]}. */
  @Override
  public final String toString() {
    return "SessionSignals[" + dominanceMultiple() + "x fair share, >= " + minimumMembers() + " members]";
  }
}
