package dev.strata.internal.runner;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;

import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.internal.loader.ResolvedMigration;
import java.util.List;

/**
 * Migrations that stop part-way on MySQL, and the child process the kill test runs: {@code main}
 * migrates the database at {@code args[0]} with {@link #killed()} and hangs in its code step.
 */
final class StoppedMigrations {
  /** Set in the child JVM: the code step of {@link Hangs} then sleeps until the process is killed. */
  static final String HANG = "strata.test.hang";

  private StoppedMigrations() {}

  /** 1: creates k_tab; 2: a code step that inserts into k_tab and (in the child) hangs; 3: creates k_two. */
  static List<ResolvedMigration> killed() {
    return List.of(TestMigrations.resolved("1", "create k tables", new Hangs()));
  }

  /** Three statements; the second creates {@code j_two}, which fails when the table is there already. */
  static List<ResolvedMigration> threeStatements() {
    return List.of(TestMigrations.createTable("1"), TestMigrations.resolved("2", "three tables", new ThreeTables()));
  }

  static final class Hangs implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("k_tab").column(column("id", BIGINT)).primaryKey("id"));
      db.run(connection -> {
        try (var statement = connection.createStatement()) {
          statement.execute("INSERT INTO k_tab (id) VALUES (1)");
        }
        if (Boolean.getBoolean(HANG)) {
          try {
            Thread.sleep(120_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      });
      db.createTable(table("k_two").column(column("id", BIGINT)).primaryKey("id"));
    }
  }

  static final class ThreeTables implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("j_one").column(column("id", BIGINT)).primaryKey("id"));
      db.executeSql("CREATE TABLE j_two (id BIGINT NOT NULL PRIMARY KEY)");
      db.createTable(table("j_three").column(column("id", BIGINT)).primaryKey("id"));
    }
  }

  /** Migrates {@code args[0]} (a JDBC URL) with {@link #killed()}; meant to be killed in its code step. */
  public static void main(String[] args) {
    Runner.configure().dataSource(RunnerTests.dataSource(args[0])).migrations(killed()).build().migrate();
  }
}
