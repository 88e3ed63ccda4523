package dev.strata.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.strata.internal.manifest.SourceDigest;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * The source digests of migration classes, from the Compiler Tree API. Compilers without it (ECJ),
 * and environments that wrap javac's so that {@link Trees#instance} refuses them, give none: the
 * index is then written without digests and the runtime takes its full path at every start, which
 * is correct, only slower.
 */
final class SourceDigests {
  private final Trees trees;
  private final Map<CompilationUnitTree, String> byUnit = new HashMap<>();

  private SourceDigests(Trees trees) {
    this.trees = trees;
  }

  static SourceDigests of(ProcessingEnvironment env) {
    try {
      return new SourceDigests(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return new SourceDigests(null);
    }
  }

  /** The digest of the compilation unit declaring {@code type}, or null when there is no tree. */
  String of(TypeElement type) {
    if (trees == null) {
      return null;
    }
    TreePath path = trees.getPath(type);
    if (path == null) {
      return null;
    }
    return byUnit.computeIfAbsent(path.getCompilationUnit(), SourceDigest::of);
  }
}
