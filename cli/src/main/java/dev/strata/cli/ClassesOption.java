package dev.strata.cli;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --classes DIR}: compiled class folders added in front of the class path. */
final class ClassesOption {

  @Option(names = "--classes", paramLabel = "DIR",
      description = "A compiled class folder (or jar) holding models, manifest and migrations, e.g. target/classes; repeatable.")
  List<File> classes = new ArrayList<>();

  /**
   * A class loader over the given folders with Strata's own loader as parent; also made the
   * thread's context class loader, where {@code Migrator} looks for the migration index.
   */
  ClassLoader classLoader() {
    List<URL> urls = new ArrayList<>();
    for (File dir : classes) {
      if (!dir.exists()) {
        throw new StrataException(ErrorCode.USAGE, "--classes " + dir + " does not exist; compile the project first (mvn compile)");
      }
      try {
        urls.add(dir.toURI().toURL());
      } catch (MalformedURLException e) {
        throw new StrataException(ErrorCode.USAGE, "--classes " + dir + " is not a usable path", e);
      }
    }
    ClassLoader parent = Main.class.getClassLoader();
    ClassLoader loader = urls.isEmpty() ? parent : new URLClassLoader(urls.toArray(URL[]::new), parent);
    Thread.currentThread().setContextClassLoader(loader);
    return loader;
  }
}
