package dev.strata.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.StrataException;
import dev.strata.fixtures.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsTest {
  private static final String SECRET = "S3cretPw";

  @Test
  void urlsAreShownWithTheirPasswordMasked() {
    assertEquals("postgresql://postgres:***@db:5432/app", Secrets.redact("postgresql://postgres:S3cretPw@db:5432/app"));
    assertEquals("mysql://u:***@h/d", Secrets.redact("mysql://u:p@ss@h/d"));
    assertEquals("jdbc:postgresql://h/d?password=***", Secrets.redact("jdbc:postgresql://h/d?password=S3cretPw"));
    assertEquals("jdbc:mysql://h/d?user=root&password=***&useSSL=false",
        Secrets.redact("jdbc:mysql://h/d?user=root&password=S3cretPw&useSSL=false"));
    assertEquals("jdbc:sqlserver://h;user=sa;Password=***", Secrets.redact("jdbc:sqlserver://h;user=sa;Password=S3cretPw"));
    assertEquals("sqlite:app.db", Secrets.redact("sqlite:app.db"));
    assertEquals("postgresql://postgres@h/d", Secrets.redact("postgresql://postgres@h/d"));
  }

  @Test
  void aPasswordIsScrubbedWhereverAMessageRepeatsIt() {
    String url = "postgresql://postgres:p%40ss%21word@h/d";
    assertEquals("login failed for *** (***)", Secrets.scrub("login failed for p@ss!word (p%40ss%21word)", url));
  }

  /** Every URL form with a distinctive password, through each way a connection can fail. */
  @Test
  void noConnectionFailureShowsThePassword() {
    String host = host(TestDatabases.POSTGRES_URL);
    List<String> urls = List.of(
        "postgresql://postgres:" + SECRET + "@" + host + "/strata_no_such_db",
        "postgresql://postgres:" + SECRET + "@127.0.0.1:1/test",
        "postgresql://postgres:" + SECRET + "@127.0.0.1:54x2/test",
        "postgresql://postgres:" + SECRET + "@/test",
        "jdbc:postgresql://" + host + "/strata_no_such_db?user=postgres&password=" + SECRET,
        "jdbc:postgresql://" + host + "/strata_no_such_db?password=" + SECRET + "&user=postgres",
        "jdbc:mysql://127.0.0.1:1/test?user=root&password=" + SECRET,
        "mysql://root:" + SECRET + "@127.0.0.1:3306/strata_no_such_db",
        "nosuchdb://root:" + SECRET + "@h/d");
    for (String url : urls) {
      StrataException e = assertThrows(StrataException.class, () -> UrlDataSource.of(url).open(), url);
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      assertFalse(trace.toString().contains(SECRET), url + " leaked:\n" + trace);
      assertTrue(e.getMessage().contains("***"), e.getMessage());
    }
  }

  private static String host(String jdbcUrl) {
    String rest = jdbcUrl.substring(jdbcUrl.indexOf("://") + 3);
    return rest.substring(0, rest.indexOf('/'));
  }
}
