package io.github.peersupport.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import io.github.peersupport.core.ValidationException;
import java.io.IOException;

/**
 * Reads a top-level document type: at the root of the input the first property must be {@code
 * schemaVersion}, equal to {@value Documents#SCHEMA_VERSION}; a newer version fails rather than
 * silently dropping the fields this version does not know. Nested values carry no version.
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
    if (p.hasToken(JsonToken.START_OBJECT) && atRoot(p)) {
      String name = p.nextFieldName();
      if (!Documents.SCHEMA_VERSION_PROPERTY.equals(name)) {
        throw header(p, "required as the first property of a top-level " + documentName() + " document");
      }
      JsonToken version = p.nextToken();
      if (version != JsonToken.VALUE_NUMBER_INT) {
        throw header(p, "must be an integer");
      }
      long v = p.getLongValue();
      if (v > Documents.SCHEMA_VERSION) {
        throw header(p, v + " is newer than the supported version " + Documents.SCHEMA_VERSION
            + "; upgrade peer-json rather than drop its fields");
      }
      if (v < Documents.SCHEMA_VERSION) {
        throw header(p, v + " is not a wire format version (the first is " + Documents.SCHEMA_VERSION + ")");
      }
      p.nextToken();
    }
    return _delegatee.deserialize(p, ctxt);
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
