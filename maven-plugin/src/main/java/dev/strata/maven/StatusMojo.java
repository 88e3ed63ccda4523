package dev.strata.maven;

import dev.strata.StatusReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn strata:status}: every migration with its state (applied, pending, ...). */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StatusMojo extends MigratorMojo {

  @Override
  void run(ClassLoader loader) throws MojoExecutionException {
    StatusReport report = migrator(loader).status();
    info(report.table());
    info(report.pending().size() + " pending; current version " + orNone(report.currentVersion()) + ".");
  }
}
