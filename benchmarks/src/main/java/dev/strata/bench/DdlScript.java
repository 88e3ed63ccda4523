package dev.strata.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw JDBC baseline's input: the SQL of every migration, rendered beforehand, in a small text
 * format read without any Strata class. One record a line, fields split by tabs, backslash,
 * tab and newline escaped:
 *
 * <pre>
 * savepoints  true|false         whether units are savepoints in one transaction (SQLite)
 * history     CREATE TABLE ...   the bookkeeping table
 * migration   version  description  checksum
 * sql         statement          one per statement of the migration above
 * </pre>
 *
 * @param savepoints whether the run is one exclusive transaction with a savepoint per migration
 *     (as Strata does on SQLite) instead of a transaction per migration
 * @param historyTable the statement creating the bookkeeping table
 * @param units the migrations in order
 */
record DdlScript(boolean savepoints, String historyTable, List<Unit> units) {

  /** The bookkeeping insert, one per migration, as Strata's history insert. */
  static final String INSERT = "INSERT INTO bench_history (version, description, checksum, installed_at,"
      + " execution_ms, success, installed_by) VALUES (?, ?, ?, ?, ?, ?, ?)";

  /** One migration: what the history records and the statements that apply it. */
  record Unit(String version, String description, String checksum, List<String> statements) {}

  void write(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    line(text, "savepoints", String.valueOf(savepoints));
    line(text, "history", historyTable);
    for (Unit unit : units) {
      line(text, "migration", unit.version(), unit.description(), unit.checksum());
      for (String sql : unit.statements()) {
        line(text, "sql", sql);
      }
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static DdlScript read(Path file) throws IOException {
    boolean savepoints = false;
    String history = null;
    List<Unit> units = new ArrayList<>();
    List<String> statements = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      for (int i = 1; i < f.length; i++) {
        f[i] = unescape(f[i]);
      }
      switch (f[0]) {
        case "savepoints" -> savepoints = Boolean.parseBoolean(f[1]);
        case "history" -> history = f[1];
        case "migration" -> {
          statements = new ArrayList<>();
          units.add(new Unit(f[1], f[2], f[3], statements));
        }
        case "sql" -> statements.add(f[1]);
        default -> throw new IOException(file + ": unknown record " + f[0]);
      }
    }
    return new DdlScript(savepoints, history, units);
  }

  private static void line(StringBuilder text, String kind, String... fields) {
    text.append(kind);
    for (String field : fields) {
      text.append('\t').append(field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
    }
    text.append('\n');
  }

  private static String unescape(String field) {
    if (field.indexOf('\\') < 0) {
      return field;
    }
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char next = field.charAt(++i);
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
