package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peersupport.core.testing.Seeds;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON objects are unordered: every golden document with the keys of every object, at every level,
 * sorted, reversed, put in PostgreSQL {@code jsonb} order (by length, then bytes; {@link
 * PostgresJsonbRoundTripTest} checks that a real server orders them so) or shuffled from a seed,
 * reads back equal to the golden value, from text, bytes and a stream; {@code schemaVersion} may
 * then come anywhere in the root object.
 */
class ReorderedKeysPropertyTest {
  private static final int SHUFFLES_PER_SEED = 8;
  /** Numbers stay as written (no double rounding) while keys move. */
  private static final ObjectMapper TREE = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  enum Order {
    SORTED(names -> names.sort(Comparator.naturalOrder())),
    REVERSED(Collections::reverse),
    JSONB(names -> names.sort(Comparator.comparingInt((String n) -> n.getBytes(StandardCharsets.UTF_8).length)
        .thenComparing(n -> new String(n.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))));

    private final java.util.function.Consumer<List<String>> reorder;

    Order(java.util.function.Consumer<List<String>> reorder) {
      this.reorder = reorder;
    }

    /** Returns the names in this order. */
    List<String> apply(List<String> names) {
      List<String> copy = new ArrayList<>(names);
      reorder.accept(copy);
      return copy;
    }
  }

  static Stream<Arguments> typesAndOrders() {
    return PeerJson.documentTypes().stream()
        .flatMap(type -> Stream.of(Order.values()).map(order -> Arguments.of(type, order)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("typesAndOrders")
  void read_goldenWithKeysInAnotherOrderAtEveryLevel_readsEqual(Class<?> type, Order order) throws Exception {
    byte[] golden = Files.readAllBytes(GoldenFilesTest.file(type));
    Object value = PeerJson.read(golden, type);
    JsonNode reordered = reorder(TREE.readTree(golden), order::apply);

    assertReadsEqual(reordered, type, value);
    if (order == Order.REVERSED) {
      assertThat(reordered.fieldNames().next()).as("schemaVersion moved").isNotEqualTo("schemaVersion");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void read_goldenWithKeysShuffledAtEveryLevel_readsEqual(long seed) throws Exception {
    AtomicInteger versionMoved = new AtomicInteger();
    for (Class<?> type : PeerJson.documentTypes()) {
      byte[] golden = Files.readAllBytes(GoldenFilesTest.file(type));
      Object value = PeerJson.read(golden, type);
      JsonNode tree = TREE.readTree(golden);
      Seeds.forEachCase(seed, SHUFFLES_PER_SEED, r -> {
        // shuffled everywhere, or each object sorted, reversed or shuffled at random
        boolean mixed = r.nextBoolean();
        JsonNode reordered = reorder(tree, names -> mixed ? anyOrder(names, r) : shuffle(names, r));
        if (!reordered.fieldNames().next().equals("schemaVersion")) {
          versionMoved.incrementAndGet();
        }
        String compact = reordered.toString();
        assertThat(PeerJson.read(compact, type)).as("%s from %s", type.getSimpleName(), compact).isEqualTo(value);
      });
    }
    // the property is only about reordering if the version often leaves its written place
    assertThat(versionMoved.get()).isGreaterThan(PeerJson.documentTypes().size() * SHUFFLES_PER_SEED / 2);
  }

  /** Reads the document from text, pretty-printed bytes and a stream; each equals the value. */
  private static void assertReadsEqual(JsonNode reordered, Class<?> type, Object value) throws Exception {
    String compact = TREE.writeValueAsString(reordered);
    String pretty = TREE.writerWithDefaultPrettyPrinter().writeValueAsString(reordered);
    assertThat(PeerJson.read(compact, type)).as("%s from %s", type.getSimpleName(), compact).isEqualTo(value);
    assertThat(PeerJson.read(pretty.getBytes(StandardCharsets.UTF_8), type)).isEqualTo(value);
    assertThat(PeerJson.read(new ByteArrayInputStream(compact.getBytes(StandardCharsets.UTF_8)), type))
        .isEqualTo(value);
    // read back, the value writes the same JSON document (map entries keep the order they were read in)
    assertThat(TREE.readTree(PeerJson.write(PeerJson.read(compact, type))))
        .isEqualTo(TREE.readTree(PeerJson.write(value)));
  }

  /** Copies a tree, the keys of every object in the order the function gives; arrays keep theirs. */
  static JsonNode reorder(JsonNode node, Function<List<String>, List<String>> order) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      ObjectNode copy = TREE.createObjectNode();
      for (String name : order.apply(names)) {
        copy.set(name, reorder(node.get(name), order));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = TREE.createArrayNode();
      node.forEach(element -> copy.add(reorder(element, order)));
      return copy;
    }
    return node;
  }

  private static List<String> shuffle(List<String> names, SplittableRandom r) {
    List<String> copy = new ArrayList<>(names);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, r.nextInt(i + 1));
    }
    return copy;
  }

  private static List<String> anyOrder(List<String> names, SplittableRandom r) {
    int pick = r.nextInt(Order.values().length + 1);
    if (pick == Order.values().length) {
      return shuffle(names, r);
    }
    return Order.values()[pick].apply(names);
  }

  /** Returns the keys of every object of a tree, object by object in document order. */
  static List<List<String>> keyOrder(JsonNode node) {
    List<List<String>> out = new ArrayList<>();
    collectKeys(node, out);
    return out;
  }

  private static void collectKeys(JsonNode node, List<List<String>> out) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      out.add(names);
    }
    node.forEach(child -> collectKeys(child, out));
  }
}
