package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.Code;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.json.internal.Mapping;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.sim.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mix-ins cover every Immutables value type of peer-core, peer-matching, peer-groups and peer-sim: the committed
 * sources equal what {@link MixInSourceGenerator} writes from the compiled types, so adding or
 * changing a value type without regenerating fails here ({@code -Dpeer.json.regenerate=true}
 * rewrites them).
 */
class MixInCoverageTest {
  private static final Path SOURCES = Path.of("src/main/java/io/github/peersupport/json/internal");

  @Test
  void mixInSources_equalGeneratedFromCompiledTypes() throws Exception {
    check("CoreMixIns", MixInSourceGenerator.valueTypes(Code.class), "peer-core");
    check("MatchingMixIns", MixInSourceGenerator.valueTypes(MatchResult.class), "peer-matching");
    check("GroupsMixIns", MixInSourceGenerator.valueTypes(SupportGroup.class), "peer-groups");
    check("SimMixIns", MixInSourceGenerator.valueTypes(Scenario.class), "peer-sim");
  }

  @Test
  void mapping_everyValueTypeHasMixInOrStringForm() throws Exception {
    List<String> types = new ArrayList<>(MixInSourceGenerator.valueTypes(Code.class));
    types.addAll(MixInSourceGenerator.valueTypes(MatchResult.class));
    types.addAll(MixInSourceGenerator.valueTypes(SupportGroup.class));
    types.addAll(MixInSourceGenerator.valueTypes(Scenario.class));
    List<String> mapped = new ArrayList<>();
    Mapping.mixIns().keySet().forEach(c -> mapped.add(c.getName()));
    Mapping.stringTypes().forEach(c -> mapped.add(c.getName()));
    assertThat(types).hasSizeGreaterThan(90);
    assertThat(mapped).containsAll(types);
  }

  private static void check(String className, List<String> types, String module) throws Exception {
    String expected = MixInSourceGenerator.generate(className, types, module);
    Path file = SOURCES.resolve(className + ".java");
    if (Boolean.getBoolean("peer.json.regenerate")) {
      Files.writeString(file, expected);
    }
    assertThat(Files.readString(file)).as("%s is out of date: rerun with -Dpeer.json.regenerate=true", file)
        .isEqualTo(expected);
  }
}
