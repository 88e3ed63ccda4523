package dev.strata.bench;

import java.io.PrintStream;
import java.util.List;

/** Prints rows as a plain text table, columns padded to their widest cell. */
final class ResultTable {
  private static final String[] HEADER = {"benchmark", "strata", "baseline", "ratio", "target", "result", "detail"};

  private ResultTable() {}

  static void print(List<Row> rows, PrintStream out) {
    String[][] cells = new String[rows.size() + 1][];
    cells[0] = HEADER;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      cells[i + 1] = new String[] {r.name(), r.strata(), r.baseline(), r.ratio(), r.target(), r.result(), r.note()};
    }
    int[] widths = new int[HEADER.length];
    for (String[] line : cells) {
      for (int c = 0; c < line.length; c++) {
        widths[c] = Math.max(widths[c], line[c].length());
      }
    }
    for (String[] line : cells) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < line.length; c++) {
        text.append(line[c]);
        if (c < line.length - 1) {
          text.append(" ".repeat(widths[c] - line[c].length() + 3));
        }
      }
      out.println(text.toString().stripTrailing());
    }
  }
}
