package io.github.peersupport.core;

import io.github.peersupport.core.internal.Require;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the CSV form of a {@link Taxonomy} (see {@link Taxonomy#parseCsv(String, Reader)}): {@code
 * code,parent,display}, or {@code code,parent,synonyms,display} when the first line is that header.
 * O(n) for n lines.
 */
final class TaxonomyCsv {
  static final String HEADER = "code,parent,display";
  static final String HEADER_WITH_SYNONYMS = "code,parent,synonyms,display";

  private TaxonomyCsv() {}

  /** One concept line: code, parent, synonyms (separated by {@code |}), display, and its line number. */
  private record Row(String code, String parent, String synonyms, String display, int line) {}

  static Taxonomy parse(String system, Reader csv) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(csv)) {
      String line;
      int lineNo = 0;
      boolean withSynonyms = false;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String trimmed = line.strip();
        if (lineNo == 1 && trimmed.equals(HEADER_WITH_SYNONYMS)) {
          withSynonyms = true;
          continue;
        }
        if (trimmed.isEmpty() || trimmed.startsWith("#") || (lineNo == 1 && trimmed.equals(HEADER))) {
          continue;
        }
        int columns = withSynonyms ? 4 : 3;
        String[] cells = trimmed.split(",", columns);
        if (cells.length != columns) {
          throw Require.invalid("line " + lineNo, "expected " + (withSynonyms ? HEADER_WITH_SYNONYMS : HEADER) + " but found "
              + cells.length + " cells");
        }
        rows.add(new Row(cells[0].strip(), cells[1].strip(), withSynonyms ? cells[2].strip() : "", cells[columns - 1].strip(), lineNo));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Code> codes = new HashMap<>();
    for (Row row : rows) {
      try {
        codes.putIfAbsent(row.code(), Code.of(system, row.code(), row.display()));
      } catch (IllegalArgumentException e) {
        throw Require.invalid("line " + row.line(), e.getMessage());
      }
    }
    Taxonomy.Builder builder = Taxonomy.builder().system(system);
    Map<String, String> synonyms = new HashMap<>();
    for (Row row : rows) {
      Code code = Code.of(system, row.code(), row.display());
      if (row.parent().isEmpty()) {
        builder.addNodes(TaxonomyNode.root(code));
      } else {
        Code parent = codes.get(row.parent());
        if (parent == null) {
          throw Require.invalid("line " + row.line(), "unknown parent concept " + row.parent());
        }
        builder.addNodes(TaxonomyNode.child(code, parent));
      }
      for (String synonym : row.synonyms().split("\\|")) {
        String term = Taxonomy.normalise(synonym);
        if (term.equals(Taxonomy.normalise(row.code()))) {
          continue; // the code itself needs no synonym
        }
        String earlier = term.isEmpty() ? null : synonyms.putIfAbsent(term, row.code());
        if (earlier != null && !earlier.equals(row.code())) {
          throw Require.invalid("line " + row.line(), "synonym " + term + " already names concept " + earlier);
        }
        if (!term.isEmpty() && earlier == null) {
          builder.putSynonyms(term, row.code());
        }
      }
    }
    return builder.build();
  }

  /** Loads a taxonomy shipped as a resource next to {@link Taxonomy}. */
  static Taxonomy load(String system, String resource) {
    InputStream in = Taxonomy.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    return parse(system, new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
