package dev.strata.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test (and its {@code @BeforeEach} and {@code @AfterEach} methods) a fresh, empty
 * database and a {@link MigrationTester} for it, as a parameter:
 * {@code @Test void splits(MigrationTester db)}. The database is dropped after the test.
 *
 * <p>Which database: {@link #url()} of the annotation on the test method, else on the test class
 * (or an enclosing class), else the system property {@code strata.test.url}, else the environment
 * variable {@code STRATA_TEST_URL}, else SQLite.
 * <ul>
 *   <li>SQLite: a new file in a new temporary folder, deleted afterwards.</li>
 *   <li>PostgreSQL: a new schema {@code strata_test_<random>} in the database of the URL, the
 *       connections' current schema; dropped with {@code DROP SCHEMA ... CASCADE} afterwards.</li>
 *   <li>MySQL and MariaDB: a new database {@code strata_test_<random>} on the server of the URL;
 *       dropped afterwards. The URL's user needs {@code CREATE} and {@code DROP} on the server.</li>
 * </ul>
 * A server that cannot be reached fails the test, naming the URL without its password.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(StrataExtension.class)
public @interface StrataTest {

  /**
   * The server to make the test databases on, in any form the {@code strata} command line accepts:
   * {@code postgresql://user:pass@host:port/db}, {@code mysql://user:pass@host:port/db} (also
   * {@code mariadb://}), a {@code jdbc:postgresql:} or {@code jdbc:mysql:} URL, or a SQLite URL
   * ({@code sqlite:}) for a temporary SQLite file. Empty (the default): see the class
   * documentation.
   *
   * <p>The whole value may be a placeholder {@code ${NAME:default}}: the system property
   * {@code NAME}, else the environment variable {@code NAME}, else {@code default}, e.g.
   * {@code @StrataTest(url = "${PG_URL:postgresql://postgres@127.0.0.1:5432/test}")}, so that each
   * subclass of a contract has its own server and CI can point each one elsewhere.
   * {@code ${NAME}} without a default fails the test when {@code NAME} is set nowhere.
   */
  String url() default "";
}
