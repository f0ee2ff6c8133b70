package io.github.peersupport.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A sweep grid document: a scenario document (embedded, or the path of a file), parameters as paths
 * into it with lists of values, and optionally a reference arm. Read by the batch command ({@code
 * bin/peer-sim sweep grid.json}); each grid point is read with {@link PeerJson#readWith}.
 *
 * <pre>{@code
 * {
 *   "gridVersion": 1,
 *   "scenario": "scenario.json",
 *   "parameters": [
 *     {"path": "cohort.supporters", "values": [234, 304]},
 *     {"path": "lifecycle.offerWindow", "values": ["PT72H", "PT48H"]}
 *   ],
 *   "reference": {"cohort.supporters": 234, "lifecycle.offerWindow": "PT72H"}
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code gridVersion} (required): {@value #VERSION}, the version of this format (not the wire
 *       format's {@code schemaVersion}).
 *   <li>{@code scenario} (required): a scenario document as an object, or a string naming its file
 *       (relative paths are resolved by the reader of the grid against the grid file's folder).
 *   <li>{@code parameters} (required, may be empty): each a {@code path} (dotted or JSON pointer, see
 *       {@link PeerJson#readWith}) and its {@code values} (any JSON values but null, distinct, and
 *       distinct as tables show them: {@code "5"} and {@code 5} are not both allowed). The grid
 *       is their product, the first parameter outermost (its value changes slowest), as {@code
 *       Sweep.vary} builds it.
 *   <li>{@code reference} (optional): one grid point, each parameter's path to one of its values, the
 *       arm the others are compared with.
 * </ul>
 *
 * <p>Grid documents are untrusted input: reading is as strict and limited as {@link PeerJson#read}, any
 * other property fails, and a grid has at most {@value #MAX_PARAMETERS} parameters, {@value #MAX_VALUES}
 * values per parameter and {@value #MAX_POINTS} points. Failures are {@link PeerJsonException}s naming the
 * pointer and the rule. Instances are immutable.
 */
public final class GridDocument {
  /** The version of the grid format this class reads ({@code "gridVersion": 1}). */
  public static final int VERSION = 1;
  /** Most parameters a grid may vary. */
  public static final int MAX_PARAMETERS = 32;
  /** Most values a parameter may take. */
  public static final int MAX_VALUES = 10_000;
  /** Most points (the product of the parameters' value counts) a grid may have. */
  public static final int MAX_POINTS = 100_000;

  private static final Set<String> KEYS = Set.of("gridVersion", "scenario", "parameters", "reference");
  private static final Set<String> PARAMETER_KEYS = Set.of("path", "values");

  private final Optional<String> scenarioFile;
  private final Optional<String> scenario;
  private final List<String> parameters;
  private final List<List<String>> values;
  private final List<List<String>> labels;
  private final OptionalInt reference;

  private GridDocument(Optional<String> scenarioFile, Optional<String> scenario, List<String> parameters,
      List<List<String>> values, List<List<String>> labels, OptionalInt reference) {
    this.scenarioFile = scenarioFile;
    this.scenario = scenario;
    this.parameters = List.copyOf(parameters);
    List<List<String>> v = new ArrayList<>();
    values.forEach(l -> v.add(List.copyOf(l)));
    this.values = List.copyOf(v);
    List<List<String>> l = new ArrayList<>();
    labels.forEach(x -> l.add(List.copyOf(x)));
    this.labels = List.copyOf(l);
    this.reference = reference;
  }

  /**
   * Reads a grid document.
   *
   * @param json the document's UTF-8 (or UTF-16/32) bytes
   * @return the grid
   * @throws PeerJsonException naming the pointer and the rule if the document is not a valid grid
   */
  public static GridDocument read(byte[] json) {
    Objects.requireNonNull(json, "json");
    JsonNode root = JsonPaths.tree(json, "");
    if (!root.isObject()) {
      throw new PeerJsonException("", "must be a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw new PeerJsonException("/" + JsonPaths.printable(name), "unknown property (expected one of gridVersion, "
            + "scenario, parameters, reference)");
      }
    }
    JsonNode version = root.get("gridVersion");
    if (version == null || !version.isIntegralNumber()) {
      throw new PeerJsonException("/gridVersion", "missing or not an integer; this reader reads version " + VERSION);
    }
    if (!version.canConvertToInt() || version.intValue() != VERSION) {
      throw new PeerJsonException("/gridVersion", "unsupported version; this reader reads version " + VERSION);
    }
    JsonNode s = root.get("scenario");
    Optional<String> file = Optional.empty();
    Optional<String> embedded = Optional.empty();
    if (s != null && s.isTextual() && !s.textValue().isBlank()) {
      file = Optional.of(s.textValue());
    } else if (s != null && s.isObject()) {
      embedded = Optional.of(text(s));
    } else {
      throw new PeerJsonException("/scenario", "must be a scenario document (an object) or the path of its file (a string)");
    }
    JsonNode ps = root.get("parameters");
    if (ps == null || !ps.isArray()) {
      throw new PeerJsonException("/parameters", "must be an array of {\"path\", \"values\"}");
    }
    if (ps.size() > MAX_PARAMETERS) {
      throw new PeerJsonException("/parameters", "must hold at most " + MAX_PARAMETERS + " parameters but holds " + ps.size());
    }
    List<String> paths = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    List<List<String>> labels = new ArrayList<>();
    long points = 1;
    for (int i = 0; i < ps.size(); i++) {
      String at = "/parameters/" + i;
      JsonNode p = ps.get(i);
      if (!p.isObject()) {
        throw new PeerJsonException(at, "must be an object {\"path\", \"values\"}");
      }
      for (Iterator<String> names = p.fieldNames(); names.hasNext();) {
        String name = names.next();
        if (!PARAMETER_KEYS.contains(name)) {
          throw new PeerJsonException(at + "/" + JsonPaths.printable(name), "unknown property (expected path, values)");
        }
      }
      JsonNode path = p.get("path");
      if (path == null || !path.isTextual() || JsonPaths.segments(path.textValue()).isEmpty()) {
        throw new PeerJsonException(at + "/path", "must be a dotted path (cohort.supporters) or a JSON pointer "
            + "(/cohort/supporters) of names and indexes");
      }
      String canonical = JsonPaths.pointer(JsonPaths.segments(path.textValue()));
      for (int j = 0; j < paths.size(); j++) {
        if (JsonPaths.pointer(JsonPaths.segments(paths.get(j))).equals(canonical)) {
          throw new PeerJsonException(at + "/path", "repeats the path of /parameters/" + j);
        }
      }
      JsonNode vs = p.get("values");
      if (vs == null || !vs.isArray() || vs.isEmpty()) {
        throw new PeerJsonException(at + "/values", "must be a non-empty array of values");
      }
      if (vs.size() > MAX_VALUES) {
        throw new PeerJsonException(at + "/values", "must hold at most " + MAX_VALUES + " values but holds " + vs.size());
      }
      List<String> texts = new ArrayList<>();
      List<String> shown = new ArrayList<>();
      for (int j = 0; j < vs.size(); j++) {
        JsonNode v = vs.get(j);
        if (v.isNull()) {
          throw new PeerJsonException(at + "/values/" + j, "must not be null");
        }
        String t = text(v);
        if (texts.contains(t)) {
          throw new PeerJsonException(at + "/values/" + j, "repeats value " + texts.indexOf(t));
        }
        String label = v.isTextual() ? v.textValue() : t;
        if (shown.contains(label)) {
          throw new PeerJsonException(at + "/values/" + j, "shows as value " + shown.indexOf(label) + " does in tables ("
              + "a string and a number of the same digits)");
        }
        texts.add(t);
        shown.add(label);
      }
      points *= texts.size();
      if (points > MAX_POINTS) {
        throw new PeerJsonException("/parameters", "the grid must have at most " + MAX_POINTS + " points");
      }
      paths.add(path.textValue());
      values.add(texts);
      labels.add(shown);
    }
    return new GridDocument(file, embedded, paths, values, labels, reference(root.get("reference"), paths, values));
  }

  private static OptionalInt reference(JsonNode r, List<String> paths, List<List<String>> values) {
    if (r == null) {
      return OptionalInt.empty();
    }
    if (!r.isObject() || r.size() != paths.size()) {
      throw new PeerJsonException("/reference", "must be an object giving each parameter's path one of its values");
    }
    int index = 0;
    for (int i = 0; i < paths.size(); i++) {
      JsonNode v = r.get(paths.get(i));
      if (v == null) {
        throw new PeerJsonException("/reference", "must give a value for every parameter's path, as written in parameters");
      }
      int j = values.get(i).indexOf(text(v));
      if (j < 0) {
        throw new PeerJsonException("/reference/" + JsonPaths.printable(paths.get(i)).replace("~", "~0").replace("/", "~1"),
            "must be one of the parameter's values");
      }
      index = index * values.get(i).size() + j;
    }
    return OptionalInt.of(index);
  }

  private static String text(JsonNode node) {
    try {
      return PeerJson.MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("value: cannot be written: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Returns the path of the scenario's file as written ({@code "scenario": "scenario.json"}), if the
   * scenario is not embedded.
   *
   * @return the path
   */
  public Optional<String> scenarioFile() {
    return scenarioFile;
  }

  /**
   * Returns the embedded scenario document as compact JSON, if the scenario is not a file.
   *
   * @return the JSON text
   */
  public Optional<String> scenario() {
    return scenario;
  }

  /**
   * Returns the parameters' paths, as written, in order.
   *
   * @return the paths
   */
  public List<String> parameters() {
    return parameters;
  }

  /**
   * Returns each parameter's values as compact JSON texts ({@code 234}, {@code "PT48H"}).
   *
   * @return one list per parameter
   */
  public List<List<String>> values() {
    return values;
  }

  /**
   * Returns each parameter's values as shown in tables: a string without its quotes, other values as JSON.
   *
   * @return one list per parameter
   */
  public List<List<String>> labels() {
    return labels;
  }

  /**
   * Returns the grid points, first parameter outermost: each maps every path to the JSON text of its
   * value, ready for {@link PeerJson#readWith}.
   *
   * @return the points, one if there are no parameters
   */
  public List<Map<String, String>> points() {
    return product(values);
  }

  /**
   * Returns the grid points as shown in tables ({@link #labels()}), in the order of {@link #points()}.
   *
   * @return the points' labels
   */
  public List<Map<String, String>> pointLabels() {
    return product(labels);
  }

  /**
   * Returns the index in {@link #points()} of the reference arm, if the document names one.
   *
   * @return the index
   */
  public OptionalInt reference() {
    return reference;
  }

  private List<Map<String, String>> product(List<List<String>> byParameter) {
    List<Map<String, String>> out = new ArrayList<>();
    out.add(Map.of());
    for (int i = 0; i < parameters.size(); i++) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> point : out) {
        for (String v : byParameter.get(i)) {
          Map<String, String> p = new LinkedHashMap<>(point);
          p.put(parameters.get(i), v);
          next.add(Collections.unmodifiableMap(p));
        }
      }
      out = next;
    }
    return List.copyOf(out);
  }

  /** Returns e.g. {@code GridDocument[scenario.json, parameters [cohort.supporters], 2 points]}. */
  @Override
  public String toString() {
    return "GridDocument[" + scenarioFile.orElse("embedded scenario") + ", parameters " + parameters + ", "
        + points().size() + " points" + (reference.isPresent() ? ", reference " + reference.getAsInt() : "") + "]";
  }
}
