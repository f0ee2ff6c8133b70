package io.github.peersupport.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns are as wide as their widest cell, whatever the length of the values:
 * text columns left-aligned, number columns right-aligned, two spaces between columns, lines ending in
 * {@code \n}. O(cells).
 */
final class TextTable {
  private TextTable() {}

  /**
   * Renders a table.
   *
   * @param header the header cells
   * @param rows the rows, each as long as the header
   * @param leftColumns how many leading columns are text (left-aligned); the rest are right-aligned
   * @return the table
   */
  static String render(List<String> header, List<List<String>> rows, int leftColumns) {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    int[] widths = new int[header.size()];
    for (List<String> row : all) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("rows: a row has " + row.size() + " cells but the header has " + header.size());
      }
      for (int c = 0; c < row.size(); c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          line.append("  ");
        }
        String cell = row.get(c);
        String pad = " ".repeat(widths[c] - cell.length());
        line.append(c < leftColumns ? cell + pad : pad + cell);
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }
}
