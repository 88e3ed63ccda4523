package dev.strata.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn strata:init}: creates the migrations folder and prints the compiler setup the
 * annotation processor needs. Adopting an existing database ({@code strata init --from-db}) is a
 * command-line feature only.
 */
@Mojo(name = "init", requiresProject = true, threadSafe = true)
public class InitMojo extends AbstractStrataMojo {

  /** The folder of the migrations' package. */
  @Parameter(property = "strata.migrationsDirectory", defaultValue = "${project.basedir}/src/main/java/db/migration")
  java.io.File migrationsDirectory;

  @Override
  void run(ClassLoader loader) throws MojoExecutionException {
    Path dir = migrationsDirectory.toPath();
    if (Files.isDirectory(dir)) {
      info("Migrations folder " + dir + " already exists.");
    } else {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new MojoExecutionException("cannot create " + dir + ": " + e.getMessage(), e);
      }
      info("Created migrations folder " + dir + ".");
    }
    info("Run the annotation processor when compiling (maven-compiler-plugin 3.14.0, release 17):\n"
        + "  <annotationProcessorPaths>\n"
        + "    <path>\n"
        + "      <groupId>dev.strata</groupId>\n"
        + "      <artifactId>strata-processor</artifactId>\n"
        + "      <version>${strata.version}</version>\n"
        + "    </path>\n"
        + "  </annotationProcessorPaths>\n"
        + "Then annotate a class with @Model and run: mvn compile strata:generate -Dstrata.message=\"create tables\"");
  }
}
