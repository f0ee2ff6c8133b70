package io.github.peersupport.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.peersupport.core.ValidationException;

/**
 * A scalar value (an id, a tag, a person id) whose factory refused the JSON string; the pointer of
 * the failure already points at the string, so the validation's field is not appended to it.
 */
public final class ScalarValueException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  ScalarValueException(JsonParser p, ValidationException cause) {
    super(p, cause.getMessage(), cause);
  }
}
