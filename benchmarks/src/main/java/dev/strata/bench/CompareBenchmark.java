package dev.strata.bench;

import dev.strata.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Strata side by side with raw JDBC, Flyway (SQL and Java migrations) and Liquibase on one workload
 * ({@link ToolFixture}: N migrations of {@code CREATE TABLE} + {@code CREATE INDEX}), on each
 * database and at each size of {@code --sizes}. Every measurement is a whole new JVM, from process
 * start to exit; in each round every tool runs once, the order rotated by one from round to round.
 *
 * <ul>
 *   <li><b>no-op</b>: a start on a database where that tool has applied all N migrations; the raw
 *       baseline connects and reads its bookkeeping table once.
 *   <li><b>apply</b>: all N migrations on a new empty database, made and dropped outside the
 *       timing; the raw baseline runs the same statements plus one bookkeeping insert each, a
 *       transaction per migration, and on SQLite also in one transaction with a savepoint per
 *       migration (Strata's shape there).
 * </ul>
 *
 * <p>Before the timed rounds each tool runs once more with its statements counted through a JDBC
 * proxy in the child ({@link ChildConnections}) and its class loading logged
 * ({@code -Xlog:class+load}); the classes of a no-op come from a further run without the proxy.
 * Ratios are of medians to the raw baseline's median from the same rounds.
 *
 * <p>Targets (performance budget, DESIGN.md): Strata's no-op at most 1.15 times raw JDBC with at most
 * 2 statements and no migration class loaded; its apply at most 1.10 times raw in the same
 * transaction shape on PostgreSQL and MariaDB, 1.25 times on SQLite.
 */
final class CompareBenchmark {
  static final double NOOP_MAX_RATIO = 1.15;
  static final int NOOP_MAX_STATEMENTS = 2;
  static final double APPLY_MAX_RATIO = 1.10;
  static final double SQLITE_APPLY_MAX_RATIO = 1.25;

  /** JVM options of every child, whatever the tool: Liquibase's usage reporting and banner off. */
  static final List<String> CHILD_OPTIONS = List.of("-Dliquibase.analytics.enabled=false",
      "-Dliquibase.showBanner=false");

  /** The tools compared, in the order of the tables. */
  enum Tool {
    RAW("raw JDBC", "bench_history"),
    RAW_ONE_TRANSACTION("raw JDBC, one transaction", "bench_history"),
    FLYWAY_SQL("Flyway SQL", "flyway_schema_history"),
    FLYWAY_JAVA("Flyway Java", "flyway_schema_history"),
    LIQUIBASE("Liquibase", "DATABASECHANGELOG"),
    STRATA("Strata", "strata_schema_history");

    final String label;
    final String history;

    Tool(String label, String history) {
      this.label = label;
      this.history = history;
    }
  }

  enum Mode {
    NOOP("no-op"),
    APPLY("apply");

    final String label;

    Mode(String label) {
      this.label = label;
    }
  }

  /**
   * What one counted run of a tool did.
   *
   * @param statements {@code execute*} calls on statements
   * @param metadata {@code DatabaseMetaData} calls returning a result set
   * @param commits {@code commit()} and {@code rollback()} calls
   * @param classes classes loaded in the JVM (from {@code -Xlog:class+load})
   * @param migrationClasses of them, migration classes ({@code bench.migration.*},
   *     {@code db.migration.*})
   * @param sql every statement's SQL in order
   */
  record Counted(long statements, long metadata, long commits, long classes, long migrationClasses, List<String> sql) {}

  /** The result of one tool in one mode. */
  record Cell(Timing timing, Counted counted) {}

  private final BenchContext context;
  private final Processes processes;
  private final PrintStream out;

  private CompareBenchmark(BenchContext context, PrintStream out) {
    this.context = context;
    this.processes = context.processes();
    this.out = out;
  }

  static List<Row> run(BenchContext context, PrintStream out) {
    return new CompareBenchmark(context, out).run();
  }

  private List<Row> run() {
    BenchOptions options = context.options();
    List<Row> rows = new ArrayList<>();
    Map<Integer, Map<String, Map<Mode, Map<Tool, Cell>>>> all = new LinkedHashMap<>();
    List<CompareDatabase> databases = new ArrayList<>();
    try {
      for (String name : options.databases()) {
        databases.add(CompareDatabase.open(name, options, context.workDir()));
      }
      for (int n : options.sizes()) {
        long start = System.nanoTime();
        ToolFixture fixture = ToolFixture.build(context.workDir().resolve("compare-" + n), n);
        context.progress("compare: wrote and compiled " + n + " migrations for every tool in "
            + Row.ms((System.nanoTime() - start) / 1e6));
        Map<String, Map<Mode, Map<Tool, Cell>>> bySize = new LinkedHashMap<>();
        all.put(n, bySize);
        for (CompareDatabase database : databases) {
          String before = load();
          Map<Mode, Map<Tool, Cell>> cells = measure(fixture, database, options.runsAt(n));
          bySize.put(database.label(), cells);
          printCells(database, n, options.runsAt(n), before, load(), cells);
          rows.addAll(strataRows(database, n, cells));
        }
      }
    } finally {
      for (CompareDatabase database : databases) {
        database.close();
      }
    }
    printSummary(all);
    return rows;
  }

  private Map<Mode, Map<Tool, Cell>> measure(ToolFixture fixture, CompareDatabase database, int rounds) {
    int n = fixture.n();
    Map<Tool, Path> scripts = scripts(fixture, database.kind());
    List<Tool> noopTools = List.of(Tool.RAW, Tool.FLYWAY_SQL, Tool.FLYWAY_JAVA, Tool.LIQUIBASE, Tool.STRATA);
    List<Tool> applyTools = new ArrayList<>(noopTools);
    if (database.kind() == Database.SQLITE) {
      applyTools.add(1, Tool.RAW_ONE_TRANSACTION);
    }
    String where = database.label() + ", N=" + n;
    Map<Tool, Counted> applyCounts = new EnumMap<>(Tool.class);
    Map<Tool, Counted> noopCounts = new EnumMap<>(Tool.class);
    Map<Tool, String> applied = new EnumMap<>(Tool.class);
    try {
      for (Tool tool : applyTools) {
        String url = database.fresh();
        applyCounts.put(tool, counted(command(tool, Mode.APPLY, url, fixture, scripts, List.of()), true));
        check(tool, url, n);
        if (noopTools.contains(tool)) {
          applied.put(tool, url);
        } else {
          database.drop(url);
        }
      }
      context.progress(where + ": counted one apply of every tool");
      for (Tool tool : noopTools) {
        Counted counted = counted(command(tool, Mode.NOOP, applied.get(tool), fixture, scripts, List.of()), true);
        Counted plain = counted(command(tool, Mode.NOOP, applied.get(tool), fixture, scripts, List.of()), false);
        noopCounts.put(tool, new Counted(counted.statements, counted.metadata, counted.commits, plain.classes,
            plain.migrationClasses, counted.sql));
        check(tool, applied.get(tool), n);
      }
      context.progress(where + ": counted one no-op of every tool; " + rounds + " timed no-op rounds");
      List<Timing.Run> noopRuns = new ArrayList<>();
      for (Tool tool : noopTools) {
        List<String> command = command(tool, Mode.NOOP, applied.get(tool), fixture, scripts, CHILD_OPTIONS);
        noopRuns.add(() -> processes.time(command, 0));
      }
      List<Timing> noopTimes = Timing.rotating(0, rounds, noopRuns);
      for (String url : applied.values()) {
        database.drop(url);
      }
      applied.clear();
      context.progress(where + ": " + rounds + " timed apply rounds");
      List<Timing.Run> applyRuns = new ArrayList<>();
      for (Tool tool : applyTools) {
        applyRuns.add(() -> {
          String url = database.fresh();
          try {
            long nanos = processes.time(command(tool, Mode.APPLY, url, fixture, scripts, CHILD_OPTIONS), 0);
            check(tool, url, n);
            return nanos;
          } finally {
            database.drop(url);
          }
        });
      }
      List<Timing> applyTimes = Timing.rotating(0, rounds, applyRuns);
      Map<Mode, Map<Tool, Cell>> cells = new EnumMap<>(Mode.class);
      Map<Tool, Cell> noop = new EnumMap<>(Tool.class);
      for (int i = 0; i < noopTools.size(); i++) {
        noop.put(noopTools.get(i), new Cell(noopTimes.get(i), noopCounts.get(noopTools.get(i))));
      }
      Map<Tool, Cell> apply = new EnumMap<>(Tool.class);
      for (int i = 0; i < applyTools.size(); i++) {
        apply.put(applyTools.get(i), new Cell(applyTimes.get(i), applyCounts.get(applyTools.get(i))));
      }
      cells.put(Mode.NOOP, noop);
      cells.put(Mode.APPLY, apply);
      return cells;
    } finally {
      for (String url : applied.values()) {
        database.drop(url);
      }
    }
  }

  /** The raw baseline's scripts on {@code database}, written into the fixture's folder. */
  private static Map<Tool, Path> scripts(ToolFixture fixture, Database database) {
    Map<Tool, Path> scripts = new EnumMap<>(Tool.class);
    String db = database.name().toLowerCase(Locale.ROOT);
    try {
      Path perMigration = fixture.dir().resolve("raw-" + db + "-per-migration.txt");
      fixture.rawScript(database, false).write(perMigration);
      scripts.put(Tool.RAW, perMigration);
      if (database == Database.SQLITE) {
        Path one = fixture.dir().resolve("raw-" + db + "-one-transaction.txt");
        fixture.rawScript(database, true).write(one);
        scripts.put(Tool.RAW_ONE_TRANSACTION, one);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scripts;
  }

  /** The child JVM running {@code tool} in {@code mode} on {@code url}. */
  static List<String> command(Tool tool, Mode mode, String url, ToolFixture fixture, Map<Tool, Path> scripts,
      List<String> jvmOptions) {
    String n = String.valueOf(fixture.n());
    String expected = mode == Mode.APPLY ? n : "0";
    return switch (tool) {
      case RAW, RAW_ONE_TRANSACTION -> mode == Mode.NOOP
          ? Processes.java(jvmOptions, Processes.classPath(), RawHistoryMain.class.getName(), url, n, tool.history)
          : Processes.java(jvmOptions, Processes.classPath(), RawApplyMain.class.getName(), url,
              scripts.get(tool).toString());
      case FLYWAY_SQL -> Processes.java(jvmOptions, Processes.classPath(fixture.flywaySql()),
          FlywayMain.class.getName(), url, expected);
      case FLYWAY_JAVA -> Processes.java(jvmOptions, Processes.classPath(fixture.flywayJava()),
          FlywayMain.class.getName(), url, expected);
      case LIQUIBASE -> Processes.java(jvmOptions, Processes.classPath(), LiquibaseMain.class.getName(), url,
          fixture.liquibase().toString());
      case STRATA -> Processes.java(jvmOptions, Processes.classPath(fixture.strataClasses()),
          StrataMigrateMain.class.getName(), url, expected);
    };
  }

  /**
   * Runs {@code command} untimed with class loading logged and, when {@code countStatements}, its
   * statements counted.
   */
  private Counted counted(List<String> command, boolean countStatements) {
    Path counts = context.workDir().resolve("counts.txt");
    Path classes = context.workDir().resolve("classes.txt");
    try {
      Files.deleteIfExists(counts);
      Files.deleteIfExists(classes);
      List<String> options = new ArrayList<>(CHILD_OPTIONS);
      if (countStatements) {
        options.add("-D" + ChildConnections.COUNTS + "=" + counts);
      }
      options.add("-Xlog:class+load=info:file=" + classes + ":uptime:filecount=0");
      List<String> withOptions = new ArrayList<>(command);
      withOptions.addAll(1, options);
      processes.time(withOptions, 0);
      long loaded = 0;
      long migrations = 0;
      for (String line : Files.readAllLines(classes, StandardCharsets.UTF_8)) {
        int at = line.indexOf("] ");
        if (at < 0) {
          continue;
        }
        String name = line.substring(at + 2);
        if (name.startsWith("dev.strata.bench.CountingDataSource") || name.startsWith("jdk.proxy")) {
          continue;
        }
        loaded++;
        if (name.startsWith("bench.migration.") || name.startsWith("db.migration.")) {
          migrations++;
        }
      }
      long statements = 0;
      long metadata = 0;
      long commits = 0;
      List<String> sql = new ArrayList<>();
      if (countStatements) {
        for (String line : Files.readAllLines(counts, StandardCharsets.UTF_8)) {
          String[] f = line.split("\t", 2);
          switch (f[0]) {
            case "statements" -> statements = Long.parseLong(f[1]);
            case "metadata" -> metadata = Long.parseLong(f[1]);
            case "commits" -> commits = Long.parseLong(f[1]);
            case "sql" -> sql.add(f[1]);
            default -> throw new IllegalStateException("unexpected line in " + counts + ": " + line);
          }
        }
      }
      return new Counted(statements, metadata, commits, loaded, migrations, List.copyOf(sql));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks that {@code tool} recorded all {@code n} migrations on {@code url} and made the last table. */
  private static void check(Tool tool, String url, int n) {
    long rows = CompareDatabase.count(url, tool.history);
    if (rows != n) {
      throw new IllegalStateException(tool.label + " has " + rows + " rows in " + tool.history + ", expected " + n);
    }
    CompareDatabase.count(url, "t" + n);
  }

  private static List<Row> strataRows(CompareDatabase database, int n, Map<Mode, Map<Tool, Cell>> cells) {
    String where = database.label() + ", N=" + n;
    Cell noop = cells.get(Mode.NOOP).get(Tool.STRATA);
    Cell rawNoop = cells.get(Mode.NOOP).get(Tool.RAW);
    Map<Tool, Cell> apply = cells.get(Mode.APPLY);
    boolean sqlite = database.kind() == Database.SQLITE;
    Cell rawApply = apply.get(sqlite ? Tool.RAW_ONE_TRANSACTION : Tool.RAW);
    List<Row> rows = new ArrayList<>();
    rows.add(Row.ratio("compare " + where + ": no-op, Strata vs raw JDBC", noop.timing(), rawNoop.timing(),
        NOOP_MAX_RATIO));
    rows.add(Row.count("compare " + where + ": no-op, statements", noop.counted().statements(),
        rawNoop.counted().statements(), NOOP_MAX_STATEMENTS));
    rows.add(Row.count("compare " + where + ": no-op, migration classes loaded", noop.counted().migrationClasses(),
        0, 0));
    rows.add(Row.ratio("compare " + where + ": apply, Strata vs raw JDBC" + (sqlite ? " in one transaction" : ""),
        apply.get(Tool.STRATA).timing(), rawApply.timing(), sqlite ? SQLITE_APPLY_MAX_RATIO : APPLY_MAX_RATIO));
    return rows;
  }

  private void printCells(CompareDatabase database, int n, int rounds, String before, String after,
      Map<Mode, Map<Tool, Cell>> cells) {
    out.println();
    out.println(database.label() + ", N=" + n + ": " + rounds + (rounds == 1 ? " round" : " rounds") + ", " + before
        + " before, " + after + " after");
    for (Mode mode : Mode.values()) {
      Map<Tool, Cell> byTool = cells.get(mode);
      Cell raw = byTool.get(Tool.RAW);
      Cell oneTransaction = byTool.get(Tool.RAW_ONE_TRANSACTION);
      out.println();
      out.println("| " + mode.label + " | median | min | × raw" + (oneTransaction != null ? " | × raw, one transaction" : "")
          + " | statements | metadata queries | commits | classes loaded | migration classes loaded |");
      out.println("|---|---|---|---" + (oneTransaction != null ? "|---" : "") + "|---|---|---|---|---|");
      for (Map.Entry<Tool, Cell> entry : byTool.entrySet()) {
        Cell cell = entry.getValue();
        Counted c = cell.counted();
        out.println("| " + entry.getKey().label + " | " + Row.ms(cell.timing().medianMs()) + " | "
            + Row.ms(cell.timing().minMs()) + " | " + ratio(cell, raw)
            + (oneTransaction != null ? " | " + ratio(cell, oneTransaction) : "")
            + " | " + c.statements() + " | " + c.metadata() + " | " + c.commits() + " | " + c.classes() + " | "
            + c.migrationClasses() + " |");
      }
    }
    Counted strata = cells.get(Mode.NOOP).get(Tool.STRATA).counted();
    out.println();
    out.println("Strata's no-op sent: " + strata.sql());
    out.flush();
  }

  /**
   * For each size, the ratios of every tool to raw JDBC, one line per mode and database, as in the
   * documentation.
   */
  private void printSummary(Map<Integer, Map<String, Map<Mode, Map<Tool, Cell>>>> all) {
    List<Tool> tools = List.of(Tool.FLYWAY_SQL, Tool.FLYWAY_JAVA, Tool.LIQUIBASE, Tool.STRATA);
    for (Map.Entry<Integer, Map<String, Map<Mode, Map<Tool, Cell>>>> size : all.entrySet()) {
      out.println();
      StringBuilder header = new StringBuilder("| N=" + size.getKey() + " | raw JDBC");
      for (Tool tool : tools) {
        header.append(" | ").append(tool.label);
      }
      out.println(header.append(" |"));
      out.println("|---|---" + "|---".repeat(tools.size()) + "|");
      for (Mode mode : Mode.values()) {
        for (Map.Entry<String, Map<Mode, Map<Tool, Cell>>> db : size.getValue().entrySet()) {
          Map<Tool, Cell> byTool = db.getValue().get(mode);
          line(mode.label + ", " + db.getKey(), byTool, byTool.get(Tool.RAW), tools);
          Cell one = byTool.get(Tool.RAW_ONE_TRANSACTION);
          if (one != null) {
            line(mode.label + ", " + db.getKey() + " vs raw in one transaction", byTool, one, tools);
          }
        }
      }
      out.println();
      out.println("Statements per run (no-op / apply):");
      for (Map.Entry<String, Map<Mode, Map<Tool, Cell>>> db : size.getValue().entrySet()) {
        StringBuilder line = new StringBuilder("  " + db.getKey() + ":");
        for (Tool tool : List.of(Tool.RAW, Tool.FLYWAY_SQL, Tool.FLYWAY_JAVA, Tool.LIQUIBASE, Tool.STRATA)) {
          line.append(' ').append(tool.label).append(' ')
              .append(db.getValue().get(Mode.NOOP).get(tool).counted().statements()).append(" / ")
              .append(db.getValue().get(Mode.APPLY).get(tool).counted().statements()).append(';');
        }
        out.println(line);
      }
    }
    out.flush();
  }

  private void line(String label, Map<Tool, Cell> byTool, Cell base, List<Tool> tools) {
    StringBuilder line = new StringBuilder("| " + label + " | " + Row.ms(base.timing().medianMs()));
    for (Tool tool : tools) {
      line.append(" | ").append(ratio(byTool.get(tool), base));
    }
    out.println(line.append(" |"));
  }

  private static String ratio(Cell cell, Cell base) {
    return String.format(Locale.ROOT, "%.2f×", cell.timing().medianMs() / base.timing().medianMs());
  }

  private static String load() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "load average unknown" : String.format(Locale.ROOT, "load average %.2f", load);
  }
}
