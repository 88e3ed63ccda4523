package dev.strata.internal.runner;

import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.INTEGER;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.decimal;
import static dev.strata.ddl.Ddl.foreignKey;
import static dev.strata.ddl.Ddl.table;
import static dev.strata.ddl.Ddl.varchar;

import dev.strata.Migration;
import dev.strata.MigrationContext;

/**
 * Migrations that are wrong in one way each, as a user could write them. Most first make a valid
 * operation, so the failure is at operation 2 and a half-applied migration would show.
 */
final class MalformedMigrations {
  private MalformedMigrations() {}

  /** Version 1 of every scenario: table base (id). */
  public static final class Base implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("base").column(column("id", BIGINT)).primaryKey("id"));
    }

    @Override
    public void down(MigrationContext db) {
      db.dropTable("base");
    }
  }

  /** A column added, then a table with a VARCHAR of length 0. */
  public static final class VarcharZero implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.addColumn("base", column("note", varchar(20)).nullable());
      db.createTable(table("t2").column(column("id", BIGINT)).column(column("name", varchar(0))));
    }
  }

  /** A column added, then a DECIMAL whose scale exceeds its precision. */
  public static final class DecimalScaleAbovePrecision implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.addColumn("base", column("note", varchar(20)).nullable());
      db.addColumn("base", column("price", decimal(5, 7)).nullable());
    }
  }

  /** A table with a foreign key that never says what it references. */
  public static final class ForeignKeyWithoutReferences implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.addColumn("base", column("note", varchar(20)).nullable());
      db.createTable(table("t2").column(column("id", BIGINT)).column(column("base_id", BIGINT))
          .foreignKey(foreignKey("fk_t2_base", "base_id")));
    }
  }

  /** The same foreign key, handed to addForeignKey. */
  public static final class AddForeignKeyWithoutReferences implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.addColumn("base", column("parent_id", BIGINT).nullable());
      db.addForeignKey("base", foreignKey("fk_base_parent", "parent_id"));
    }
  }

  /** up() that fails in its own code after one operation. */
  public static final class UpThrows implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("t2").column(column("id", BIGINT)));
      throw new IllegalStateException("tenant list not configured");
    }
  }

  /** A table naming the same column twice. */
  public static final class DuplicateColumn implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.addColumn("base", column("note", varchar(20)).nullable());
      db.createTable(table("t2").column(column("id", BIGINT)).column(column("id", INTEGER)));
    }
  }

  /** A table created, then a column added to a table that does not exist. */
  public static final class AddColumnToMissingTable implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.createTable(table("t2").column(column("id", BIGINT)));
      db.addColumn("ghosts", column("x", BIGINT).nullable());
    }
  }

  /** A valid up(), a down() that cannot be recorded. */
  public static final class DownMalformed implements Migration {
    @Override
    public void up(MigrationContext db) {
      db.addColumn("base", column("note", varchar(20)).nullable());
    }

    @Override
    public void down(MigrationContext db) {
      db.alterColumn("base", column("note", varchar(-1)));
    }
  }

  /** A constructor that fails, so the class cannot be instantiated. */
  public static final class ConstructorThrows implements Migration {
    public ConstructorThrows() {
      throw new IllegalStateException("no configuration file");
    }

    @Override
    public void up(MigrationContext db) {}
  }
}
