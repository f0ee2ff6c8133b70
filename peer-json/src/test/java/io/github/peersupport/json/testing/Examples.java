package io.github.peersupport.json.testing;

import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.boundary.BoundaryPolicy;
import io.github.peersupport.core.boundary.BoundaryReport;
import io.github.peersupport.core.boundary.InteractionRecord;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.prescription.GroupPrescription;
import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.programmes.Programme;
import io.github.peersupport.programmes.testing.ProgrammeGen;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.EscalationGen;
import io.github.peersupport.json.PeerJson;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.matching.MatchingPolicy;
import io.github.peersupport.matching.lifecycle.BookTransition;
import io.github.peersupport.matching.lifecycle.MatchBook;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * One example value per top-level document type, for the golden files: of the values generated
 * from seeds 1 to 60, the one with the longest JSON under {@value #MAX_CHARS} characters (or the
 * shortest, when none is that short), so the example shows as many properties as it can while
 * staying readable.
 */
public final class Examples {
  private static final int MAX_CHARS = 7_000;
  private static final int SEEDS = 60;

  private Examples() {}

  /**
   * Returns the example of a document type.
   *
   * @param type a type of {@link PeerJson#documentTypes()}
   * @return the example value
   */
  public static Object of(Class<?> type) {
    Function<SplittableRandom, ?> gen = generator(type);
    Object best = null;
    int bestLength = -1;
    Object shortest = null;
    int shortestLength = Integer.MAX_VALUE;
    for (long seed = 1; seed <= SEEDS; seed++) {
      Object v = gen.apply(new SplittableRandom(seed));
      int length = PeerJson.writePretty(v).length();
      if (length <= MAX_CHARS && length > bestLength) {
        best = v;
        bestLength = length;
      }
      if (length < shortestLength) {
        shortest = v;
        shortestLength = length;
      }
    }
    return best != null ? best : shortest;
  }

  private static Function<SplittableRandom, ?> generator(Class<?> type) {
    Map<Class<?>, Function<SplittableRandom, ?>> gens = Map.ofEntries(
        Map.entry(Seeker.class, CoreGen::seeker),
        Map.entry(Supporter.class, CoreGen::supporter),
        Map.entry(Facilitator.class, CoreGen::facilitator),
        Map.entry(ProgrammeProfile.class, CoreGen::programmeProfile),
        Map.entry(ConsentRecord.class, CoreGen::consentRecord),
        Map.entry(GroupPrescription.class, CoreGen::prescription),
        Map.entry(Taxonomy.class, JsonGen::taxonomy),
        Map.entry(Signal.class, r -> EscalationGen.signal(r, "sig-1", EscalationGen.person(r), CoreGen.instant(r))),
        Map.entry(EscalationPolicy.class, EscalationGen::policy),
        Map.entry(EscalationDecision.class, Examples::decision),
        Map.entry(io.github.peersupport.core.escalation.EscalationLog.class, EscalationGen::escalationLog),
        Map.entry(BoundaryPolicy.class, EscalationGen::boundaryPolicy),
        Map.entry(InteractionRecord.class, r -> EscalationGen.interaction(r, "i-1", CoreGen.instant(r))),
        Map.entry(BoundaryReport.class,
            r -> EscalationGen.boundaryPolicy(r).evaluate(EscalationGen.interactions(r, 30, Duration.ofDays(60)))),
        Map.entry(MatchingPolicy.class, JsonGen::matchingPolicy),
        Map.entry(MatchResult.class, JsonGen::matchResult),
        Map.entry(MatchBook.class, Examples::book),
        Map.entry(Programme.class, ProgrammeGen::preset));
    Function<SplittableRandom, ?> gen = gens.get(type);
    if (gen == null) {
      gen = GroupsExamples.generator(type); // the peer-groups documents
    }
    if (gen == null) {
      gen = SimExamples.generator(type); // the peer-sim documents
    }
    if (gen == null) {
      throw new IllegalArgumentException("no example generator for " + type.getName());
    }
    return gen;
  }

  private static EscalationDecision decision(SplittableRandom r) {
    EscalationPolicy policy = EscalationPolicy.standard();
    List<Signal> signals = EscalationGen.signals(r, 4);
    Instant at = signals.stream().map(Signal::at).max(Instant::compareTo).orElse(CoreGen.EPOCH).plusSeconds(60);
    return policy.evaluate(signals, Map.of(), at, List.of());
  }

  private static MatchBook book(SplittableRandom r) {
    List<BookTransition> walk = JsonGen.walk(r);
    return walk.get(walk.size() - 1).book();
  }
}
