package dev.strata.cli;

import dev.strata.Migrator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A command that works on a database through {@link Migrator}. */
abstract class MigratorCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Mixin UrlOption url;
  @Mixin ClassesOption classes;

  @Option(names = "--out-of-order", description = "Allow applying a pending migration older than the newest applied one.")
  boolean outOfOrder;

  @Spec CommandSpec spec;

  Migrator migrator() {
    ClassLoader loader = classes.classLoader();
    Main.showRunnerProgress();
    return Migrator.configure()
        .dataSource(url.dataSource())
        .classLoader(loader)
        .outOfOrder(outOfOrder)
        .build();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
