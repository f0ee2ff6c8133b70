package io.github.peersupport.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.ValidationException;
import io.github.peersupport.core.testing.Seeds;
import io.github.peersupport.matching.MatchingPolicy;
import io.github.peersupport.matching.PeerMatcher;
import io.github.peersupport.programmes.testing.ProgrammeGen;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProgrammePropertyTest {
  private static final int CASES = 200;
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/London"),
      ZoneId.of("Pacific/Auckland"), ZoneId.of("America/Toronto"), ZoneId.of("Asia/Kathmandu"));

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void inZone_anyProgramme_movesProfileAndMatchingTogetherAndKeepsTheRest(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Programme p = ProgrammeGen.programme(r);
      ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
      Programme moved = p.inZone(zone);
      assertThat(moved.profile().zone()).isEqualTo(zone);
      assertThat(moved.matcher().policy().zone()).isEqualTo(zone);
      assertThat(moved.inZone(p.profile().zone())).isEqualTo(p);
      assertThat(moved.escalation()).isEqualTo(p.escalation());
      assertThat(moved.groupSize()).isEqualTo(p.groupSize());
      assertThat(moved.followUps()).isEqualTo(p.followUps());
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void build_matchingZoneDiffersFromProfile_refusedNamingTheField(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Programme p = ProgrammeGen.programme(r);
      ZoneId other = ZONES.stream().filter(z -> !z.equals(p.profile().zone())).findFirst().orElseThrow();
      PeerMatcher m = PeerMatcher.builder().from(p.matcher())
          .policy(MatchingPolicy.builder().from(p.matcher().policy()).zone(other).build()).build();
      assertThatThrownBy(() -> Programme.builder().from(p).matcher(m).build())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("matcher.policy.zone");
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void builderFrom_anyProgramme_rebuildsEqualWithTheSameHash(long seed) {
    Seeds.forEachCase(seed, CASES, r -> {
      Programme p = ProgrammeGen.programme(r);
      Programme copy = Programme.builder().from(p).build();
      assertThat(copy).isEqualTo(p).hasSameHashCodeAs(p);
      assertThat(copy.groupPlanner().toString()).isEqualTo(p.groupPlanner().toString());
    });
  }
}
