package io.github.peersupport.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.github.peersupport.core.PersonId;
import java.io.IOException;

/**
 * Writes a {@link PersonId} as {@code kind:id}. Named on the properties declared {@code PersonId}
 * by {@link ValueIntrospector}, because Jackson would otherwise pick the serializer of the runtime id
 * type and lose the kind.
 */
final class PersonIdSerializer extends StdScalarSerializer<PersonId> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  PersonIdSerializer() {
    super(PersonId.class);
  }

  @Override
  public void serialize(PersonId value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(PersonIdSerde.text(value));
  }
}
