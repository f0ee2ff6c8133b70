package io.github.peersupport.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;
import io.github.peersupport.core.PersonId;
import java.lang.reflect.Method;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tells Jackson how to map the value types of the {@link ValueIndex}, answering the questions that
 * annotations would answer; the library's value modules carry no Jackson annotation. For a value type
 * {@code X} (and its generated implementation, which extends it):
 * <ul>
 *   <li>it is written as the public type {@code X}, never as the package-private implementation;
 *   <li>its properties are the index's, named after the accessors, in the index's order (the accessors'
 *       declaration order), whatever the mapper's {@code SORT_PROPERTIES_ALPHABETICALLY}; nothing else is
 *       detected (no getters, setters, fields or creators by naming convention);
 *   <li>every property is written whatever the mapper's default inclusion, except that an absent
 *       {@code Optional} is omitted;
 *   <li>a property whose type mentions {@code java.time} is written in its ISO-8601 string form, whatever
 *       the mapper's {@code WRITE_DATES_AS_TIMESTAMPS} and {@code WRITE_DURATIONS_AS_TIMESTAMPS};
 *   <li>a property declared {@link PersonId} (or an {@code Optional}, list or set of them) is written
 *       {@code kind:id} by {@link PersonIdSerializer}, not by the serializer of the id's run-time class;
 *   <li>it is read through its builder ({@link ValueType#builder()}): setters without prefix, one setter
 *       overload per property, then {@code build()}, so JSON input gets the validation Java input gets.
 * </ul>
 * Jackson asks once per type and mapper, while it builds its serializers and deserializers; reading and
 * writing a document asks nothing of this class.
 */
final class ValueIntrospector extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;
  private static final String PERSON_ID = PersonId.class.getTypeName();
  private static final JsonInclude.Value ALWAYS =
      JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);
  private static final JsonInclude.Value NON_ABSENT =
      JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS);
  private static final JsonFormat.Value ISO_STRING = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);
  private static final JsonPOJOBuilder.Value BUILDER = new JsonPOJOBuilder.Value("build", "");

  private final transient ValueIndex index;
  private final transient PersonIdSerializer personIds = new PersonIdSerializer();

  /**
   * Creates the introspector of an index.
   *
   * @param index the value types
   */
  ValueIntrospector(ValueIndex index) {
    this.index = index;
  }

  // ---- which members are properties, and their names

  @Override
  public VisibilityChecker<?> findAutoDetectVisibility(AnnotatedClass ac, VisibilityChecker<?> checker) {
    if (index.valueOf(ac.getRawType()) != null || index.builtBy(ac.getRawType()) != null) {
      return checker.with(JsonAutoDetect.Visibility.NONE);
    }
    return checker;
  }

  @Override
  public @Nullable PropertyName findNameForSerialization(Annotated a) {
    ValueType.Property p = accessor(a);
    return p == null ? null : PropertyName.construct(p.name());
  }

  @Override
  public @Nullable PropertyName findNameForDeserialization(Annotated a) {
    if (a instanceof AnnotatedMethod && ((AnnotatedMethod) a).getParameterCount() == 1) {
      String name = index.setterName(((AnnotatedMethod) a).getAnnotated());
      return name == null ? null : PropertyName.construct(name);
    }
    return null;
  }

  // ---- writing

  @Override
  public JavaType refineSerializationType(MapperConfig<?> config, Annotated a, JavaType baseType) {
    if (!(a instanceof AnnotatedClass)) {
      return baseType;
    }
    ValueType v = index.valueOf(baseType.getRawClass());
    if (v == null) {
      return baseType;
    }
    return baseType.hasRawClass(v.type()) ? baseType.withStaticTyping()
        : config.getTypeFactory().constructGeneralizedType(baseType, v.type());
  }

  @Override
  public String @Nullable [] findSerializationPropertyOrder(AnnotatedClass ac) {
    ValueType v = index.valueOf(ac.getRawType());
    return v == null ? null : v.properties().keySet().toArray(String[]::new);
  }

  @Override
  public @Nullable Boolean findSerializationSortAlphabetically(Annotated a) {
    return a instanceof AnnotatedClass && index.valueOf(a.getRawType()) != null ? Boolean.FALSE : null;
  }

  @Override
  public JsonInclude.Value findPropertyInclusion(Annotated a) {
    if (a instanceof AnnotatedClass) {
      return index.valueOf(a.getRawType()) != null ? ALWAYS : JsonInclude.Value.empty();
    }
    ValueType.Property p = accessor(a);
    if (p != null) {
      Class<?> type = p.accessor().getReturnType();
      if (Optional.class.isAssignableFrom(type) || type.getName().startsWith("java.util.Optional")) {
        return NON_ABSENT;
      }
    }
    return JsonInclude.Value.empty();
  }

  @Override
  public JsonFormat.Value findFormat(Annotated a) {
    ValueType.Property p = accessor(a);
    if (p != null && p.accessor().getGenericReturnType().getTypeName().contains("java.time.")) {
      return ISO_STRING;
    }
    return JsonFormat.Value.empty();
  }

  @Override
  public @Nullable Object findSerializer(Annotated a) {
    ValueType.Property p = accessor(a);
    return p != null && p.accessor().getGenericReturnType().getTypeName().equals(PERSON_ID) ? personIds : null;
  }

  @Override
  public @Nullable Object findContentSerializer(Annotated a) {
    ValueType.Property p = accessor(a);
    return p != null && p.accessor().getGenericReturnType().getTypeName().contains("<" + PERSON_ID + ">") ? personIds : null;
  }

  // ---- reading

  @Override
  public @Nullable Class<?> findPOJOBuilder(AnnotatedClass ac) {
    ValueType v = index.valueOf(ac.getRawType());
    return v == null ? null : v.builder();
  }

  @Override
  public JsonPOJOBuilder.@Nullable Value findPOJOBuilderConfig(AnnotatedClass ac) {
    return index.builtBy(ac.getRawType()) != null ? BUILDER : null;
  }

  /** The property an accessor method of a value type (or of its implementation) writes. */
  private ValueType.@Nullable Property accessor(Annotated a) {
    if (!(a instanceof AnnotatedMethod) || ((AnnotatedMethod) a).getParameterCount() != 0) {
      return null;
    }
    Method m = ((AnnotatedMethod) a).getAnnotated();
    ValueType v = index.valueOf(m.getDeclaringClass());
    return v == null ? null : v.properties().get(m.getName());
  }
}
