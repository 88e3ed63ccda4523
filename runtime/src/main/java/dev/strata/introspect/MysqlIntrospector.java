package dev.strata.introspect;

import dev.strata.dialect.SqlDialect;
import dev.strata.schema.model.SchemaDef;
import dev.strata.schema.model.TableDef;
import java.sql.Connection;
import java.util.Optional;

/** MySQL's current schema. */
final class MysqlIntrospector implements Introspector {
  private final Connection connection;
  private final SqlDialect dialect;

  MysqlIntrospector(Connection connection, SqlDialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  @Override
  public SqlDialect dialect() {
    return dialect;
  }

  @Override
  public SchemaDef schema() {
    throw new UnsupportedOperationException("MySQL introspection is not written yet");
  }

  @Override
  public Optional<TableDef> table(String name) {
    throw new UnsupportedOperationException("MySQL introspection is not written yet");
  }
}
