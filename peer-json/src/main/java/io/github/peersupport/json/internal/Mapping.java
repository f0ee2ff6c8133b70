package io.github.peersupport.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module.SetupContext;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.github.peersupport.core.PersonId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Installs the mapping into a Jackson mapper; called by {@code PeerSupportModule}. */
public final class Mapping {
  private static final String ROOT_PACKAGE = "io.github.peersupport.";

  private Mapping() {}

  /**
   * Returns the value types written as JSON objects, in a fixed order: peer-core's, peer-matching's,
   * peer-groups', peer-programmes', then peer-sim's when present, each module's sorted by class name.
   *
   * @return the types
   */
  public static List<Class<?>> objectTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (ValueType v : ValueIndex.LIBRARY.types()) {
      if (v.string() == null) {
        types.add(v.type());
      }
    }
    return types;
  }

  /**
   * Returns the value types written as a plain JSON string.
   *
   * @return the types, in the same fixed order
   */
  public static List<Class<?>> stringTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (StringValue<?> v : strings()) {
      types.add(v.type());
    }
    return types;
  }

  /**
   * Returns the property names of a value type, in wire order.
   *
   * @param type a type of {@link #objectTypes()} or {@link #stringTypes()}
   * @return its property names
   * @throws IllegalArgumentException if the type is not a mapped value type
   */
  public static List<String> propertyNames(Class<?> type) {
    for (ValueType v : ValueIndex.LIBRARY.types()) {
      if (v.type() == type) {
        return List.copyOf(v.properties().keySet());
      }
    }
    throw new IllegalArgumentException("type: not a mapped value type: " + type.getName());
  }

  private static List<StringValue<?>> strings() {
    List<StringValue<?>> strings = new ArrayList<>();
    for (ValueType v : ValueIndex.LIBRARY.types()) {
      if (v.string() != null) {
        strings.add(v.string());
      }
    }
    return strings;
  }

  /**
   * Sets up a mapper: the value types of the value index, string-valued types, person ids, the document envelope, and
   * rejection of unknown properties of the library's types whatever the mapper's own setting.
   *
   * @param context the module's setup context
   */
  public static void setUp(SetupContext context) {
    context.insertAnnotationIntrospector(new ValueIntrospector(ValueIndex.LIBRARY));
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleSerializers keySerializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();
    for (StringValue<?> v : strings()) {
      add(v, serializers, keySerializers, deserializers, keyDeserializers);
    }
    deserializers.addDeserializer(PersonId.class, new PersonIdSerde.Deserializer());
    serializers.addSerializer(PersonId.class, new PersonIdSerializer());
    context.addSerializers(serializers);
    context.addKeySerializers(keySerializers);
    context.addDeserializers(deserializers);
    context.addKeyDeserializers(keyDeserializers);
    context.addBeanSerializerModifier(new BeanSerializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      @SuppressWarnings("unchecked")
      public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription beanDesc,
          JsonSerializer<?> serializer) {
        if (Documents.documentType(beanDesc.getBeanClass()) == null) {
          return serializer;
        }
        return new DocumentSerializer((JsonSerializer<Object>) serializer);
      }
    });
    context.addBeanDeserializerModifier(new BeanDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
          JsonDeserializer<?> deserializer) {
        if (Documents.documentType(beanDesc.getBeanClass()) == null) {
          return deserializer;
        }
        return new DocumentDeserializer(deserializer);
      }
    });
    context.addDeserializationProblemHandler(new DeserializationProblemHandler() {
      @Override
      public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
          @Nullable Object beanOrClass, String propertyName) throws IOException {
        Class<?> type = beanOrClass instanceof Class ? (Class<?>) beanOrClass
            : beanOrClass == null ? Object.class : beanOrClass.getClass();
        if (type.getName().startsWith(ROOT_PACKAGE)) {
          // nothing silent: the library's types never drop an unknown property, whatever the mapper says
          Collection<Object> known = deserializer.getKnownPropertyNames();
          throw UnrecognizedPropertyException.from(p, beanOrClass == null ? type : beanOrClass, propertyName, known);
        }
        return false;
      }
    });
  }

  private static <T> void add(StringValue<T> v, SimpleSerializers serializers, SimpleSerializers keySerializers,
      SimpleDeserializers deserializers, SimpleKeyDeserializers keyDeserializers) {
    serializers.addSerializer(v.type(), new StringValueSerde.Serializer<>(v));
    keySerializers.addSerializer(v.type(), new StringValueSerde.KeySerializer<>(v));
    deserializers.addDeserializer(v.type(), new StringValueSerde.Deserializer<>(v));
    keyDeserializers.addDeserializer(v.type(), new StringValueSerde.KeyReader<>(v));
  }
}
