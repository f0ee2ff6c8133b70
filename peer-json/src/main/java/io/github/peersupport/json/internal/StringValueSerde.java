package io.github.peersupport.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.peersupport.core.ValidationException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;

/** Serializers for {@link StringValue} types: the text as a JSON string, read through the factory. */
final class StringValueSerde {
  private StringValueSerde() {}

  /**
   * Writes the value's text.
   *
   * @param <T> the value type
   */
  static final class Serializer<T> extends StdScalarSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient StringValue<T> value;

    Serializer(StringValue<T> value) {
      super(value.type());
      this.value = value;
    }

    @Override
    public void serialize(T v, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.text().apply(v));
    }
  }

  /**
   * Writes the value's text as a map key.
   *
   * @param <T> the value type
   */
  static final class KeySerializer<T> extends StdScalarSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient StringValue<T> value;

    KeySerializer(StringValue<T> value) {
      super(value.type());
      this.value = value;
    }

    @Override
    public void serialize(T v, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeFieldName(value.text().apply(v));
    }
  }

  /**
   * Reads a JSON string through the factory; other tokens are a type mismatch.
   *
   * @param <T> the value type
   */
  static final class Deserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient StringValue<T> value;

    Deserializer(StringValue<T> value) {
      super(value.type());
      this.value = value;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        @SuppressWarnings("unchecked")
        T never = (T) ctxt.handleUnexpectedToken(value.type(), p);
        return never;
      }
      return create(p, value, p.getText());
    }
  }

  /**
   * Reads a map key through the factory.
   *
   * @param <T> the value type
   */
  static final class KeyReader<T> extends KeyDeserializer {
    private final StringValue<T> value;

    KeyReader(StringValue<T> value) {
      this.value = value;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      return create(ctxt.getParser(), value, key);
    }
  }

  static <T> T create(JsonParser p, StringValue<T> value, String text) throws JsonMappingException {
    try {
      return value.factory().apply(text);
    } catch (ValidationException e) {
      // the factory names the rule, never the text
      throw new ScalarValueException(p, e);
    }
  }
}
