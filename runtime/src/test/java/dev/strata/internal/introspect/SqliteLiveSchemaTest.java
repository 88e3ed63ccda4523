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
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A SQLite schema written with real DDL, with what Strata cannot model: indexes are carried with
 * their CREATE INDEX text; generated columns and collations are named as not carried. CHECK
 * constraints are read from the table text, named or given Strata's default name.
 */
class SqliteLiveSchemaTest {

  @Test
  void whatTheModelCannotHoldIsNamed() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.SQLITE); TestDatabase copy = TestDatabases.open(Kind.SQLITE)) {
      db.execute("CREATE TABLE film (film_id INTEGER PRIMARY KEY, title TEXT NOT NULL, code TEXT COLLATE NOCASE,"
              + " active INTEGER NOT NULL DEFAULT 1, price REAL NOT NULL DEFAULT 4.99 CHECK (price >= 0),"
              + " price_with_tax REAL GENERATED ALWAYS AS (price * 1.2) VIRTUAL,"
              + " CONSTRAINT ck_title CHECK (title <> '' AND (title <> 'x')))",
          "CREATE INDEX idx_active_title ON film (title) WHERE active = 1",
          "CREATE INDEX idx_lower_title ON film (lower(title))",
          "CREATE INDEX idx_lower_active ON film (lower(title)) WHERE active = 1",
          "CREATE INDEX idx_price_desc ON film (price DESC)",
          "CREATE INDEX idx_title ON film (title)",
          "INSERT INTO film (title, price) VALUES ('Academy Dinosaur', 0.99)");
      SqlDialect dialect = Dialects.detect(db.connection());
      LiveSchema live = Dialects.introspector(db.connection()).read();
      TableDef film = live.schema().table("film").orElseThrow();
      assertEquals(List.of("film_id", "title", "code", "active", "price"), film.columnNames());
      assertEquals(List.of(new IndexDef("idx_active_title", List.of("title"), false, "active = 1"),
          new IndexDef("idx_title", List.of("title"), false)), film.indexes(),
          "plain and partial indexes over columns are modelled, the predicate as written");
      assertEquals(List.of(CheckDef.of("ck_film_price", "price >= 0"),
          CheckDef.of("ck_title", "title <> '' AND (title <> 'x')")), film.checks());
      String lacks = "; a copy made from the migrations lacks it";
      assertEquals(List.of(
          "not carried on SQLite: film.price_with_tax, generated column (virtual)" + lacks,
          "not carried on SQLite: film.NOCASE, COLLATE NOCASE" + lacks,
          "carried verbatim on SQLite only: film.idx_lower_active, partial, expression index (lower(title)) WHERE active = 1",
          "carried verbatim on SQLite only: film.idx_lower_title, expression index (lower(title))",
          "carried verbatim on SQLite only: film.idx_price_desc, descending index (price DESC)"), live.lines());

      for (TableDef table : live.schema().tables()) {
        copy.execute(dialect.render(new Operation.CreateTable(table), n -> Optional.empty()).toArray(String[]::new));
      }
      for (Unmodelled u : live.verbatim()) {
        copy.execute(u.sql());
      }
      LiveSchema again = Dialects.introspector(copy.connection()).read();
      assertEquals(live.schema(), again.schema());
      assertEquals(live.verbatim(), again.verbatim(), "the indexes are carried exactly");
    }
  }
}
