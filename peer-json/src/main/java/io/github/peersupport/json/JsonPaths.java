package io.github.peersupport.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Values set at paths of a JSON tree: a path is dotted ({@code cohort.supporters}) or a JSON pointer
 * ({@code /cohort/supporters}, RFC 6901); each segment is a property name or an array index of letters,
 * digits, {@code _} and {@code -} (and dots in a pointer, for map keys such as {@code
 * /cohort/conditionMix/breast-cancer.metastatic}). Missing objects on the way are created; numbers keep their written
 * digits (no binary floating point in between), so the result reads the same on every JDK.
 */
final class JsonPaths {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-]{1,100}");
  /** A pointer's segments may hold dots too: map keys such as {@code breast-cancer.metastatic}. */
  private static final Pattern POINTER_SEGMENT = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
  private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");
  /** Reads trees with numbers as written: decimals kept exactly, never through a {@code double}. */
  static final ObjectReader TREES = PeerJson.MAPPER.reader()
      .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private JsonPaths() {}

  /**
   * Splits a path into its segments, or returns an empty list if it is not a valid path.
   *
   * @param path a dotted path or a JSON pointer
   * @return the segments, at most {@link PeerJson#MAX_NESTING_DEPTH}; empty if the path is invalid
   */
  static List<String> segments(String path) {
    String body = path.startsWith("/") ? path.substring(1) : path;
    String separator = path.startsWith("/") ? "/" : ".";
    if (body.isEmpty() || body.length() > 1_000) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : body.split(Pattern.quote(separator), -1)) {
      if (!(path.startsWith("/") ? POINTER_SEGMENT : SEGMENT).matcher(s).matches() || out.size() == PeerJson.MAX_NESTING_DEPTH) {
        return List.of();
      }
      out.add(s);
    }
    return out;
  }

  /** The JSON pointer of segments (which need no escaping: they hold neither {@code ~} nor {@code /}). */
  static String pointer(List<String> segments) {
    return "/" + String.join("/", segments);
  }

  /** Reads a JSON text into a tree with exact numbers; a failure is reported at {@code at}. */
  static JsonNode tree(byte[] json, String at) {
    try {
      JsonNode node = TREES.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new PeerJsonException(at, "must be a JSON value but is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      PeerJsonException t = PeerJson.translate(e);
      throw new PeerJsonException(at + t.pointer(), t.rule());
    } catch (java.io.CharConversionException e) {
      throw new PeerJsonException(at, "malformed JSON: not valid UTF-8, UTF-16 or UTF-32");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Sets values at paths of a document.
   *
   * @param document the document's root, an object
   * @param values path to JSON text of the value
   * @return the document's bytes with the values set
   */
  static byte[] set(JsonNode document, Map<String, String> values) {
    if (!document.isObject()) {
      throw new PeerJsonException("", "must be a JSON object");
    }
    ObjectNode root = ((ObjectNode) document).deepCopy();
    for (Map.Entry<String, String> e : values.entrySet()) {
      List<String> segments = segments(e.getKey());
      if (segments.isEmpty()) {
        throw new PeerJsonException("", "not a dotted path or JSON pointer of names and indexes: " + printable(e.getKey()));
      }
      JsonNode value = tree(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8), pointer(segments));
      set(root, segments, value);
    }
    try {
      return PeerJson.MAPPER.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("document: cannot be written: " + e.getOriginalMessage(), e);
    }
  }

  private static void set(ObjectNode root, List<String> segments, JsonNode value) {
    JsonNode at = root;
    for (int i = 0; i < segments.size(); i++) {
      String s = segments.get(i);
      boolean last = i == segments.size() - 1;
      String here = pointer(segments.subList(0, i + 1));
      if (at instanceof ObjectNode) {
        ObjectNode object = (ObjectNode) at;
        if (last) {
          object.set(s, value);
          return;
        }
        JsonNode child = object.get(s);
        if (child == null || child.isNull()) {
          child = object.putObject(s);
        }
        at = child;
      } else if (at instanceof ArrayNode) {
        ArrayNode array = (ArrayNode) at;
        if (!INDEX.matcher(s).matches() || Integer.parseInt(s) >= array.size()) {
          throw new PeerJsonException(here, "must be an index of the array (0 to " + (array.size() - 1) + ")");
        }
        int index = Integer.parseInt(s);
        if (last) {
          array.set(index, value);
          return;
        }
        at = array.get(index);
      } else {
        throw new PeerJsonException(pointer(segments.subList(0, i)), "cannot hold " + here + ": not an object or array");
      }
    }
  }

  /** A path for a message: printable ASCII only, at most 100 characters (it is a path, never a value). */
  static String printable(String s) {
    String cut = s.length() > 100 ? s.substring(0, 100) + "…" : s;
    return cut.replaceAll("[^ -~…]", "?");
  }
}
