package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.person.Age;
import io.github.peersupport.core.person.CaregiverRelationship;
import io.github.peersupport.core.person.ExperienceRole;
import io.github.peersupport.core.person.LivedExperience;
import io.github.peersupport.core.person.PersonProfile;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.testing.MatchingGen;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With a caregiver of the seeker's own relationship available and everything else equal (the same
 * lived experience apart from the relationship, the same profile, all eligible), that caregiver ranks
 * first under the standard policy, whatever their id and however many caregivers of other relationships
 * compete; and the explanation says so.
 */
class CaregiverMatchingPropertyTest {
  private static final int CASES = 300;
  private static final PeerMatcher MATCHER = PeerMatcher.standard();

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void rank_sameRelationshipAvailable_ranksFirst(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      CaregiverRelationship relationship = CoreGen.oneOf(r, CaregiverRelationship.values());
      Seeker seeker = caregiverSeeker(r, relationship);
      LivedExperience base = LivedExperience.builder().from(MatchingGen.experience(r, true)).role(ExperienceRole.CAREGIVER)
          .relationship(relationship).caredFor(seeker.experience().caredFor()).conditions(seeker.experience().conditions())
          .onMaintenanceTherapy(true).build();
      List<Supporter> supporters = new ArrayList<>();
      String sameId = "sup-" + r.nextInt(0, 100);
      supporters.add(supporter(r, sameId, base, seeker.profile()));
      for (CaregiverRelationship other : CaregiverRelationship.values()) {
        if (other != relationship && r.nextInt(3) > 0) {
          String id = "sup-" + r.nextInt(0, 100) + "-" + other.name().toLowerCase(java.util.Locale.ROOT);
          supporters.add(supporter(r, id, LivedExperience.builder().from(base).relationship(other).build(), seeker.profile()));
        }
      }

      MatchResult result = MATCHER.rank(seeker, supporters, CoreGen.EPOCH);

      assertThat(result.candidates()).as("every caregiver is a candidate: %s", result).hasSize(supporters.size());
      Candidate first = result.candidates().get(0);
      assertThat(first.supporter().value()).as("%s", result.candidates()).isEqualTo(sameId);
      assertThat(first.contributions()).filteredOn(c -> c.criterion() == Criterion.RELATIONSHIP).singleElement()
          .satisfies(c -> assertThat(c.similarity()).isEqualTo(1.0));
      result.candidates().stream().skip(1).forEach(c -> assertThat(c.score()).isLessThan(first.score()));
    });
  }

  private static Seeker caregiverSeeker(SplittableRandom r, CaregiverRelationship relationship) {
    Seeker s = MatchingGen.seeker(r);
    LivedExperience.Builder e = LivedExperience.builder().from(s.experience()).role(ExperienceRole.CAREGIVER).relationship(relationship);
    if (s.experience().caredFor().isEmpty() && r.nextBoolean()) {
      e.caredFor(MatchingGen.experience(r, false).caredFor());
    }
    // an adult profile, so the supporters who share it pass the floor
    PersonProfile profile = PersonProfile.builder().from(s.profile()).age(Age.bornIn(r.nextInt(1945, 2000))).build();
    return Seeker.builder().from(s).experience(e.build()).profile(profile)
        .consent(ConsentRecord.grantedAt(CoreGen.EPOCH.minusSeconds(60), ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).build();
  }

  private static Supporter supporter(SplittableRandom r, String id, LivedExperience experience, PersonProfile profile) {
    return Supporter.builder().id(SupporterId.of(id)).experience(experience).profile(profile).capacity(3).activeMatches(0)
        .standing(CoreGen.activeStanding(r, CoreGen.EPOCH)).build();
  }
}
