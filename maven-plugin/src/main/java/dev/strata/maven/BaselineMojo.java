package dev.strata.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:baseline -Dstrata.target=VERSION}: marks an existing database as being at
 * {@code target}; older migrations count as applied.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BaselineMojo extends MigratorMojo {

  /** The version the database is at. */
  @Parameter(property = "strata.target", required = true)
  String target;

  @Override
  void run(ClassLoader loader) throws MojoExecutionException {
    info(migrator(loader).baseline(target).toString());
  }
}
