package dev.strata.internal.introspect;

import static dev.strata.ddl.Ddl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.fixtures.Defs;
import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.LiveSchema;
import dev.strata.internal.dialect.SqlDialect;
import dev.strata.internal.dialect.Unmodelled;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.CheckExpressions;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.LogicalType;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A MySQL/MariaDB schema written with real DDL, with what Strata cannot model: each is read
 * exactly or named with the SQL that recreates it, and a copy made from the schema and that SQL
 * reads back the same.
 */
class MysqlLiveSchemaTest {
  private static final String FILM = "CREATE TABLE film ("
      + " film_id int(10) unsigned NOT NULL AUTO_INCREMENT,"
      + " title varchar(128) NOT NULL,"
      + " description text,"
      + " release_year year(4) DEFAULT NULL,"
      + " rating enum('G','PG','PG-13','R','NC-17') DEFAULT 'G',"
      + " special_features set('Trailers','Commentaries','Deleted Scenes') DEFAULT 'Trailers',"
      + " length smallint(5) unsigned DEFAULT NULL,"
      + " price decimal(5,2) NOT NULL DEFAULT 4.99 CHECK (price >= 0),"
      + " price_with_tax decimal(7,2) AS (price * 1.2) STORED,"
      + " code varchar(20) COLLATE utf8mb4_bin DEFAULT NULL,"
      + " added date DEFAULT (CURRENT_DATE),"
      + " added_at time DEFAULT (CURRENT_TIME),"
      + " created datetime NOT NULL DEFAULT current_timestamp(),"
      + " last_update timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),"
      + " PRIMARY KEY (film_id),"
      + " FULLTEXT KEY idx_title_description (title, description),"
      + " KEY idx_title (title),"
      + " KEY idx_length_desc (length DESC),"
      + " KEY idx_description (description(10)),"
      + " KEY idx_tax (price_with_tax),"
      + " CONSTRAINT ck_title CHECK (title <> '')"
      + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
  private static final String PLACE = "CREATE TABLE place (id int NOT NULL PRIMARY KEY, spot point NOT NULL,"
      + " SPATIAL KEY idx_spot (spot)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";

  @Test
  void whatTheModelCannotHoldIsNamedWithTheSqlThatRecreatesIt() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.MYSQL); TestDatabase copy = TestDatabases.open(Kind.MYSQL)) {
      db.execute(FILM, PLACE,
          "INSERT INTO film (title, description, rating, price) VALUES ('Academy Dinosaur', 'An epic drama', 'PG', 0.99)",
          "INSERT INTO place (id, spot) VALUES (1, POINT(1, 2))");
      SqlDialect dialect = Dialects.detect(db.connection());
      LiveSchema live = Dialects.introspector(db.connection()).read();
      String on = dialect.displayName();

      TableDef film = live.schema().table("film").orElseThrow();
      assertEquals(List.of("film_id", "title", "description", "release_year", "rating", "special_features", "length",
          "price", "code", "added", "added_at", "created", "last_update"), film.columnNames(),
          "the generated column is left out");
      assertEquals(new ColumnDef("film_id", ColumnType.raw("int unsigned"), false, null, true, null),
          film.column("film_id").orElseThrow());
      assertEquals(new ColumnDef("rating", ColumnType.raw("enum('G','PG','PG-13','R','NC-17')"), true, "'G'", false, null),
          film.column("rating").orElseThrow(), "ENUM values and the default keep their case");
      assertEquals(ColumnType.raw("set('Trailers','Commentaries','Deleted Scenes')"),
          film.column("special_features").orElseThrow().type());
      assertEquals("'Trailers'", film.column("special_features").orElseThrow().defaultValue());
      assertEquals(ColumnType.raw("year"), film.column("release_year").orElseThrow().type());
      assertEquals(new ColumnDef("added", ColumnType.of(LogicalType.DATE), true, "CURRENT_DATE", false, null),
          film.column("added").orElseThrow());
      assertEquals(new ColumnDef("added_at", ColumnType.of(LogicalType.TIME), true, "CURRENT_TIME", false, null),
          film.column("added_at").orElseThrow());
      assertEquals(new ColumnDef("created", ColumnType.of(LogicalType.TIMESTAMP), false, "CURRENT_TIMESTAMP", false,
          null), film.column("created").orElseThrow());
      assertEquals(new ColumnDef("last_update", ColumnType.of(LogicalType.TIMESTAMP_TZ), false, "CURRENT_TIMESTAMP",
          false, null), film.column("last_update").orElseThrow());
      assertEquals(List.of(new IndexDef("idx_title", List.of("title"), false)), film.indexes(),
          "only the plain index is modelled");
      assertEquals(List.of(), live.schema().table("place").orElseThrow().indexes());
      // MariaDB names the column's check like the column, MySQL film_chk_1.
      assertEquals(2, film.checks().size(), film.checks().toString());
      assertTrue(CheckExpressions.equivalent("title <> ''", film.check("ck_title").orElseThrow().expression()));
      CheckDef price = film.checks().stream().filter(c -> !c.name().equals("ck_title")).findFirst().orElseThrow();
      assertTrue(CheckExpressions.equivalent("price >= 0", price.expression()), price.toString());

      assertEquals(List.of(
          "applies on " + on + " only: film.film_id int unsigned",
          "applies on " + on + " only: film.release_year year",
          "applies on " + on + " only: film.rating enum('G','PG','PG-13','R','NC-17')",
          "applies on " + on + " only: film.special_features set('Trailers','Commentaries','Deleted Scenes')",
          "applies on " + on + " only: film.length smallint unsigned",
          "carried verbatim on " + on + " only: film.price_with_tax, generated column (stored)",
          "carried verbatim on " + on + " only: film.code, column COLLATE utf8mb4_bin",
          "carried verbatim on " + on + " only: film.last_update, column ON UPDATE current_timestamp()",
          "carried verbatim on " + on + " only: film.idx_description, prefix index (`description`(10))",
          "carried verbatim on " + on + " only: film.idx_length_desc, descending index (`length` DESC)",
          "carried verbatim on " + on + " only: film.idx_tax, on a generated column index (`price_with_tax`)",
          "carried verbatim on " + on + " only: film.idx_title_description, FULLTEXT index (`title`,`description`)",
          "applies on " + on + " only: place.spot point",
          "carried verbatim on " + on + " only: place.idx_spot, SPATIAL index (`spot`)"), live.lines());

      // A copy: the modelled tables as Strata creates them, then the verbatim SQL.
      for (TableDef table : live.schema().tables()) {
        copy.execute(dialect.render(new Operation.CreateTable(table), n -> Optional.empty()).toArray(String[]::new));
      }
      for (Unmodelled u : live.verbatim()) {
        copy.execute(u.sql());
      }
      copy.execute("INSERT INTO film (title, description, rating, price) VALUES ('Academy Dinosaur', 'An epic drama',"
          + " 'PG', 0.99)");
      LiveSchema again = Dialects.introspector(copy.connection()).read();
      assertEquals(live, again, "the copy reads back as the source");
    }
  }

  /**
   * MariaDB's JSON is LONGTEXT with an implied {@code CHECK (json_valid(col))} named like the
   * column: the type brings it back, so it is no check of the model; a check of one's own on the
   * same table is.
   */
  @Test
  void mariadbsImpliedJsonCheckIsLeftOut() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.MYSQL)) {
      SqlDialect dialect = Dialects.detect(db.connection());
      org.junit.jupiter.api.Assumptions.assumeTrue(dialect.database() == dev.strata.Database.MARIADB,
          "MariaDB only");
      db.execute("CREATE TABLE doc (id int NOT NULL PRIMARY KEY, body JSON, n int CHECK (n > 0),"
          + " CONSTRAINT ck_doc_body CHECK (json_length(body) < 10))");
      LiveSchema live = Dialects.introspector(db.connection()).read();
      TableDef doc = live.schema().table("doc").orElseThrow();
      assertEquals(List.of("ck_doc_body", "n"), doc.checks().stream().map(CheckDef::name).toList());
      // (The JSON column itself reads back as longtext: a matter of its type, not of checks.)
      assertEquals(List.of(), live.lines().stream().filter(l -> l.toLowerCase().contains("json_valid")
          || l.contains("CHECK")).toList());
    }
  }

  @Test
  void anIndexNameRepeatedOnAnotherTableKeepsItOnTheFirstAndIsCarriedVerbatimOnTheOthers() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.MYSQL); TestDatabase copy = TestDatabases.open(Kind.MYSQL)) {
      db.execute("CREATE TABLE actor (id int NOT NULL PRIMARY KEY, last_name varchar(45) NOT NULL,"
              + " KEY idx_last_name (last_name)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
          "CREATE TABLE customer (id int NOT NULL PRIMARY KEY, last_name varchar(45) NOT NULL,"
              + " KEY idx_last_name (last_name)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
          "CREATE TABLE staff (id int NOT NULL PRIMARY KEY, last_name varchar(45) NOT NULL,"
              + " UNIQUE KEY idx_last_name (last_name)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
          "INSERT INTO actor VALUES (1, 'Guiness')", "INSERT INTO customer VALUES (1, 'Smith')");
      SqlDialect dialect = Dialects.detect(db.connection());
      LiveSchema live = Dialects.introspector(db.connection()).read();
      assertEquals(List.of(new IndexDef("idx_last_name", List.of("last_name"), false)),
          live.schema().table("actor").orElseThrow().indexes());
      assertEquals(List.of(), live.schema().table("customer").orElseThrow().indexes());
      assertEquals(List.of(), live.schema().table("staff").orElseThrow().indexes());
      String on = dialect.displayName();
      String unique = " (index names must be unique per schema on PostgreSQL and SQLite, and in Strata's model)";
      assertEquals(List.of(
          "carried verbatim on " + on + " only: customer.idx_last_name, index (`last_name`), its name also used on"
              + " table actor" + unique,
          "carried verbatim on " + on + " only: staff.idx_last_name, index (`last_name`), its name also used on"
              + " table actor" + unique), live.lines());
      assertEquals(List.of(), Dialects.introspector(db.connection()).table("customer").orElseThrow().indexes(),
          "a table read alone says the same");
      // The schema read replays (one name, once), and with the verbatim SQL it makes the same database.
      assertEquals(live.schema(), Replayer.replay(new SchemaDef(List.of()), live.schema().tables().stream()
          .map(t -> (Operation) new Operation.CreateTable(t)).toList(), "a migration written from the database"));
      for (TableDef table : live.schema().tables()) {
        copy.execute(dialect.render(new Operation.CreateTable(table), n -> Optional.empty()).toArray(String[]::new));
      }
      for (Unmodelled u : live.verbatim()) {
        copy.execute(u.sql());
      }
      assertEquals(live, Dialects.introspector(copy.connection()).read());
    }
  }

  @Test
  void currentDateTimeAndEnumDefaultsStrataWroteReadBackAsTheirProjection() throws Exception {
    try (TestDatabase db = TestDatabases.open(Kind.MYSQL)) {
      SqlDialect dialect = Dialects.detect(db.connection());
      TableDef table = Defs.def(table("visit")
          .column(column("id", BIGINT).auto())
          .column(column("day", DATE).defaultValue("CURRENT_DATE"))
          .column(column("at", TIME).defaultValue("CURRENT_TIME"))
          .column(column("stamp", TIMESTAMP).defaultValue("CURRENT_TIMESTAMP"))
          .column(column("rating", raw("enum('G','PG','PG-13')")).defaultValue("'PG'"))
          .primaryKey("id"));
      db.execute(dialect.render(new Operation.CreateTable(table), n -> Optional.empty()).toArray(String[]::new));
      db.execute("INSERT INTO visit (rating) VALUES ('PG-13')");
      SchemaDef schema = new SchemaDef(List.of(table));
      assertEquals(dialect.project(schema), Dialects.introspector(db.connection()).schema());
      assertEquals(List.of(), new SchemaDrift(dialect).differences(schema, Dialects.introspector(db.connection()).schema()));
    }
  }
}
