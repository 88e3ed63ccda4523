package dev.strata.testing;

import dev.strata.Migration;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in memory with the system compiler against the test class path, in one
 * javac call for any number of sources, and loads the classes. Any warning counts as a failure:
 * generated code must compile cleanly.
 */
public final class InMemoryCompiler {

  private InMemoryCompiler() {}

  /** A source to compile: the fully qualified class name and its text. */
  public record Source(String className, String text) {}

  /** Thrown when javac reports an error or a warning; the message lists every diagnostic. */
  public static final class CompilationFailed extends RuntimeException {
    CompilationFailed(String message) {
      super(message);
    }
  }

  /**
   * Compiles {@code sources} in one javac call and returns a class loader that sees them, with
   * the test class loader as parent.
   *
   * @throws CompilationFailed listing every diagnostic when javac reports any
   */
  public static ClassLoader compile(List<Source> sources) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("no system Java compiler: run the tests on a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
    JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
          FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            classes.put(className, out);
            return out;
          }
        };
      }
    };
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none",
        "-Xlint:all,-path,-processing", "-encoding", "UTF-8");
    boolean ok = compiler.getTask(null, files, diagnostics, options, null, units(sources)).call();
    List<Diagnostic<? extends JavaFileObject>> problems = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE).toList();
    if (!ok || !problems.isEmpty()) {
      throw new CompilationFailed("javac reported:\n" + problems.stream()
          .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber())
              + " " + d.getMessage(null))
          .collect(Collectors.joining("\n")));
    }
    Map<String, byte[]> bytes = new HashMap<>();
    classes.forEach((name, out) -> bytes.put(name, out.toByteArray()));
    return new ClassLoader(InMemoryCompiler.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] code = bytes.get(name);
        if (code == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, code, 0, code.length);
      }
    };
  }

  /**
   * Compiles {@code sources} into class files under {@code classesDir}, as a build would.
   *
   * @throws CompilationFailed listing every diagnostic when javac reports any
   */
  public static void compileTo(Path classesDir, List<Source> sources) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none",
        "-encoding", "UTF-8", "-d", classesDir.toString());
    boolean ok = compiler.getTask(null, files, diagnostics, options, null, units(sources)).call();
    if (!ok) {
      throw new CompilationFailed("javac reported:\n" + diagnostics.getDiagnostics());
    }
  }

  /** Compiles one source. */
  public static ClassLoader compile(String className, String text) {
    return compile(List.of(new Source(className, text)));
  }

  private static List<JavaFileObject> units(List<Source> sources) {
    List<JavaFileObject> units = new ArrayList<>();
    for (Source source : sources) {
      units.add(new SimpleJavaFileObject(
          URI.create("string:///" + source.className().replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source.text();
        }
      });
    }
    return units;
  }

  /** A new instance of the migration class {@code className} from {@code loader}. */
  public static Migration migration(ClassLoader loader, String className) {
    try {
      return (Migration) loader.loadClass(className).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate " + className, e);
    }
  }
}
