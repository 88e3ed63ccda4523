package dev.strata.testing;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link StrataTest}: resolves {@link MigrationTester} parameters of
 * test methods and their {@code @BeforeEach}/{@code @AfterEach} methods, creating the test's
 * database on first use (one per test, shared by those methods), and drops it after the test.
 * Use it through {@link StrataTest}, or with {@code @ExtendWith(StrataExtension.class)}.
 */
public final class StrataExtension implements ParameterResolver, AfterEachCallback {
  /** The system property that names the server when no annotation does. */
  public static final String URL_PROPERTY = "strata.test.url";

  /** The environment variable that names the server when neither annotation nor property does. */
  public static final String URL_ENVIRONMENT = "STRATA_TEST_URL";

  private static final Namespace NAMESPACE = Namespace.create(StrataExtension.class);
  private static final String TESTER = "tester";

  /** Used by JUnit. */
  public StrataExtension() {}

  /** Whether the parameter is a {@link MigrationTester}. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MigrationTester.class;
  }

  /**
   * The test's tester, creating its database on first use.
   *
   * @throws ParameterResolutionException outside a test (a {@code @BeforeAll} method: databases
   *     are per test), or when the database cannot be created (server unreachable, no driver,
   *     missing privileges), naming the URL without its password
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException("a MigrationTester belongs to one test: take it as a parameter of the"
          + " test method, or of a @BeforeEach or @AfterEach method, not of " + parameter.getDeclaringExecutable());
    }
    Store store = context.getStore(NAMESPACE);
    MigrationTester tester = store.get(TESTER, MigrationTester.class);
    if (tester == null) {
      ScratchDatabase database;
      try {
        database = ScratchDatabase.create(configuredUrl(context));
      } catch (IllegalStateException e) {
        throw new ParameterResolutionException(e.getMessage(), e);
      }
      tester = new MigrationTester(database, classLoader(context));
      store.put(TESTER, tester);
    }
    return tester;
  }

  /**
   * Drops the test's database, if it made one.
   *
   * @throws IllegalStateException when the drop fails (the schema or database is left behind and
   *     named)
   */
  @Override
  public void afterEach(ExtensionContext context) {
    MigrationTester tester = context.getStore(NAMESPACE).remove(TESTER, MigrationTester.class);
    if (tester != null) {
      tester.scratch().drop();
    }
  }

  /** The configured server URL, or null for SQLite. */
  static String configuredUrl(ExtensionContext context) {
    Optional<String> fromAnnotation = context.getTestMethod().flatMap(StrataExtension::url);
    for (Class<?> type = context.getRequiredTestClass(); fromAnnotation.isEmpty() && type != null;
        type = type.getEnclosingClass()) {
      fromAnnotation = url(type);
    }
    if (fromAnnotation.isPresent()) {
      return fromAnnotation.get();
    }
    String property = System.getProperty(URL_PROPERTY);
    if (property != null && !property.isBlank()) {
      return property.trim();
    }
    String environment = System.getenv(URL_ENVIRONMENT);
    return environment == null || environment.isBlank() ? null : environment.trim();
  }

  private static Optional<String> url(AnnotatedElement element) {
    return AnnotationSupport.findAnnotation(element, StrataTest.class).map(StrataTest::url)
        .filter(url -> !url.isBlank()).map(url -> resolve(url.trim()));
  }

  /**
   * {@code url} with a whole-value placeholder {@code ${NAME:default}} (or {@code ${NAME}})
   * replaced: by the system property {@code NAME}, else the environment variable {@code NAME},
   * else {@code default}; any other text as it is.
   *
   * @throws ParameterResolutionException when {@code NAME} is set nowhere and there is no default
   */
  static String resolve(String url) {
    if (!url.startsWith("${") || !url.endsWith("}")) {
      return url;
    }
    String inner = url.substring(2, url.length() - 1);
    int colon = inner.indexOf(':');
    String name = (colon < 0 ? inner : inner.substring(0, colon)).trim();
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      value = System.getenv(name);
    }
    if (value != null && !value.isBlank()) {
      return value.trim();
    }
    if (colon < 0) {
      throw new ParameterResolutionException("@StrataTest(url = \"" + url + "\"): " + name + " is set neither as a"
          + " system property nor as an environment variable; set it, or give a default: ${" + name + ":url}");
    }
    return inner.substring(colon + 1).trim();
  }

  private static ClassLoader classLoader(ExtensionContext context) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return loader != null ? loader : context.getRequiredTestClass().getClassLoader();
  }
}
