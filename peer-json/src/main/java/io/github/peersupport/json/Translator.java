package io.github.peersupport.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.peersupport.core.MissingFieldException;
import io.github.peersupport.core.ValidationException;
import io.github.peersupport.json.internal.ScalarValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Translates Jackson's exceptions into {@link PeerJsonException} and {@link PeerJsonSetupException}. */
final class Translator {
  private static final int MAX_SEGMENT = 64;

  private Translator() {}

  /** See {@link PeerJson#translate(JsonProcessingException)}. */
  static PeerJsonException translate(JsonProcessingException e) {
    Objects.requireNonNull(e, "e");
    if (e instanceof InvalidDefinitionException) {
      throw setup((InvalidDefinitionException) e);
    }
    String pointer;
    String rule;
    if (e instanceof JsonMappingException) {
      JsonMappingException m = (JsonMappingException) e;
      pointer = pointer(m.getPath());
      ValidationException v = validation(m);
      if (v != null) {
        return fromValidation(pointer, v, e);
      }
      rule = mappingRule(m);
    } else if (e instanceof StreamConstraintsException) {
      pointer = "";
      rule = "document over a reading limit: " + e.getOriginalMessage();
    } else {
      pointer = e instanceof StreamReadException && ((StreamReadException) e).getProcessor() != null
          ? contextPointer(((StreamReadException) e).getProcessor().getParsingContext())
          : "";
      JsonLocation at = e.getLocation();
      rule = at == null ? "malformed JSON" : "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
    return new PeerJsonException(pointer, rule, e);
  }

  static PeerJsonSetupException setup(InvalidDefinitionException e) {
    JavaType type = e.getType();
    String name = type == null ? "a type" : type.getRawClass().getName();
    return new PeerJsonSetupException("mapping: cannot map " + name + " (a setup fault, not bad input): "
        + e.getOriginalMessage(), e);
  }

  /** The library's check in the cause chain, if a check failed. */
  private static @Nullable ValidationException validation(JsonMappingException e) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof ValidationException) {
        return (ValidationException) c;
      }
    }
    return null;
  }

  private static PeerJsonException fromValidation(String pointer, ValidationException v, JsonProcessingException e) {
    if (v instanceof MissingFieldException) {
      List<String> names = ((MissingFieldException) v).fields();
      if (names.size() == 1) {
        return new PeerJsonException(pointer + "/" + segment(names.get(0)), "required property missing", e);
      }
      return new PeerJsonException(pointer, "required properties missing: " + String.join(", ", names), e);
    }
    boolean ownProperty = e instanceof ValueInstantiationException
        || (pointer.isEmpty() && !(e instanceof ScalarValueException));
    if (!ownProperty) {
      // a scalar's factory names its own kind of value; the pointer already points at it
      return new PeerJsonException(pointer, v.problem(), e);
    }
    // a builder's, factory's or header's check names the value's own property: point at it
    String relative = fieldPointer(v.field());
    return relative == null
        ? new PeerJsonException(pointer, v.getMessage(), e)
        : new PeerJsonException(pointer + relative, v.problem(), e);
  }

  /**
   * The JSON pointer of a field path such as {@code windows[2].start} ({@code /windows/2/start}), or
   * null if the field is not a path of property names and indices.
   */
  private static @Nullable String fieldPointer(String field) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    int n = field.length();
    while (i < n) {
      int start = i;
      while (i < n && Character.isLetterOrDigit(field.charAt(i))) {
        i++;
      }
      if (i == start || !Character.isLowerCase(field.charAt(start))) {
        return null;
      }
      b.append('/').append(field, start, i);
      while (i < n && field.charAt(i) == '[') {
        int digits = ++i;
        while (i < n && field.charAt(i) >= '0' && field.charAt(i) <= '9') {
          i++;
        }
        if (i == digits || i == n || field.charAt(i) != ']') {
          return null;
        }
        b.append('/').append(field, digits, i);
        i++;
      }
      if (i < n) {
        if (field.charAt(i) != '.' || i == n - 1) {
          return null;
        }
        i++;
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  private static String mappingRule(JsonMappingException e) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof StreamConstraintsException) {
        return "document over a reading limit: " + ((StreamConstraintsException) c).getOriginalMessage();
      }
    }
    if (e instanceof UnrecognizedPropertyException) {
      return "unknown property";
    }
    if (e instanceof InvalidNullException) {
      return "must not be null";
    }
    if (e instanceof InvalidFormatException) {
      Class<?> target = ((InvalidFormatException) e).getTargetType();
      if (target != null && target.isEnum()) {
        return "must be one of " + Arrays.toString(target.getEnumConstants());
      }
      return "must be " + describe(target);
    }
    if (e instanceof MismatchedInputException) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      if (target != null && target.isEnum()) {
        return "must be one of " + Arrays.toString(target.getEnumConstants());
      }
      return "wrong type: must be " + describe(target);
    }
    return "invalid value";
  }

  private static String describe(Class<?> target) {
    if (target == null) {
      return "another JSON type";
    }
    if (target.isPrimitive() || Number.class.isAssignableFrom(target)) {
      return target == double.class || target == float.class || target == Double.class
          || target == java.math.BigDecimal.class ? "a number" : "an integer";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true or false";
    }
    if (target == String.class) {
      return "a string";
    }
    if (Iterable.class.isAssignableFrom(target) || target.isArray()) {
      return "an array";
    }
    if (target.getName().startsWith("java.time.")) {
      return "an ISO-8601 " + target.getSimpleName();
    }
    Class<?> named = target.getSimpleName().equals("Builder") && target.getEnclosingClass() != null
        ? target.getEnclosingClass() : target;
    return "a " + named.getSimpleName() + " object";
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        b.append('/').append(segment(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        b.append('/').append(r.getIndex());
      }
    }
    return b.toString();
  }

  private static String contextPointer(JsonStreamContext context) {
    List<String> segments = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        segments.add(0, segment(c.getCurrentName()));
      } else if (c.inArray()) {
        segments.add(0, Integer.toString(Math.max(0, c.getCurrentIndex())));
      }
    }
    return segments.isEmpty() ? "" : "/" + String.join("/", segments);
  }

  /**
   * Escapes a property name as a JSON pointer segment ({@code ~0}, {@code ~1}); characters outside
   * printable ASCII become {@code \\uXXXX} and long names are cut, so a message stays one short line.
   */
  private static String segment(String name) {
    StringBuilder b = new StringBuilder();
    int max = Math.min(name.length(), MAX_SEGMENT);
    for (int i = 0; i < max; i++) {
      char c = name.charAt(i);
      if (c == '~') {
        b.append("~0");
      } else if (c == '/') {
        b.append("~1");
      } else if (c < ' ' || c > '~') {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (name.length() > MAX_SEGMENT) {
      b.append("...");
    }
    return b.toString();
  }

}
