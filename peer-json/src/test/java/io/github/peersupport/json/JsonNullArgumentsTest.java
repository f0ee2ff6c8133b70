package io.github.peersupport.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.NullArguments;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public method of {@link PeerJson} rejects a null argument naming the parameter. */
class JsonNullArgumentsTest {
  private static final NullArguments CALLER = NullArguments.with(Map.of())
      .sample(Class.class, () -> Supporter.class)
      .sample(InputStream.class, () -> new ByteArrayInputStream(new byte[0]))
      .sample(JsonProcessingException.class, () -> new JsonParseException(null, "sample"));

  static List<NullArguments.Call> calls() {
    return NullArguments.calls(PeerJson.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void method_nullArgument_throwsNullPointerExceptionNamingTheParameter(NullArguments.Call call) {
    CALLER.assertNamesParameter(call);
  }
}
