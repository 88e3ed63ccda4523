package dev.strata.internal.database.mysql;

import dev.strata.Database;
import dev.strata.internal.dialect.TableLookup;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import java.util.List;

/**
 * MariaDB: MySQL's dialect where MariaDB differs. It takes literal defaults on BLOB and TEXT
 * columns, has {@code ADD INDEX IF NOT EXISTS} and {@code DROP INDEX IF EXISTS} (MariaDB Knowledge
 * Base, "ALTER TABLE"), and prints column defaults in {@code information_schema} as SQL.
 */
final class MariadbDialect extends MysqlDialect {

  @Override
  public Database database() {
    return Database.MARIADB;
  }

  @Override
  public String displayName() {
    return "MariaDB";
  }

  @Override
  public String minimumVersion() {
    return "10.5";
  }

  @Override
  public List<String> names() {
    return List.of("mariadb");
  }

  /** Its own JDBC driver says "MariaDB"; Connector/J says "MySQL" with a version ending in "-MariaDB". */
  @Override
  public boolean isProduct(String productName, String productVersion) {
    return productName.equals("mariadb") || (productName.equals("mysql") && productVersion.contains("mariadb"));
  }

  @Override
  String textOrBlobDefault(String value) {
    return value;
  }

  @Override
  List<String> addIndexesIfMissing(String table, String alter, List<ForeignKeyDef> keys) {
    StringBuilder sql = new StringBuilder(alter);
    for (ForeignKeyDef fk : keys) {
      sql.append(", ADD INDEX IF NOT EXISTS ").append(quote(fk.name())).append(' ').append(columnList(fk.columns()));
    }
    return List.of(sql.toString());
  }

  @Override
  protected List<String> dropForeignKey(Operation.DropForeignKey op, TableLookup live) {
    return List.of("ALTER TABLE " + quote(op.table()) + " DROP FOREIGN KEY " + quote(op.foreignKey())
        + ", DROP INDEX IF EXISTS " + quote(op.foreignKey()));
  }

  /** MariaDB drops a check with {@code DROP CONSTRAINT} only (MariaDB Knowledge Base, "ALTER TABLE"). */
  @Override
  protected List<String> dropCheck(Operation.DropCheck op, TableLookup live) {
    return List.of("ALTER TABLE " + quote(op.table()) + " DROP CONSTRAINT " + quote(op.check()));
  }

  /**
   * MariaDB already prints defaults as SQL: {@code 'draft'}, {@code NULL} for none; a string in
   * MySQL's spelling, with backslash escapes ({@code 'C:\\temp'}), which is read as standard SQL
   * ({@code 'C:\temp'}) so that it compares with the default the migrations wrote.
   */
  @Override
  String columnDefaultSql(String value, ColumnType type, String extra) {
    return MysqlTypes.standardLiteral(value);
  }
}
