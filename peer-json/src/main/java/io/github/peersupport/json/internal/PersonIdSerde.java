package io.github.peersupport.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.github.peersupport.core.ClinicianId;
import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.PersonId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.SupporterId;
import io.github.peersupport.core.ValidationException;
import java.io.IOException;

/**
 * A {@link PersonId} is a string {@code kind:id}, kind one of {@code seeker}, {@code supporter},
 * {@code facilitator}, {@code clinician}: for example {@code "seeker:s-17"}. The kind is the text
 * before the first colon (the kinds contain none), so ids that contain colons stay unambiguous.
 */
final class PersonIdSerde {
  private PersonIdSerde() {}

  static String text(PersonId id) {
    String kind;
    if (id instanceof SeekerId) {
      kind = "seeker";
    } else if (id instanceof SupporterId) {
      kind = "supporter";
    } else if (id instanceof FacilitatorId) {
      kind = "facilitator";
    } else if (id instanceof ClinicianId) {
      kind = "clinician";
    } else {
      throw new ValidationException("person", "unsupported id type " + id.getClass().getName());
    }
    return kind + ':' + id.value();
  }

  static PersonId parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new ValidationException("person", "must be kind:id with kind seeker, supporter, facilitator or clinician");
    }
    String id = text.substring(colon + 1);
    switch (text.substring(0, colon)) {
      case "seeker":
        return SeekerId.of(id);
      case "supporter":
        return SupporterId.of(id);
      case "facilitator":
        return FacilitatorId.of(id);
      case "clinician":
        return ClinicianId.of(id);
      default:
        throw new ValidationException("person", "kind must be seeker, supporter, facilitator or clinician");
    }
  }

  /** Reads {@code kind:id}. */
  static final class Deserializer extends StdScalarDeserializer<PersonId> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(PersonId.class);
    }

    @Override
    public PersonId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (PersonId) ctxt.handleUnexpectedToken(PersonId.class, p);
      }
      try {
        return parse(p.getText());
      } catch (ValidationException e) {
        throw new ScalarValueException(p, e);
      }
    }
  }
}
