package io.github.peersupport.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Writes a top-level document type: at the root of the output, {@code schemaVersion} first and then
 * the value's own properties; nested (inside another value or an array), the value alone.
 */
final class DocumentSerializer extends StdSerializer<Object> implements ResolvableSerializer, ContextualSerializer {
  private static final long serialVersionUID = 1L;

  private final transient JsonSerializer<Object> delegate;
  private transient @Nullable JsonSerializer<Object> unwrapping;

  DocumentSerializer(JsonSerializer<Object> delegate) {
    super(Object.class);
    this.delegate = delegate;
  }

  @Override
  public void resolve(SerializerProvider provider) throws JsonMappingException {
    if (delegate instanceof ResolvableSerializer) {
      ((ResolvableSerializer) delegate).resolve(provider);
    }
    unwrapping = delegate.unwrappingSerializer(NameTransformer.NOP);
  }

  @Override
  public JsonSerializer<?> createContextual(SerializerProvider provider, @Nullable BeanProperty property)
      throws JsonMappingException {
    if (delegate instanceof ContextualSerializer) {
      @SuppressWarnings("unchecked")
      JsonSerializer<Object> contextual =
          (JsonSerializer<Object>) ((ContextualSerializer) delegate).createContextual(provider, property);
      if (contextual != delegate) {
        DocumentSerializer copy = new DocumentSerializer(contextual);
        copy.resolve(provider);
        return copy;
      }
    }
    return this;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    JsonSerializer<Object> inner = unwrapping;
    if (inner == null || !gen.getOutputContext().inRoot()) {
      delegate.serialize(value, gen, provider);
      return;
    }
    gen.writeStartObject(value);
    gen.writeNumberField(Documents.SCHEMA_VERSION_PROPERTY, Documents.SCHEMA_VERSION);
    inner.serialize(value, gen, provider);
    gen.writeEndObject();
  }
}
