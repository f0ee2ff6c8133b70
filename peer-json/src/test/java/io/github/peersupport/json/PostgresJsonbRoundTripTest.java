package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peersupport.json.testing.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden document survives a real PostgreSQL {@code jsonb} column: stored, read back as text
 * (with its keys reordered, by length and then bytes, and its whitespace normalised by the server),
 * it reads equal to the golden value and writes the same JSON document as the golden value (map
 * entries keep the order they were read in, so the bytes may differ). The server
 * is a real PostgreSQL started by the test ({@link PostgresServer}); if it cannot start, the test
 * fails.
 */
class PostgresJsonbRoundTripTest {
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final Set<String> REORDERED = new HashSet<>();
  private static PostgresServer server;
  private static Connection connection;

  @BeforeAll
  static void startServer() throws Exception {
    server = PostgresServer.start();
    connection = server.connect();
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE document (type text PRIMARY KEY, body jsonb NOT NULL)");
    }
  }

  @AfterAll
  static void stopServer() throws Exception {
    Path directory = server == null ? null : server.directory();
    try {
      if (connection != null) {
        connection.close();
      }
    } finally {
      if (server != null) {
        server.close();
        assertThat(server.isRunning()).as("server stopped").isFalse();
        assertThat(directory).as("data directory deleted").doesNotExist();
      }
    }
    // jsonb orders keys by length: schemaVersion, a long key, cannot stay first in most documents
    assertThat(REORDERED).as("documents whose schemaVersion jsonb moved from first place").hasSizeGreaterThan(20);
  }

  static Stream<Class<?>> documentTypes() {
    return PeerJson.documentTypes().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentTypes")
  void jsonb_goldenDocumentStoredAndReadBack_readsEqualAndWritesTheSameDocument(Class<?> type) throws Exception {
    String golden = Files.readString(GoldenFilesTest.file(type), StandardCharsets.UTF_8);
    Object value = PeerJson.read(golden, type);

    String stored = store(type, golden);

    assertThat(stored).as("jsonb normalises the text").isNotEqualTo(golden);
    // the order the reordered-keys property test calls jsonb order is the server's
    JsonNode jsonbOrder = ReorderedKeysPropertyTest.reorder(TREE.readTree(golden), ReorderedKeysPropertyTest.Order.JSONB::apply);
    assertThat(ReorderedKeysPropertyTest.keyOrder(TREE.readTree(stored)))
        .isEqualTo(ReorderedKeysPropertyTest.keyOrder(jsonbOrder));
    if (!stored.startsWith("{\"schemaVersion\": ")) {
      REORDERED.add(type.getSimpleName());
    }
    Object back = PeerJson.read(stored, type);
    assertThat(back).isInstanceOf(type).isEqualTo(value);
    assertThat(PeerJson.read(stored.getBytes(StandardCharsets.UTF_8), type)).isEqualTo(value);
    // written back, the value is the same JSON document as the golden value's own writing; not always
    // the same bytes: a map keeps the order its entries were read in, and jsonb reorders them
    String written = PeerJson.write(back);
    assertThat(TREE.readTree(written)).isEqualTo(TREE.readTree(PeerJson.write(value)));
    assertThat(PeerJson.read(written, type)).isEqualTo(value);
    assertThat(TREE.readTree(stored)).isEqualTo(TREE.readTree(PeerJson.write(value)));
    assertThat(sameJsonb(written, stored)).as("jsonb equality of the writing and the stored document").isTrue();
  }

  /** Stores a document in the jsonb column and returns the server's text of it. */
  private static String store(Class<?> type, String json) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO document (type, body) VALUES (?, ?::jsonb)")) {
      insert.setString(1, type.getSimpleName());
      insert.setString(2, json);
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
    try (PreparedStatement select = connection.prepareStatement("SELECT body::text FROM document WHERE type = ?")) {
      select.setString(1, type.getSimpleName());
      try (ResultSet rows = select.executeQuery()) {
        assertThat(rows.next()).as("stored row of %s", type.getSimpleName()).isTrue();
        return rows.getString(1);
      }
    }
  }

  private static boolean sameJsonb(String json, String stored) throws SQLException {
    try (PreparedStatement compare = connection.prepareStatement("SELECT ?::jsonb = ?::jsonb")) {
      compare.setString(1, json);
      compare.setString(2, stored);
      try (ResultSet rows = compare.executeQuery()) {
        rows.next();
        return rows.getBoolean(1);
      }
    }
  }
}
