package io.github.peersupport.sim.cli;

import java.util.ArrayList;
import java.util.List;

/** Reads the RFC 4180 CSV text that {@code io.github.peersupport.sim.Csv} writes (CRLF or LF line ends). */
final class CsvReader {
  private CsvReader() {}

  /**
   * Splits CSV text into records of fields.
   *
   * @param text the text
   * @param file the file's name, for messages
   * @return the records, the header first
   * @throws UsageException if a quoted field is not closed
   */
  static List<List<String>> records(String text, String file) {
    List<List<String>> out = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"' && field.length() == 0) {
        int j = i + 1;
        while (true) {
          if (j >= n) {
            throw new UsageException(file + ": a quoted field is not closed");
          }
          char q = text.charAt(j);
          if (q == '"' && j + 1 < n && text.charAt(j + 1) == '"') {
            field.append('"');
            j += 2;
          } else if (q == '"') {
            j++;
            break;
          } else {
            field.append(q);
            j++;
          }
        }
        i = j;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' || c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        out.add(record);
        record = new ArrayList<>();
        i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
      } else {
        field.append(c);
        i++;
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      out.add(record);
    }
    return out;
  }
}
