package dev.strata.bench;

import dev.strata.Database;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.SchemaDef;
import java.util.ArrayList;
import java.util.List;

/** Renders migrations into the {@link DdlScript} the raw JDBC baseline applies. */
final class DdlScripts {
  private DdlScripts() {}

  /**
   * The statements Strata's dialect renders for each migration's {@code up()}, tables looked up
   * in the schema replayed so far (as the runner looks them up in the live database; only SQLite
   * rebuilds read them), with a bookkeeping table shaped like Strata's history table.
   */
  static DdlScript render(List<ResolvedMigration> migrations, SqlDialect dialect) {
    List<DdlScript.Unit> units = new ArrayList<>(migrations.size());
    SchemaDef schema = SchemaDef.EMPTY;
    for (ResolvedMigration migration : migrations) {
      List<String> statements = new ArrayList<>();
      for (Operation operation : migration.upOperations()) {
        SchemaDef before = schema;
        statements.addAll(dialect.render(operation, before::table));
        schema = Replayer.apply(schema, operation);
      }
      units.add(new DdlScript.Unit(migration.version(), migration.description(), migration.checksum(), statements));
    }
    boolean sqlite = dialect.database() == Database.SQLITE;
    return new DdlScript(sqlite, historyTable(dialect.database()), units);
  }

  /** A bookkeeping table shaped like Strata's history table, in the types of {@code database}. */
  static String historyTable(Database database) {
    if (database == Database.SQLITE) {
      return "CREATE TABLE IF NOT EXISTS bench_history (version TEXT PRIMARY KEY, description TEXT NOT NULL,"
          + " checksum TEXT NOT NULL, installed_at TEXT NOT NULL, execution_ms INTEGER NOT NULL,"
          + " success INTEGER NOT NULL, installed_by TEXT NOT NULL)";
    }
    return "CREATE TABLE IF NOT EXISTS bench_history (version VARCHAR(50) PRIMARY KEY,"
        + " description VARCHAR(255) NOT NULL, checksum VARCHAR(64) NOT NULL, installed_at VARCHAR(40) NOT NULL,"
        + " execution_ms BIGINT NOT NULL, success BOOLEAN NOT NULL, installed_by VARCHAR(100) NOT NULL)";
  }
}
