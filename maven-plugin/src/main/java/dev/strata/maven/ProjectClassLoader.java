package dev.strata.maven;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The project's compiled classes and runtime class path as a class loader whose parent is the
 * plugin's, made the thread's context class loader while it is open (where Strata looks for the
 * manifest, the migration index and the migrations). Strata's own classes come from the plugin,
 * so the migrations the project compiled run against the same {@code dev.strata} types that the
 * plugin calls.
 */
final class ProjectClassLoader implements AutoCloseable {
  private final URLClassLoader loader;
  private final ClassLoader previous;

  ProjectClassLoader(String outputDirectory, List<String> classPathElements) throws MojoExecutionException {
    Set<String> elements = new LinkedHashSet<>();
    elements.add(outputDirectory);
    elements.addAll(classPathElements);
    List<URL> urls = new ArrayList<>();
    for (String element : elements) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("class path element " + element + " is not a usable path", e);
      }
    }
    this.loader = new URLClassLoader(urls.toArray(URL[]::new), ProjectClassLoader.class.getClassLoader());
    this.previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(loader);
  }

  ClassLoader loader() {
    return loader;
  }

  @Override
  public void close() {
    Thread.currentThread().setContextClassLoader(previous);
    try {
      loader.close();
    } catch (IOException e) {
      // jars opened for this goal only; nothing else holds them
    }
  }
}
