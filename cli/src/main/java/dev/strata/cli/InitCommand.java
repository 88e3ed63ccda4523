package dev.strata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strata init}: creates the migrations folder and shows the build setup. */
@Command(name = "init", description = "Create the migrations folder and print the Maven setup for the annotation processor.")
final class InitCommand implements Callable<Integer> {
  @Mixin HelpOption help;


  @Option(names = "--dir", defaultValue = "src/main/java/db/migration", description = "Migrations folder (default ${DEFAULT-VALUE}).")
  Path dir;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (Files.isDirectory(dir)) {
      out.println("Migrations folder " + dir + " already exists.");
    } else {
      Files.createDirectories(dir);
      out.println("Created migrations folder " + dir + ".");
    }
    out.println();
    out.println("Run the annotation processor when compiling (pom.xml, maven-compiler-plugin):");
    out.println("  <annotationProcessorPaths>");
    out.println("    <path>");
    out.println("      <groupId>dev.strata</groupId>");
    out.println("      <artifactId>strata-processor</artifactId>");
    out.println("      <version>${strata.version}</version>");
    out.println("    </path>");
    out.println("  </annotationProcessorPaths>");
    out.println();
    out.println("Then annotate a class with @Model, compile, and run: strata generate --classes target/classes --message \"create tables\"");
    return 0;
  }
}
