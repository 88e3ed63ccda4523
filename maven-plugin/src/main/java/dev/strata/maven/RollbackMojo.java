package dev.strata.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn strata:rollback}: rolls back the newest {@code count} applied migrations through their down(). */
@Mojo(name = "rollback", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RollbackMojo extends MigratorMojo {

  /** How many migrations to roll back. */
  @Parameter(property = "strata.count", defaultValue = "1")
  int count;

  @Override
  void run(ClassLoader loader) throws MojoExecutionException {
    info(migrator(loader).rollback(count).toString());
  }
}
