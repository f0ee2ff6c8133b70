package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.testing.CoreGen;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * A failure of the mapping itself (Jackson's {@link InvalidDefinitionException}) is a {@link
 * PeerJsonSetupException}, never a {@link PeerJsonException}: a host answering the latter with HTTP
 * 400 must not blame its client for its own setup.
 */
class PeerJsonSetupErrorsTest {

  /** A type Jackson cannot construct: it has no creator and no mapping. */
  public abstract static class Unmapped {
    /** @return nothing */
    public abstract String name();
  }

  /** A type with nothing to write. */
  public static final class Empty {}

  @Test
  void read_typeJacksonCannotConstruct_throwsSetupExceptionNotInputException() {
    for (Class<?> type : new Class<?>[] {Unmapped.class, Executor.class}) {
      Throwable t = catchThrowable(() -> PeerJson.read("{\"name\":\"x\"}", type));
      assertThat(t).as("%s", type).isInstanceOf(PeerJsonSetupException.class).isInstanceOf(IllegalStateException.class)
          .isNotInstanceOf(PeerJsonException.class)
          .hasMessageStartingWith("mapping: cannot map " + type.getName() + " (a setup fault, not bad input)");
      assertThat(t.getCause()).isInstanceOf(InvalidDefinitionException.class);
    }
  }

  @Test
  void readBytesAndStream_typeJacksonCannotConstruct_throwSetupException() {
    byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PeerJson.read(json, Unmapped.class)).isInstanceOf(PeerJsonSetupException.class);
    assertThatThrownBy(() -> PeerJson.read(new ByteArrayInputStream(json), Unmapped.class))
        .isInstanceOf(PeerJsonSetupException.class);
  }

  @Test
  void write_typeWithNothingToWrite_throwsSetupException() {
    assertThatThrownBy(() -> PeerJson.write(new Empty())).isInstanceOf(PeerJsonSetupException.class)
        .hasMessageStartingWith("mapping: cannot map " + Empty.class.getName());
    assertThatThrownBy(() -> PeerJson.writeBytes(new Empty())).isInstanceOf(PeerJsonSetupException.class);
    assertThatThrownBy(() -> PeerJson.writePretty(new Empty())).isInstanceOf(PeerJsonSetupException.class);
  }

  @Test
  void translate_definitionFailureFromHostMapper_throwsSetupException() {
    ObjectMapper host = PeerJson.mapper();
    JsonProcessingException e = (JsonProcessingException) catchThrowable(() -> host.readValue("{}", Unmapped.class));
    assertThat(e).isInstanceOf(InvalidDefinitionException.class);
    assertThatThrownBy(() -> PeerJson.translate(e)).isInstanceOf(PeerJsonSetupException.class).hasCause(e);
  }

  @Test
  void translate_badInputFromHostMapper_isStillAnInputException() {
    ObjectMapper host = PeerJson.mapper();
    String json = PeerJson.write(CoreGen.supporter(new SplittableRandom(3))).replace("\"schemaVersion\":2,", "\"schemaVersion\":2,\"bogus\":1,");
    JsonProcessingException e = (JsonProcessingException) catchThrowable(() -> host.readValue(json, Supporter.class));
    PeerJsonException translated = PeerJson.translate(e);
    assertThat(translated.pointer()).isEqualTo("/bogus");
    assertThat(translated.rule()).isEqualTo("unknown property");
  }

  @Test
  void translate_null_throwsNullPointerExceptionNamingTheParameter() {
    assertThatThrownBy(() -> PeerJson.translate(null)).isInstanceOf(NullPointerException.class).hasMessage("e");
  }
}
