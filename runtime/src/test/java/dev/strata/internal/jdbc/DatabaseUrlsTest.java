package dev.strata.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import org.junit.jupiter.api.Test;

class DatabaseUrlsTest {

  @Test
  void sqliteUrls() {
    assertEquals("jdbc:sqlite:sample.db", DatabaseUrls.toJdbc("sqlite:sample.db"));
    assertEquals("jdbc:sqlite::memory:", DatabaseUrls.toJdbc("sqlite::memory:"));
  }

  @Test
  void serverUrlsCarryUserAndPassword() {
    assertEquals("jdbc:postgresql://db.local:5433/app?user=alice&password=p%40ss",
        DatabaseUrls.toJdbc("postgresql://alice:p%40ss@db.local:5433/app"));
    assertEquals("jdbc:postgresql://localhost:5432/app", DatabaseUrls.toJdbc("postgres://localhost/app"));
    assertEquals("jdbc:mysql://127.0.0.1:3306/test?user=root",
        DatabaseUrls.toJdbc("mysql://root@127.0.0.1/test"));
    assertEquals("jdbc:mysql://h:3307/d?useSSL=false&user=u&password=",
        DatabaseUrls.toJdbc("mariadb://u:@h:3307/d?useSSL=false"));
  }

  @Test
  void jdbcUrlsPassThrough() {
    assertEquals("jdbc:h2:mem:x", DatabaseUrls.toJdbc("jdbc:h2:mem:x"));
  }

  @Test
  void unknownFormsAreRejectedWithTheAcceptedOnes() {
    StrataException e = assertThrows(StrataException.class, () -> DatabaseUrls.toJdbc("oracle://x/y"));
    assertEquals(ErrorCode.USAGE, e.code());
    assertTrue(e.getMessage().contains("sqlite:path"), e.getMessage());
  }
}
