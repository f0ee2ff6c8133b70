package io.github.peersupport.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.peersupport.core.ValidationException;
import io.github.peersupport.json.internal.Documents;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Wire format v2 of the library's values, and a ready Jackson mapper with safe settings.
 *
 * <h2>Wire format v2</h2>
 * <ul>
 *   <li>Property names are the Java accessor names (camelCase), in the accessors' declaration order;
 *       the order is stable and equal values give the same bytes.
 *   <li>Instants, dates and times are ISO-8601 strings ({@code "2026-03-02T09:00:00Z"}), durations
 *       and periods ISO-8601 too ({@code "PT48H"}, {@code "P1W"}).
 *   <li>Ids, tags, rule ids and language tags are JSON strings; a person id of unstated kind is
 *       {@code "seeker:s-1"} ({@code seeker}, {@code supporter}, {@code facilitator} or {@code
 *       clinician}, a colon, the id). Codes are objects {@code {"system", "code", "display"}}.
 *   <li>Enum constants are their Java names. An absent optional is omitted; collections are always
 *       written, empty as {@code []} or {@code {}}; maps and sets keep the value's iteration order.
 *   <li>A top-level document ({@link #documentTypes()}) at the root of a JSON text starts with
 *       {@code "schemaVersion": 2}; the same types nested inside another value carry no version. A
 *       document of a newer version fails to read rather than silently dropping its new fields.
 *       Reading accepts the version anywhere in the object, as JSON objects are unordered: a
 *       document whose keys a store reordered (PostgreSQL {@code jsonb}, sorted-key writers) reads
 *       back equal.
 * </ul>
 *
 * <h2>Reading is strict and hardened</h2>
 * Unknown properties, nulls for primitives, numbers for enums, coercion of scalars (such as
 * {@code "5"} for a number), duplicate properties and trailing tokens fail. No default typing is
 * enabled, so the input can never name a Java class. {@link StreamReadConstraints} limit a document
 * to {@value #MAX_DOCUMENT_LENGTH} bytes or characters, a nesting depth of {@value
 * #MAX_NESTING_DEPTH}, strings to {@value #MAX_STRING_LENGTH} characters, property names to
 * {@value #MAX_NAME_LENGTH} characters and numbers to {@value #MAX_NUMBER_LENGTH} digits. The
 * {@code read} methods report every failure of the input as a {@link PeerJsonException} naming a
 * JSON pointer and the rule, never the input text.
 *
 * <h2>Bad input and setup faults are distinct</h2>
 * A {@link PeerJsonException} always means bad input: the same bytes fail for every host (answer it
 * with HTTP 400). A failure of the mapping itself, such as a type Jackson cannot introspect or
 * construct or a builder it may not reach on the module path (Jackson's {@code
 * InvalidDefinitionException}), is thrown as a {@link PeerJsonSetupException}, an {@link
 * IllegalStateException}, by {@code read}, {@code write} and {@link #translate} alike (answer it
 * with HTTP 500). Failed checks of the library's values are mapped from the structured {@link
 * io.github.peersupport.core.ValidationException} (its field and rule), never from message text.
 * Every method throws {@link NullPointerException} naming the parameter if an argument is null.
 *
 * <pre>{@code
 * String json = PeerJson.write(supporter);
 * Supporter back = PeerJson.read(json, Supporter.class); // equal to supporter
 * }</pre>
 */
public final class PeerJson {
  /** The wire format version written into, and required of, top-level documents. */
  public static final int SCHEMA_VERSION = Documents.SCHEMA_VERSION;

  /**
   * Longest accepted document, in bytes or characters: 50 MB (an array of 10,000 generated supporter
   * profiles is about 12 MB compact). Larger inputs should be split or streamed.
   */
  public static final long MAX_DOCUMENT_LENGTH = 50_000_000L;

  /** Deepest accepted nesting of objects and arrays (the deepest v2 document nests 8 levels). */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Longest accepted string value, in characters (v2 strings are at most a few hundred). */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** Longest accepted property name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** Longest accepted number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxDocumentLength(MAX_DOCUMENT_LENGTH)
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxNameLength(MAX_NAME_LENGTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .build();
  /** The shared mapper; package-private for the document helpers ({@link GridDocument}, {@link JsonPaths}). */
  static final ObjectMapper MAPPER = build();
  private static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

  private PeerJson() {}

  /**
   * Returns a new mapper with wire format v2 and the safe reading settings described above; each
   * call returns an independent copy, so a caller may reconfigure it without affecting others.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * Configures a host's own mapper for the library's documents: registers {@link PeerSupportModule} (with
   * the Java time and JDK 8 modules), applies the reading limits above to the mapper's factory, and sets
   * the strict reading and v2 writing settings of {@link #mapper()}. Afterwards the mapper writes the same
   * bytes as {@link #write(Object)} for every library value (unless the host turns on indentation, which
   * only adds white space) and reads as strictly as {@link #read(String, Class)}, reporting failures as
   * Jackson exceptions that {@link #translate(JsonProcessingException)} turns into pointer and rule.
   *
   * <p>Call it before the mapper's first use: it changes the mapper's settings and, for the limits, its
   * {@code JsonFactory} in place (so any other mapper sharing that factory too). It resets the settings
   * that would change how the library's values are written or what reading accepts (enums by index or
   * {@code toString}, root wrapping, single values as arrays, empty strings as null); indentation is left
   * to the host. These settings apply to everything the mapper reads and writes, the host's own types
   * too: a host that wants other settings for its own types should keep a separate mapper for the
   * library's documents. Without this call, a host mapper with the module registered ({@code
   * findAndRegisterModules()}) still writes wire format v2 for the library's values, with Jackson's
   * default settings or with settings the mapping overrides (it fixes property names, order, inclusion
   * and the ISO-8601 form of instants, dates and durations), and still rejects unknown properties of the
   * library's types;
   * but it reads with Jackson's own, larger limits (strings of up to 20,000,000 characters, documents of
   * any length), so an over-long value is read in full before the value's own check refuses it, and it
   * accepts what that mapper's settings accept (for example {@code "5"} for a number).
   *
   * @param mapper the host's mapper
   * @return the same mapper, configured
   * @throws NullPointerException if {@code mapper} is null
   */
  @SuppressWarnings("deprecation") // ObjectMapper's mutable MapperFeature setters are the only way on a built mapper
  public static ObjectMapper configure(ObjectMapper mapper) {
    Objects.requireNonNull(mapper, "mapper");
    mapper.getFactory().setStreamReadConstraints(CONSTRAINTS);
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.disable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);
    mapper.registerModule(new PeerSupportModule());
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.READ_ENUMS_USING_TO_STRING,
        DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
        DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE,
        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
        DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT, DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
        DeserializationFeature.UNWRAP_ROOT_VALUE);
    mapper.disable(SerializationFeature.WRITE_ENUMS_USING_INDEX, SerializationFeature.WRITE_ENUMS_USING_TO_STRING,
        SerializationFeature.WRITE_ENUM_KEYS_USING_INDEX, SerializationFeature.WRAP_ROOT_VALUE,
        SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED);
    mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    mapper.configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, false);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    return mapper;
  }

  /**
   * Returns the top-level document types of wire format v2: the types that carry {@code
   * schemaVersion} at the root of a JSON text and have a JSON Schema. These are 30 types of
   * peer-core, peer-matching and peer-groups, followed, when peer-sim is present, by its {@code
   * Scenario}, {@code Cohort}, {@code Behaviour}, {@code Run}, {@code Metrics}, {@code SweepResult} and {@code
   * Comparison}.
   *
   * @return the types
   */
  public static List<Class<?>> documentTypes() {
    return Documents.TYPES;
  }

  /**
   * Opens the JSON Schema (2020-12) of a top-level document type, as shipped in this jar at {@code
   * io/github/peersupport/json/schema/v2/<Type>.schema.json} (for example {@code
   * Supporter.schema.json}); hosts not written in Java can take the files from the jar. The build
   * generates the files from the mapping and validates the example documents against them.
   *
   * @param documentType a type of {@link #documentTypes()}
   * @return the schema's UTF-8 text; the caller closes it
   * @throws IllegalArgumentException if the type is not a top-level document type
   */
  public static InputStream schema(Class<?> documentType) {
    Objects.requireNonNull(documentType, "documentType");
    if (!Documents.TYPES.contains(documentType)) {
      throw new ValidationException("documentType", "not a top-level document type: " + documentType.getName());
    }
    InputStream in = PeerJson.class.getResourceAsStream("schema/v2/" + documentType.getSimpleName() + ".schema.json");
    if (in == null) {
      throw new IllegalStateException("schema: missing from the jar for " + documentType.getSimpleName());
    }
    return in;
  }

  /**
   * Writes a value compactly.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw unwritable(e);
    }
  }

  /**
   * Writes a value compactly as UTF-8.
   *
   * @param value the value
   * @return the JSON bytes
   */
  public static byte[] writeBytes(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw unwritable(e);
    }
  }

  /**
   * Writes a value pretty printed: two-space indent, {@code \n} line ends, {@code "name": value},
   * no trailing newline; the form of the golden example documents.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String writePretty(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return PRETTY.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw unwritable(e);
    }
  }

  /**
   * Reads a value.
   *
   * @param <T> the type
   * @param json the JSON text
   * @param type the type to read
   * @return the value, validated as if built in Java
   * @throws PeerJsonException naming the JSON pointer and the rule if the input is not a valid value
   * @throws PeerJsonSetupException if the type cannot be mapped (a setup fault, not bad input)
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  /**
   * Reads a value from UTF-8 (or UTF-16/32, detected) bytes.
   *
   * @param <T> the type
   * @param json the JSON bytes
   * @param type the type to read
   * @return the value, validated as if built in Java
   * @throws PeerJsonException naming the JSON pointer and the rule if the input is not a valid value,
   *     or if the bytes are not valid UTF-8, UTF-16 or UTF-32
   */
  public static <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (CharConversionException e) {
      throw encoding(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value from a stream, which is read to the end of the value but not closed.
   *
   * @param <T> the type
   * @param json the JSON stream
   * @param type the type to read
   * @return the value, validated as if built in Java
   * @throws PeerJsonException naming the JSON pointer and the rule if the input is not a valid value
   * @throws PeerJsonSetupException if the type cannot be mapped (a setup fault, not bad input)
   * @throws UncheckedIOException if the stream fails
   */
  public static <T> T read(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    try (JsonParser parser = MAPPER.createParser(json)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return MAPPER.readValue(parser, type);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (CharConversionException e) {
      throw encoding(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value from a document with values set at paths, as a grid point of a sweep does ({@link
   * GridDocument}): {@code readWith(minimal, Map.of("cohort.supporters", "304", "lifecycle.offerWindow",
   * "\"PT36H\""), Scenario.class)}. A path is dotted ({@code cohort.supporters}) or a JSON pointer ({@code
   * /cohort/supporters}) of property names and array indexes (letters, digits, {@code _}, {@code -}, and in a
   * pointer dots too, for map keys such as {@code /cohort/conditionMix/breast-cancer.metastatic});
   * objects missing on the way are created, and a value replaces what was there. Numbers keep their
   * written digits until the value is read, so the result is the same on every JDK. The document is then
   * read as strictly as {@link #read(byte[], Class)}: a path naming no property of the type fails as an
   * unknown property.
   *
   * @param <T> the type
   * @param json the document, a JSON object
   * @param values path to the JSON text of the value to set there, applied in the map's order
   * @param type the type to read
   * @return the value, validated as if built in Java
   * @throws PeerJsonException naming the JSON pointer and the rule if the document, a path or a value is
   *     not valid, or the result is not a valid value
   */
  public static <T> T readWith(byte[] json, java.util.Map<String, String> values, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(type, "type");
    return read(JsonPaths.set(JsonPaths.tree(json, ""), values), type);
  }

  /**
   * Translates a Jackson exception raised by a mapper with {@link PeerSupportModule} into a {@link
   * PeerJsonException}; for hosts that read with their own mapper.
   *
   * <p>A failed check of the library ({@link ValidationException}, {@link
   * io.github.peersupport.core.MissingFieldException})
   * is mapped through its {@code field()} and {@code rule()}: the field is appended to the pointer
   * of the value that was being built ({@code /supporters/3} and {@code capacity} give {@code
   * /supporters/3/capacity}). A failure of the mapping itself (Jackson's {@code
   * InvalidDefinitionException}: a type it cannot introspect, construct or reach) is not bad input
   * and is thrown as a {@link PeerJsonSetupException} instead of being returned.
   *
   * @param e the Jackson exception
   * @return the exception with pointer and rule
   * @throws PeerJsonSetupException if {@code e} is a definition failure rather than bad input
   * @throws NullPointerException if {@code e} is null
   */
  public static PeerJsonException translate(JsonProcessingException e) {
    return Translator.translate(e);
  }

  /** Bytes that are not UTF-8, UTF-16 or UTF-32 (Jackson detects which) are malformed JSON too. */
  private static PeerJsonException encoding(CharConversionException e) {
    return new PeerJsonException("", "malformed JSON: not valid UTF-8, UTF-16 or UTF-32", e);
  }

  private static IllegalStateException unwritable(JsonProcessingException e) {
    if (e instanceof InvalidDefinitionException) {
      return Translator.setup((InvalidDefinitionException) e);
    }
    return new IllegalStateException("value: cannot be written: " + e.getOriginalMessage(), e);
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static ObjectMapper build() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(CONSTRAINTS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new PeerSupportModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

}
