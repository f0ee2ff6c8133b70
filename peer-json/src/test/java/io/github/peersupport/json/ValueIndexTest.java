package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.Code;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.json.internal.Mapping;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.sim.Scenario;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The value index the build writes while the value modules compile covers every Immutables value type of
 * peer-core, peer-matching, peer-groups and peer-sim, and names exactly the attributes their generated
 * implementations hold. Both are checked against the compiled classes, independently of the index; the
 * order of the properties is checked by the golden files ({@link GoldenFilesTest}), since no reflection
 * API promises a declaration order.
 */
class ValueIndexTest {
  static Stream<Class<?>> mappedObjectTypes() {
    return Mapping.objectTypes().stream();
  }

  @Test
  void index_listsEveryCompiledValueType_ofTheFiveValueModules() throws Exception {
    List<String> compiled = new ArrayList<>(CompiledValueTypes.of(Code.class));
    compiled.addAll(CompiledValueTypes.of(MatchResult.class));
    compiled.addAll(CompiledValueTypes.of(SupportGroup.class));
    compiled.addAll(CompiledValueTypes.of(io.github.peersupport.programmes.Programme.class));
    compiled.addAll(CompiledValueTypes.of(Scenario.class));
    List<String> mapped = new ArrayList<>();
    Mapping.objectTypes().forEach(c -> mapped.add(c.getName()));
    Mapping.stringTypes().forEach(c -> mapped.add(c.getName()));

    assertThat(compiled).hasSizeGreaterThan(90);
    assertThat(mapped).containsExactlyInAnyOrderElementsOf(compiled);
  }

  @ParameterizedTest
  @MethodSource("mappedObjectTypes")
  void indexedProperties_areTheAttributesOfTheGeneratedImplementation(Class<?> type) throws Exception {
    Class<?> implementation = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    Set<String> attributes = new TreeSet<>();
    for (Field f : implementation.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) && hasAccessor(type, f.getName())) {
        attributes.add(f.getName()); // not the implementation's own state, such as its initialisation shim
      }
    }

    assertThat(new TreeSet<>(Mapping.propertyNames(type))).as(type.getName()).isEqualTo(attributes);
  }

  private static boolean hasAccessor(Class<?> type, String name) {
    try {
      return !Modifier.isStatic(type.getMethod(name).getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  @Test
  void stringTypes_haveOneStringProperty() {
    assertThat(Mapping.stringTypes()).isNotEmpty().allSatisfy(t -> assertThat(Mapping.propertyNames(t)).hasSize(1));
  }
}
