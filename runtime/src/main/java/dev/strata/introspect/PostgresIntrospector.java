package dev.strata.introspect;

import dev.strata.dialect.PostgresDialect;
import dev.strata.dialect.SqlDialect;
import dev.strata.schema.model.SchemaDef;
import dev.strata.schema.model.TableDef;
import java.sql.Connection;
import java.util.Optional;

/** PostgreSQL's current schema. */
final class PostgresIntrospector implements Introspector {
  private final Connection connection;

  PostgresIntrospector(Connection connection) {
    this.connection = connection;
  }

  @Override
  public SqlDialect dialect() {
    return PostgresDialect.INSTANCE;
  }

  @Override
  public SchemaDef schema() {
    throw new UnsupportedOperationException("PostgreSQL introspection is not written yet");
  }

  @Override
  public Optional<TableDef> table(String name) {
    throw new UnsupportedOperationException("PostgreSQL introspection is not written yet");
  }
}
