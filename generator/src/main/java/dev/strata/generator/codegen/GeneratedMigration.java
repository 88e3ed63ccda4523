package dev.strata.generator.codegen;

import java.util.Objects;

/**
 * A generated migration's source, for callers that do not touch JavaPoet.
 *
 * @param packageName the package, such as {@code db.migration}
 * @param className the simple class name, {@code V<version>__<description>}; the file is
 *     {@code className + ".java"}
 * @param version the {@code @Migration} version
 * @param source the Java source text
 */
public record GeneratedMigration(String packageName, String className, String version, String source) {

  public GeneratedMigration {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(source, "source");
  }

  /** The fully qualified class name. */
  public String qualifiedName() {
    return packageName + "." + className;
  }
}
