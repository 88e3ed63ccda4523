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

/**
 * {@code --classes DIR} (compiled class folders) and {@code --classpath PATH} (jars such as a JDBC
 * driver), added in front of Strata's own class path.
 */
final class ClassesOption {

  @Option(names = "--classes", paramLabel = "DIR",
      description = "A compiled class folder (or jar) holding models, manifest and migrations, e.g. target/classes; repeatable.")
  List<File> classes = new ArrayList<>();

  @Option(names = {"--classpath", "-cp"}, paramLabel = "PATH", split = "${sys:path.separator}",
      description = "Jars or folders to add, separated by '${sys:path.separator}', e.g. a JDBC driver "
          + "(sqlite-jdbc, postgresql, mysql-connector-j) or your migrations' dependencies; repeatable.")
  List<File> classpath = new ArrayList<>();

  /**
   * A class loader over the given folders and jars with Strata's own loader as parent; also made
   * the thread's context class loader, where {@code Migrator} looks for the migration index. JDBC
   * drivers among the jars are registered with {@link java.sql.DriverManager} ({@link JdbcDrivers}).
   *
   * @throws StrataException {@link ErrorCode#USAGE} when a folder or jar does not exist
   */
  ClassLoader classLoader() {
    List<URL> urls = new ArrayList<>();
    for (File dir : classes) {
      urls.add(url(dir, "--classes", "; compile the project first (mvn compile)"));
    }
    for (File jar : classpath) {
      urls.add(url(jar, "--classpath", ""));
    }
    ClassLoader parent = Main.class.getClassLoader();
    ClassLoader loader = urls.isEmpty() ? parent : new URLClassLoader(urls.toArray(URL[]::new), parent);
    Thread.currentThread().setContextClassLoader(loader);
    if (!classpath.isEmpty()) {
      JdbcDrivers.register(loader);
    }
    return loader;
  }

  private static URL url(File file, String option, String advice) {
    if (!file.exists()) {
      throw new StrataException(ErrorCode.USAGE, option + " " + file + " does not exist" + advice);
    }
    try {
      return file.toURI().toURL();
    } catch (MalformedURLException e) {
      throw new StrataException(ErrorCode.USAGE, option + " " + file + " is not a usable path", e);
    }
  }
}
