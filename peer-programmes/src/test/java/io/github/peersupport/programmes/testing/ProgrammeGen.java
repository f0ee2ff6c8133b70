package io.github.peersupport.programmes.testing;

import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.EscalationGen;
import io.github.peersupport.groups.testing.GroupsGen;
import io.github.peersupport.groups.testing.GroupsValueGen;
import io.github.peersupport.groups.testing.SessionGen;
import io.github.peersupport.matching.MatchingPolicy;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.programmes.Programme;
import io.github.peersupport.programmes.Programmes;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of programmes: a preset, or a preset with some of its parts replaced by random
 * valid ones from the shared generators of peer-core and peer-groups (the profile, group size,
 * session, placement, formation, boundary and escalation policies, and the matching policy's
 * thresholds). Every method is a pure function of the random stream it is given.
 */
public final class ProgrammeGen {
  private static final List<Programme> PRESETS = List.copyOf(Programmes.all().values());

  private ProgrammeGen() {}

  /**
   * One of the presets.
   *
   * @param r the random stream
   * @return a preset
   */
  public static Programme preset(SplittableRandom r) {
    return PRESETS.get(r.nextInt(PRESETS.size()));
  }

  /**
   * A preset with random parts: each part replaced with probability one half.
   *
   * @param r the random stream
   * @return a valid programme
   */
  public static Programme programme(SplittableRandom r) {
    Programme p = preset(r);
    Programme.Builder b = Programme.builder().from(p);
    ProgrammeProfile profile = p.profile();
    if (r.nextBoolean()) {
      profile = CoreGen.programmeProfile(r);
      b.profile(profile);
    }
    MatchingPolicy.Builder policy = MatchingPolicy.builder().from(p.matcher().policy()).zone(profile.zone());
    if (r.nextBoolean()) {
      policy.topK(r.nextInt(1, 50)).conditionThreshold(r.nextInt(1, 11) / 10.0).minSharedIssues(r.nextInt(1, 5))
          .maxAgeGapYears(r.nextInt(1, 40)).maxDistanceKm(r.nextInt(0, 200));
    }
    b.matcher(PeerMatcher.builder().from(p.matcher()).policy(policy.build()).build());
    if (r.nextBoolean()) {
      b.basis(r.nextBoolean() ? "" : "Source " + r.nextInt(1000));
    }
    if (r.nextBoolean()) {
      b.groupSize(GroupsGen.sizePolicy(r));
    }
    if (r.nextBoolean()) {
      b.sessions(SessionGen.policy(r));
    }
    if (r.nextBoolean()) {
      b.placement(GroupsValueGen.placementPolicy(r));
    }
    if (r.nextBoolean()) {
      b.formation(GroupsValueGen.formationPolicy(r));
    }
    if (r.nextBoolean()) {
      b.boundaries(EscalationGen.boundaryPolicy(r));
    }
    if (r.nextBoolean()) {
      b.escalation(EscalationGen.policy(r));
    }
    return b.build();
  }

  /**
   * Several programmes.
   *
   * @param r the random stream
   * @param n how many
   * @return the programmes
   */
  public static List<Programme> programmes(SplittableRandom r, int n) {
    List<Programme> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all.add(programme(r));
    }
    return all;
  }
}
