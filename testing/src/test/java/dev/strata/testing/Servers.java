package dev.strata.testing;

import dev.strata.internal.jdbc.DatabaseUrls;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The servers these tests run against, and a condition that skips a {@code @StrataTest} class whose
 * server cannot be reached, unless {@code CI=true}: there the test runs and fails, as an unreachable
 * server must not pass unnoticed.
 */
final class Servers implements ExecutionCondition {
  /** For {@code @StrataTest(url = ...)}: {@code STRATA_TEST_POSTGRES_URL}, else the local server. */
  static final String POSTGRES_PLACEHOLDER = "${STRATA_TEST_POSTGRES_URL:postgresql://postgres@127.0.0.1:5432/test}";
  /** For {@code @StrataTest(url = ...)}: {@code STRATA_TEST_MYSQL_URL}, else the local server. */
  static final String MARIADB_PLACEHOLDER = "${STRATA_TEST_MYSQL_URL:mysql://root@127.0.0.1:3306/test}";

  /** The PostgreSQL server the tests use, resolved. */
  static final String POSTGRES = StrataExtension.resolve(POSTGRES_PLACEHOLDER);
  /** The MySQL or MariaDB server the tests use, resolved. */
  static final String MARIADB = StrataExtension.resolve(MARIADB_PLACEHOLDER);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String url = StrataExtension.configuredUrl(context);
    if (url == null || url.startsWith("sqlite:") || reachable(url) || onCi()) {
      return ConditionEvaluationResult.enabled("server reachable, SQLite, or on CI");
    }
    return ConditionEvaluationResult.disabled(url + " not reachable, test skipped");
  }

  /** Whether a connection to {@code url} opens. */
  static boolean reachable(String url) {
    try (Connection ignored = DriverManager.getConnection(DatabaseUrls.toJdbc(url))) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  static boolean onCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** An admin connection to the server of {@code url}. */
  static Connection admin(String url) throws SQLException {
    return DriverManager.getConnection(DatabaseUrls.toJdbc(url));
  }
}
