package io.github.peersupport.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.peersupport.core.ValidationException;
import java.io.IOException;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Reads a top-level document type: at the root of the input the object must have a {@code
 * schemaVersion} property, equal to {@value Documents#SCHEMA_VERSION}; a newer version fails rather
 * than silently dropping the fields this version does not know. Nested values carry no version.
 *
 * <p>JSON objects are unordered and stores such as PostgreSQL {@code jsonb} reorder keys, so the
 * version may come anywhere in the object. When it comes first (as written) the value is read
 * straight from the stream; otherwise the object's other properties are buffered while looking for
 * the version, which is checked before any of them is read into the value.
 */
final class DocumentDeserializer extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  DocumentDeserializer(JsonDeserializer<?> delegate) {
    super(delegate);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    return new DocumentDeserializer(newDelegatee);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.START_OBJECT) || !atRoot(p)) {
      return _delegatee.deserialize(p, ctxt);
    }
    String name = p.nextFieldName();
    if (Documents.SCHEMA_VERSION_PROPERTY.equals(name)) {
      checkVersion(p, ctxt);
      p.nextToken();
      return _delegatee.deserialize(p, ctxt);
    }
    return deserializeReordered(p, ctxt, name);
  }

  /**
   * Reads a root object whose first property is not the version: copies the other properties to a
   * buffer up to the end of the object, checking the version on the way, then reads the value from
   * the buffer. The input parser enforces the reading limits and duplicate detection as it goes. Only
   * the value's own properties are buffered: an unknown one is skipped, not copied, and reported once
   * the version is known to be this one (a newer version's new properties fail as a newer version), so
   * junk before the version costs no memory. A second {@code schemaVersion} (possible only with a host
   * mapper that allows duplicates) fails as an unknown property, as it does after a leading one.
   */
  private Object deserializeReordered(JsonParser p, DeserializationContext ctxt, @Nullable String first)
      throws IOException {
    Collection<Object> known = _delegatee.getKnownPropertyNames();
    TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
    buffer.writeStartObject();
    boolean versioned = false;
    @Nullable String unknown = null;
    for (String name = first; name != null; name = p.nextFieldName()) {
      if (!versioned && Documents.SCHEMA_VERSION_PROPERTY.equals(name)) {
        checkVersion(p, ctxt);
        versioned = true;
      } else if (known != null && !known.contains(name)) {
        if (unknown == null) {
          unknown = name;
        }
        p.nextToken();
        p.skipChildren();
      } else {
        buffer.writeFieldName(name);
        p.nextToken();
        buffer.copyCurrentStructure(p);
      }
    }
    buffer.writeEndObject();
    if (!versioned) {
      throw header(p, "required property of a top-level " + documentName() + " document");
    }
    if (unknown != null) {
      throw UnrecognizedPropertyException.from(p, handledType(), unknown, known);
    }
    try (JsonParser buffered = buffer.asParser(p)) {
      buffered.nextToken();
      return _delegatee.deserialize(buffered, ctxt);
    }
  }

  /** Checks the version; the parser is on its property name and is left on its value. */
  private void checkVersion(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken version = p.nextToken();
    if (version != JsonToken.VALUE_NUMBER_INT) {
      throw header(p, "must be an integer");
    }
    long v = p.getLongValue();
    if (v > Documents.SCHEMA_VERSION) {
      throw header(p, v + " is newer than the supported version " + Documents.SCHEMA_VERSION
          + "; upgrade peer-json rather than drop its fields");
    }
    if (v < 1) {
      throw header(p, v + " is not a wire format version (the first is 1)");
    }
    if (v < Documents.SCHEMA_VERSION) {
      throw header(p, v + " is an earlier wire format version, which this peer-json does not read (it reads "
          + Documents.SCHEMA_VERSION + "; version 1 preceded the first release)");
    }
  }

  /** A broken header rule, as a validation of the document's {@code schemaVersion} property. */
  private static JsonMappingException header(JsonParser p, String rule) {
    ValidationException v = new ValidationException(Documents.SCHEMA_VERSION_PROPERTY, rule);
    return JsonMappingException.from(p, v.getMessage(), v);
  }

  /** The document type's name (values are read through builders, so the handled type is often a builder). */
  private String documentName() {
    Class<?> type = Documents.documentType(handledType());
    return (type != null ? type : handledType()).getSimpleName();
  }

  private static boolean atRoot(JsonParser p) {
    JsonStreamContext parent = p.getParsingContext().getParent();
    return parent != null && parent.inRoot();
  }
}
