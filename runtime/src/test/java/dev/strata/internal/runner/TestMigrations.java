package dev.strata.internal.runner;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;

import dev.strata.Migration;
import dev.strata.MigrationContext;
import dev.strata.internal.loader.ResolvedMigration;
import java.util.List;

/** Small migrations for runner tests, fed to the migrator as an explicit list. */
final class TestMigrations {
  private TestMigrations() {}

  static ResolvedMigration resolved(String version, String description, Migration migration) {
    return new ResolvedMigration(version, description, migration);
  }

  /** Version {@code v}: creates table {@code t<v>} (id, name); down drops it. */
  static ResolvedMigration createTable(String version) {
    return resolved(version, "create t" + version, new CreateTable("t" + version));
  }

  /** Versions in order, each creating its own table. */
  static List<ResolvedMigration> createTables(String... versions) {
    return java.util.Arrays.stream(versions).map(TestMigrations::createTable).toList();
  }

  /** Creates a table with an id key and a name. */
  static final class CreateTable implements Migration {
    private final String name;

    CreateTable(String name) {
      this.name = name;
    }

    @Override
    public void up(MigrationContext db) {
      db.createTable(table(name).column(column("id", BIGINT)).column(column("name", varchar(50)).nullable())
          .primaryKey("id"));
    }

    @Override
    public void down(MigrationContext db) {
      db.dropTable(name);
    }
  }

  /** Creates a table with an extra column: same version as {@link CreateTable}, other checksum. */
  static final class CreateTableChanged implements Migration {
    private final String name;

    CreateTableChanged(String name) {
      this.name = name;
    }

    @Override
    public void up(MigrationContext db) {
      db.createTable(table(name).column(column("id", BIGINT)).column(column("name", varchar(50)).nullable())
          .column(column("extra", varchar(10)).nullable()).primaryKey("id"));
    }

    @Override
    public void down(MigrationContext db) {
      db.dropTable(name);
    }
  }

  /** Creates a table, then runs SQL that fails on every database; no down(). */
  static final class CreateThenFail implements Migration {
    private final String name;

    CreateThenFail(String name) {
      this.name = name;
    }

    @Override
    public void up(MigrationContext db) {
      db.createTable(table(name).column(column("id", BIGINT)).primaryKey("id"));
      db.executeSql("INSERT INTO no_such_table_xyz (id) VALUES (1)");
    }
  }

  /** Plain SQL both ways. */
  static final class Sql implements Migration {
    private final String up;
    private final String down;

    Sql(String up, String down) {
      this.up = up;
      this.down = down;
    }

    @Override
    public void up(MigrationContext db) {
      db.executeSql(up);
    }

    @Override
    public void down(MigrationContext db) {
      db.executeSql(down);
    }
  }

  /** Creates a table; has no down(). */
  static final class Irreversible implements Migration {
    private final String name;

    Irreversible(String name) {
      this.name = name;
    }

    @Override
    public void up(MigrationContext db) {
      db.createTable(table(name).column(column("id", BIGINT)).primaryKey("id"));
    }
  }
}
