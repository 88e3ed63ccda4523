package dev.strata.internal.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ErrorCode;
import dev.strata.Migrator;
import dev.strata.StrataException;
import dev.strata.internal.jdbc.UrlDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The exception {@code applyPending} throws names no password, whatever the data source said. */
class ConnectionSecretsTest {
  private static final String SECRET = "Zq9Pw-Secret7";

  @Test
  void aDataSourceThatEchoesItsUrlDoesNotLeakThePassword() {
    for (String message : List.of(
        "Connection to postgresql://app:" + SECRET + "@db.example:5432/app refused",
        "cannot open jdbc:mysql://db.example/app?user=app&password=" + SECRET,
        "cannot open jdbc:postgresql://db.example/app?password=" + SECRET + "&user=app")) {
      SQLException driver = new SQLException(message, "08001", new SQLException("inner: " + message));
      StrataException e = assertThrows(StrataException.class, () -> Migrator.applyPending(failing(driver)));
      assertEquals(ErrorCode.CONNECTION_FAILED, e.code());
      assertTrue(e.getMessage().contains("***"), e.getMessage());
      assertTrue(e.getMessage().contains("db.example"), "the message still says where: " + e.getMessage());
      assertFalse(shown(e).contains(SECRET), shown(e));
    }
  }

  @Test
  void aPasswordGivenApartFromTheUrlIsMaskedToo() {
    // MariaDB's root has no password: this one is wrong, and the driver may echo it
    UrlDataSource dataSource = UrlDataSource.of("mysql://root@127.0.0.1:3306/test", "root", SECRET);
    StrataException e = assertThrows(StrataException.class, () -> Migrator.applyPending(dataSource));
    assertEquals(ErrorCode.CONNECTION_FAILED, e.code());
    assertFalse(shown(e).contains(SECRET), shown(e));
  }

  /** The exception as a log would show it: message, causes and stack traces. */
  private static String shown(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  /** A data source whose every connection attempt throws {@code e}. */
  private static DataSource failing(SQLException e) {
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            throw e;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
