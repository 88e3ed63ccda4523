package dev.strata.internal.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.LiveSchema;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.dialect.Unmodelled;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL schema written with real DDL, with what Strata cannot model: each is read exactly
 * or named with the SQL that recreates it, and a copy made from the schema and that SQL reads back
 * the same.
 */
class PostgresLiveSchemaTest {

  @Test
  void whatTheModelCannotHoldIsNamedWithTheSqlThatRecreatesIt() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.POSTGRESQL); TestDatabase copy = TestDatabases.open(Kind.POSTGRESQL)) {
      db.execute("CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155)",
          "CREATE TYPE mpaa_rating AS ENUM ('G', 'PG', 'PG-13', 'R', 'NC-17')",
          "CREATE TABLE film (film_id serial PRIMARY KEY, title text NOT NULL, code varchar(20) COLLATE \"C\","
              + " release_year year, rating mpaa_rating DEFAULT 'G', fulltext tsvector, during tstzrange,"
              + " price numeric(5,2) NOT NULL DEFAULT 4.99 CHECK (price >= 0),"
              + " price_with_tax numeric(7,2) GENERATED ALWAYS AS (price * 1.2) STORED,"
              + " active boolean NOT NULL DEFAULT true, added date DEFAULT ('now'::text)::date,"
              + " last_update timestamp with time zone NOT NULL DEFAULT now(),"
              + " CONSTRAINT ck_title CHECK (title <> ''))",
          "CREATE INDEX film_fulltext_idx ON film USING gist (fulltext)",
          "CREATE INDEX idx_during ON film USING gist (during)",
          "CREATE INDEX idx_active_title ON film (title) WHERE active",
          "CREATE INDEX idx_lower_title ON film (lower(title))",
          "CREATE INDEX idx_lower_active ON film (lower(title)) WHERE active",
          "CREATE INDEX idx_price_desc ON film (price DESC)",
          "CREATE INDEX idx_code_hash ON film USING hash (code)",
          "CREATE INDEX idx_title ON film (title)",
          "INSERT INTO film (title, release_year, rating, price) VALUES ('Academy Dinosaur', 2006, 'PG', 0.99)");
      SqlDialect dialect = Dialects.detect(db.connection());
      LiveSchema live = Dialects.introspector(db.connection()).read();

      TableDef film = live.schema().table("film").orElseThrow();
      assertEquals(List.of("film_id", "title", "code", "release_year", "rating", "fulltext", "during", "price",
          "active", "added", "last_update"), film.columnNames(), "the generated column is left out");
      assertEquals(new ColumnDef("rating", ColumnType.raw("mpaa_rating"), true, "'G'", false, null),
          film.column("rating").orElseThrow());
      assertEquals(new ColumnDef("added", ColumnType.of(LogicalType.DATE), true, "CURRENT_DATE", false, null),
          film.column("added").orElseThrow());
      assertEquals(new ColumnDef("last_update", ColumnType.of(LogicalType.TIMESTAMP_TZ), false, "CURRENT_TIMESTAMP",
          false, null), film.column("last_update").orElseThrow());
      assertEquals(List.of(new IndexDef("idx_active_title", List.of("title"), false, "active"),
          new IndexDef("idx_title", List.of("title"), false)), film.indexes(),
          "plain and partial indexes over columns are modelled");
      assertEquals(List.of(CheckDef.of("ck_title", "title <> ''::text"),
          CheckDef.of("film_price_check", "price >= (0)::numeric")), film.checks(),
          "checks are read in PostgreSQL's spelling, the outer parentheses removed");

      assertEquals(List.of(
          "carried verbatim on PostgreSQL only: year, domain year AS integer CONSTRAINT year_check"
              + " CHECK (((VALUE >= 1901) AND (VALUE <= 2155)))",
          "carried verbatim on PostgreSQL only: mpaa_rating, enum type ('G', 'PG', 'PG-13', 'R', 'NC-17')",
          "carried verbatim on PostgreSQL only: film.code, column COLLATE \"C\"",
          "applies on PostgreSQL only: film.release_year year",
          "applies on PostgreSQL only: film.rating mpaa_rating",
          "applies on PostgreSQL only: film.fulltext tsvector",
          "applies on PostgreSQL only: film.during tstzrange",
          "carried verbatim on PostgreSQL only: film.price_with_tax, generated column (stored) AS (price * 1.2)",
          "carried verbatim on PostgreSQL only: film.film_fulltext_idx, gist index USING gist (fulltext)",
          "carried verbatim on PostgreSQL only: film.idx_code_hash, hash index USING hash (code)",
          "carried verbatim on PostgreSQL only: film.idx_during, gist index USING gist (during)",
          "carried verbatim on PostgreSQL only: film.idx_lower_active, partial, expression index USING btree"
              + " (lower(title)) WHERE active",
          "carried verbatim on PostgreSQL only: film.idx_lower_title, expression index USING btree (lower(title))",
          "carried verbatim on PostgreSQL only: film.idx_price_desc, descending index USING btree (price DESC)"),
          live.lines());

      // A copy: types and domains first, the modelled tables as Strata creates them, then the rest.
      for (Unmodelled u : live.verbatim()) {
        if (u.table() == null) {
          copy.execute(u.sql());
        }
      }
      for (TableDef table : live.schema().tables()) {
        copy.execute(dialect.render(new Operation.CreateTable(table), n -> Optional.empty()).toArray(String[]::new));
      }
      for (Unmodelled u : live.verbatim()) {
        if (u.table() != null) {
          copy.execute(u.sql());
        }
      }
      copy.execute("INSERT INTO film (title, release_year, rating, price) VALUES ('Academy Dinosaur', 2006, 'PG', 0.99)");
      LiveSchema again = Dialects.introspector(copy.connection()).read();
      assertEquals(live.lines(), again.lines());
      assertEquals(live.schema(), again.schema(), "the copy reads back as the source");
    }
  }
}
