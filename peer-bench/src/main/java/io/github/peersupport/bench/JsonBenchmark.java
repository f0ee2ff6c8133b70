package io.github.peersupport.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.json.PeerJson;
import io.github.peersupport.matching.testing.MatchingGen;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and writing a JSON array of 10,000 seeded supporter profiles (about 6 MB): {@link
 * PeerJson}'s mapper on the immutable values (read through the builders, with every invariant
 * checked) against a plain Jackson mapper on equivalent plain Java classes ({@link PlainSupporter},
 * public fields, no validation). The goal is at least 0.8 times the plain throughput.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JsonBenchmark {
  private static final int SUPPORTERS = 10_000;

  private List<Supporter> supporters;
  private List<PlainSupporter> plain;
  private ObjectWriter peerWriter;
  private ObjectReader peerReader;
  private ObjectWriter plainWriter;
  private ObjectReader plainReader;
  private byte[] peerJson;
  private byte[] plainJson;

  /**
   * Generates the supporters (seed 42), their plain copies, and both documents.
   *
   * @throws IOException never
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    supporters = MatchingGen.supporters(new SplittableRandom(42), SUPPORTERS);
    plain = new ArrayList<>();
    for (Supporter s : supporters) {
      plain.add(PlainSupporter.of(s));
    }
    ObjectMapper peer = PeerJson.mapper();
    peerWriter = peer.writerFor(new TypeReference<List<Supporter>>() {});
    peerReader = peer.readerFor(new TypeReference<List<Supporter>>() {});
    ObjectMapper plainMapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
    plainWriter = plainMapper.writerFor(new TypeReference<List<PlainSupporter>>() {});
    plainReader = plainMapper.readerFor(new TypeReference<List<PlainSupporter>>() {});
    peerJson = peerWriter.writeValueAsBytes(supporters);
    plainJson = plainWriter.writeValueAsBytes(plain);
    if (!peerReader.readValue(peerJson).equals(supporters)) {
      throw new IllegalStateException("peer-json round trip differs");
    }
  }

  /**
   * Writes the supporters with PeerJson.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] writePeerJson() throws IOException {
    return peerWriter.writeValueAsBytes(supporters);
  }

  /**
   * Writes the plain copies with plain Jackson.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] writePlainJackson() throws IOException {
    return plainWriter.writeValueAsBytes(plain);
  }

  /**
   * Reads the supporters with PeerJson, through the builders.
   *
   * @return the values
   * @throws IOException never
   */
  @Benchmark
  public List<Supporter> readPeerJson() throws IOException {
    return peerReader.readValue(peerJson);
  }

  /**
   * Reads the plain copies with plain Jackson.
   *
   * @return the objects
   * @throws IOException never
   */
  @Benchmark
  public List<PlainSupporter> readPlainJackson() throws IOException {
    return plainReader.readValue(plainJson);
  }
}
