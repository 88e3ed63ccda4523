package dev.strata.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn strata:repair}: removes failed history rows and realigns checksums with the code,
 * after the database was fixed by hand.
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RepairMojo extends MigratorMojo {

  @Override
  void run(ClassLoader loader) throws MojoExecutionException {
    info(migrator(loader).repair().toString());
  }
}
