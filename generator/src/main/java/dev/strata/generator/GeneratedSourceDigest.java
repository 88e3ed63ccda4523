package dev.strata.generator;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import dev.strata.internal.manifest.SourceDigest;
import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The source digest the annotation processor will write into the migration index for a generated
 * migration once it is compiled: {@link SourceDigest#of} over the tree javac's parser makes of the
 * source text. Parsing needs no class path and resolves nothing, and the digest normalises away
 * what javac adds when it enters a class (the default constructor), so it equals the processor's.
 */
final class GeneratedSourceDigest {

  private GeneratedSourceDigest() {}

  /**
   * The digest of {@code source}, the text of {@code className}'s file; empty when this Java
   * runtime has no compiler (a JRE without {@code jdk.compiler}) or the text does not parse, and
   * the snapshot is then written without a digest, so the next run replays the migrations.
   */
  static Optional<String> of(String className, String source) {
    JavaCompiler compiler;
    try {
      compiler = ToolProvider.getSystemJavaCompiler();
    } catch (LinkageError | RuntimeException e) {
      return Optional.empty();
    }
    if (compiler == null) {
      return Optional.empty();
    }
    JavaFileObject file = new SimpleJavaFileObject(
        URI.create("string:///" + className.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    try {
      JavacTask task = (JavacTask) compiler.getTask(null, null, diagnostic -> {}, List.of("-proc:none"), null,
          List.of(file));
      Iterator<? extends CompilationUnitTree> units = task.parse().iterator();
      return units.hasNext() ? Optional.of(SourceDigest.of(units.next())) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
