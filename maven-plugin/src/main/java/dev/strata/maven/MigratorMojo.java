package dev.strata.maven;

import dev.strata.Migrator;
import dev.strata.internal.jdbc.UrlDataSource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that works on a database through {@link Migrator}. */
abstract class MigratorMojo extends AbstractStrataMojo {

  /** Allow applying a pending migration older than the newest applied one. */
  @Parameter(property = "strata.outOfOrder", defaultValue = "false")
  boolean outOfOrder;

  Migrator migrator(ClassLoader loader) throws MojoExecutionException {
    if (url == null || url.isBlank()) {
      throw new MojoExecutionException("no database given: pass -Dstrata.url=URL (for example "
          + "-Dstrata.url=sqlite:app.db) or set <url> in the plugin's <configuration>");
    }
    return Migrator.configure()
        .dataSource(UrlDataSource.of(url, blankToNull(user), blankToNull(password)))
        .classLoader(loader)
        .outOfOrder(outOfOrder)
        .build();
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  static String orNone(String version) {
    return version == null ? "(none)" : version;
  }
}
