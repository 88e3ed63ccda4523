package dev.strata.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules, checked on the compiled main classes of every Strata module this module
 * sees (runtime, schema, annotations, manifest, generator, command line).
 */
class ArchitectureTest {
  private static final String[] API = {"dev.strata", "dev.strata.ddl", "dev.strata.annotations"};
  private static final String[] RUNTIME = {"dev.strata", "dev.strata.ddl", "dev.strata.annotations",
      "dev.strata.internal.."};
  private static final String[] TOOLS = {"dev.strata.generator..", "dev.strata.cli..",
      "dev.strata.internal.manifest..", "com.palantir.javapoet..", "picocli..", "com.fasterxml.jackson.."};

  private static final List<String> PUBLISHED =
      List.of("annotations", "schema", "manifest", "processor", "runtime", "generator", "cli", "maven-plugin");

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("dev.strata");

  @Test
  void theRuntimeNeverReachesTheTools() {
    noClasses().that().resideInAnyPackage(RUNTIME).and().resideOutsideOfPackage("dev.strata.internal.manifest..")
        .should().dependOnClassesThat().resideInAnyPackage(TOOLS)
        .check(CLASSES);
  }

  @Test
  void onlyCodegenImportsJavaPoet() {
    noClasses().that().resideOutsideOfPackage("dev.strata.generator.codegen..")
        .should().dependOnClassesThat().resideInAPackage("com.palantir.javapoet..")
        .check(CLASSES);
  }

  @Test
  void replayDiffAndCodegenImportNoJdbc() {
    noClasses().that().resideInAnyPackage("dev.strata.internal.replay..", "dev.strata.generator.diff..",
            "dev.strata.generator.codegen..")
        .should().dependOnClassesThat().resideInAPackage("java.sql..")
        .check(CLASSES);
  }

  @Test
  void theProcessorIsNotOnTheRuntimesSide() {
    noClasses().that().resideInAnyPackage(RUNTIME)
        .should().dependOnClassesThat().resideInAnyPackage("javax.annotation.processing..", "dev.strata.processor..")
        .check(CLASSES);
  }

  /**
   * No package cycles. The one edge allowed against the direction of the rest is the facade's:
   * {@code dev.strata.Migrator} delegates to {@code dev.strata.internal.runner.Runner}, while the
   * internals use the API's types.
   */
  @Test
  void noPackageCycles() {
    slices().matching("dev.(**)")
        .should().beFreeOfCycles()
        .ignoreDependency(
            DescribedPredicate.describe("Migrator and its builder",
                (JavaClass c) -> c.getName().startsWith("dev.strata.Migrator")),
            DescribedPredicate.describe("the internal runner",
                (JavaClass c) -> c.getPackageName().equals("dev.strata.internal.runner")))
        .check(CLASSES);
  }

  /** Public signatures of the API packages name only API, JDK and annotation types. */
  @Test
  void noInternalTypeInThePublicApi() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass c : CLASSES) {
      if (!Set.of(API).contains(c.getPackageName()) || !isVisible(c)) {
        continue;
      }
      c.getAllRawSuperclasses().forEach(s -> check(leaks, c.getName() + " extends", s));
      c.getAllRawInterfaces().forEach(s -> check(leaks, c.getName() + " implements", s));
      for (JavaCodeUnit unit : c.getCodeUnits()) {
        if (!unit.getModifiers().contains(JavaModifier.PUBLIC) && !unit.getModifiers().contains(JavaModifier.PROTECTED)) {
          continue;
        }
        String where = c.getName() + "." + unit.getName();
        check(leaks, where + " returns", unit.getRawReturnType());
        unit.getRawParameterTypes().forEach(p -> check(leaks, where + " takes", p));
        unit.getThrowsClause().getTypes().forEach(t -> check(leaks, where + " throws", t));
      }
      for (JavaField field : c.getFields()) {
        if (field.getModifiers().contains(JavaModifier.PUBLIC) || field.getModifiers().contains(JavaModifier.PROTECTED)) {
          check(leaks, c.getName() + "." + field.getName() + " is", field.getRawType());
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  /**
   * Every package of the published modules says in a package-info what it is (and, for internals,
   * that it is no API).
   */
  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (String module : PUBLISHED) {
      {
        Path sources = Path.of("..", module, "src/main/java");
        if (!Files.isDirectory(sources)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(sources)) {
          files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct()
              .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
              .forEach(dir -> missing.add(sources.relativize(dir).toString().replace('/', '.')));
        }
      }
    }
    assertEquals(Set.of(), missing, "packages without package-info.java");
  }

  private static boolean isVisible(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static void check(List<String> leaks, String where, JavaClass type) {
    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
    String pkg = base.getPackageName();
    if (pkg.startsWith("dev.strata") && !Set.of(API).contains(pkg)) {
      leaks.add(where + " " + base.getName());
    }
  }
}
