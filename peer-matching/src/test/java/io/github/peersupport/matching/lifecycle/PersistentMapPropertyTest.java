package io.github.peersupport.matching.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.testing.Seeds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link PersistentMap} against {@link TreeMap} on random puts and removes; older versions stay as they were. */
class PersistentMapPropertyTest {
  private static List<Map.Entry<Integer, Integer>> entries(PersistentMap<Integer, Integer> map) {
    List<Map.Entry<Integer, Integer>> out = new ArrayList<>();
    map.forEach((k, v) -> out.add(Map.entry(k, v)));
    return out;
  }

  /** The entries as they are now (a TreeMap's entries change when it does). */
  private static List<Map.Entry<Integer, Integer>> snapshot(TreeMap<Integer, Integer> map) {
    List<Map.Entry<Integer, Integer>> out = new ArrayList<>();
    map.forEach((k, v) -> out.add(Map.entry(k, v)));
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void putAndRemove_randomOperations_matchTreeMapAndKeepOldVersions(long seed) {
    Seeds.forEachCase(seed, 40, r -> {
      int keys = r.nextInt(1, 400);
      PersistentMap<Integer, Integer> map = PersistentMap.empty(Comparator.naturalOrder());
      TreeMap<Integer, Integer> reference = new TreeMap<>();
      Map<PersistentMap<Integer, Integer>, List<Map.Entry<Integer, Integer>>> versions = new LinkedHashMap<>();
      for (int i = 0; i < 600; i++) {
        int key = r.nextInt(keys);
        if (r.nextInt(3) == 0) {
          map = map.remove(key);
          reference.remove(key);
        } else {
          int value = r.nextInt(5);
          map = map.put(key, value);
          reference.put(key, value);
        }
        assertThat(map.size()).isEqualTo(reference.size());
        assertThat(map.get(key)).isEqualTo(reference.get(key));
        if (i % 50 == 0) {
          versions.put(map, snapshot(reference));
        }
      }
      assertThat(entries(map)).isEqualTo(snapshot(reference));
      for (int k = -1; k <= keys; k++) {
        assertThat(map.get(k)).isEqualTo(reference.get(k));
      }
      versions.forEach((old, content) -> assertThat(entries(old)).as("an older version").isEqualTo(content));
      PersistentMap<Integer, Integer> built = PersistentMap.ofSorted(Comparator.naturalOrder(),
          new ArrayList<>(reference.keySet()), new ArrayList<>(reference.values()));
      assertThat(entries(built)).isEqualTo(entries(map));
      assertThat(built.size()).isEqualTo(reference.size());
    });
  }
}
