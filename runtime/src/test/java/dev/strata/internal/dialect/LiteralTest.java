package dev.strata.internal.dialect;

import dev.strata.internal.database.Dialects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.fixtures.TestDatabases;
import dev.strata.fixtures.TestDatabases.Kind;
import dev.strata.fixtures.TestDatabases.TestDatabase;
import dev.strata.internal.database.mysql.MysqlDialect;
import dev.strata.internal.database.postgresql.PostgresDialect;
import dev.strata.internal.database.sqlite.SqliteDialect;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** String literals each database reads back as the text they were made of. */
class LiteralTest {
  private static final List<String> TEXTS = List.of("plain", "it's", "''", "back\\slash", "\\'", "a\nb", "");

  @Test
  void quotesAreDoubledAndMysqlEscapesBackslashes() {
    assertEquals("'it''s'", PostgresDialect.INSTANCE.literal("it's"));
    assertEquals("'a\\b'", SqliteDialect.INSTANCE.literal("a\\b"));
    assertEquals("'a\\\\b ''c'''", MysqlDialect.MYSQL.literal("a\\b 'c'"));
    assertEquals(MysqlDialect.MYSQL.literal("a\\b"), MysqlDialect.MARIADB.literal("a\\b"));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theDatabaseReadsTheTextBack(Kind kind) throws Exception {
    try (TestDatabase db = TestDatabases.open(kind)) {
      SqlDialect dialect = Dialects.detect(db.connection());
      for (String text : TEXTS) {
        try (Statement s = db.connection().createStatement();
            ResultSet rs = s.executeQuery("SELECT " + dialect.literal(text))) {
          rs.next();
          assertEquals(text, rs.getString(1), dialect.displayName() + " reads " + dialect.literal(text));
        }
      }
    }
  }
}
