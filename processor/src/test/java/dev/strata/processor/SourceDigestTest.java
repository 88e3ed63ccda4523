package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiled.compile;
import static dev.strata.processor.Compiled.generated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import dev.strata.internal.manifest.SourceDigest;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.index.MigrationIndex.Entry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The source digests the processor writes into the migration index: what changes them and what
 * does not, and that they equal {@link SourceDigest} over a plain parse of the same source, which
 * is how the generator predicts them.
 */
class SourceDigestTest {

  /** The migration every variant below is compared with. */
  static final String BASE = String.join("\n",
      "package test;",
      "",
      "import dev.strata.annotations.Migration;",
      "import java.util.List;",
      "",
      "@Migration(version = \"1\", description = \"create users\")",
      "public class V1 implements dev.strata.Migration {",
      "  private static final String TABLE = \"users\";",
      "",
      "  public void up(Object db) {",
      "    int count = 1 + 2;",
      "    System.out.println(TABLE + count + List.of('a'));",
      "  }",
      "}",
      "");

  static Stream<Arguments> sameMeaning() {
    return Stream.of(
        Arguments.of("reformatted", String.join(" ",
            "package test; import dev.strata.annotations.Migration; import java.util.List;",
            "@Migration(version=\"1\",description=\"create users\") public class V1",
            "implements dev.strata.Migration{private static final String TABLE=\"users\";",
            "public void up(Object db){int count=1+2;System.out.println(TABLE+count+List.of('a'));}}")),
        Arguments.of("comments", BASE.replace("  public void up", "  // what it does\n  /* more */ public void up")
            .replace("1 + 2;", "1 + /* two */ 2; // sum")),
        Arguments.of("Javadoc", BASE.replace("@Migration(", "/** Creates the users table. */\n@Migration(")),
        Arguments.of("blank lines", BASE.replace("\n", "\n\n\n")),
        Arguments.of("CRLF line ends", BASE.replace("\n", "\r\n")),
        Arguments.of("tabs", BASE.replace("  ", "\t")),
        Arguments.of("modifier order", BASE.replace("private static final", "static final private")),
        Arguments.of("an explicit default constructor",
            BASE.replace("  public void up", "  public V1() { super(); }\n  public void up")),
        Arguments.of("an explicit empty default constructor",
            BASE.replace("  public void up", "  public V1() {}\n  public void up")),
        Arguments.of("a unicode escape", BASE.replace("\"users\"", "\"\\u0075sers\"")));
  }

  /** Each variant changes the code; none of them may keep the digest. */
  static Stream<Arguments> changedCode() {
    return Stream.of(
        Arguments.of("a string literal", BASE.replace("\"users\"", "\"people\"")),
        Arguments.of("a number", BASE.replace("1 + 2", "1 + 3")),
        Arguments.of("an operator", BASE.replace("1 + 2", "1 - 2")),
        Arguments.of("a method call", BASE.replace("println", "print")),
        Arguments.of("a modifier", BASE.replace("private static final", "private static")),
        Arguments.of("a method modifier", BASE.replace("public void up", "public synchronized void up")),
        Arguments.of("an import", BASE.replace("import java.util.List;", "import java.util.List;\nimport java.util.Map;")),
        Arguments.of("a static import", BASE.replace("import java.util.List;", "import java.util.List;\nimport static java.lang.Math.max;")),
        Arguments.of("an annotation value", BASE.replace("create users", "create people")),
        Arguments.of("a nested class", BASE.replace("  public void up", "  static class Row {}\n  public void up")),
        Arguments.of("a char literal for a string", BASE.replace("List.of('a')", "List.of(\"a\")")),
        Arguments.of("var for int", BASE.replace("int count", "var count")),
        Arguments.of("a private constructor", BASE.replace("  public void up", "  private V1() {}\n  public void up")),
        Arguments.of("a constructor with a body",
            BASE.replace("  public void up", "  public V1() { super(); System.gc(); }\n  public void up")),
        Arguments.of("a static initializer for an instance one",
            BASE.replace("  public void up", "  { System.gc(); }\n  public void up")));
  }

  /** Pairs that differ only in one construct the canonical text must tell apart. */
  static Stream<Arguments> changedPairs() {
    String lambda = "Runnable r = () -> System.out.println(%s);";
    String record = "record Row(%s) {}";
    String switchRule = "int y = switch (count) { case 1 -> 10; default -> %s; };";
    String textBlock = "String sql = \"\"\"\n        %s\n        \"\"\";";
    return Stream.of(
        Arguments.of("a long literal for an int", inUp("long big = 1L;"), inUp("long big = 1;")),
        Arguments.of("a lambda body", inUp(lambda.formatted("1")), inUp(lambda.formatted("2"))),
        Arguments.of("a record component", inClass(record.formatted("long id")), inClass(record.formatted("int id"))),
        Arguments.of("a switch expression", inUp(switchRule.formatted("20")), inUp(switchRule.formatted("21"))),
        Arguments.of("a rule case for a statement case",
            inUp("switch (count) { case 1 -> System.gc(); default -> {} }"),
            inUp("switch (count) { case 1: System.gc(); default: {} }")),
        Arguments.of("a text block", inUp(textBlock.formatted("SELECT 1")), inUp(textBlock.formatted("SELECT 2"))),
        Arguments.of("an annotation on a type",
            inClass("java.util.List<@Deprecated String> names;").replace("@Deprecated", "@Nullable")
                .replace("package test;", "package test;\nimport java.lang.annotation.*;")
                + "@Target(ElementType.TYPE_USE) @interface Nullable {}\n",
            inClass("java.util.List<String> names;")
                .replace("package test;", "package test;\nimport java.lang.annotation.*;")
                + "@Target(ElementType.TYPE_USE) @interface Nullable {}\n"),
        Arguments.of("a static initializer for an instance one",
            inClass("static { System.gc(); }"), inClass("{ System.gc(); }")),
        Arguments.of("a static import for an import",
            BASE.replace("import java.util.List;", "import java.util.List;\nimport static java.util.Collections.emptyList;"),
            BASE.replace("import java.util.List;", "import java.util.List;\nimport java.util.Collections;")));
  }

  /** Sources whose entered tree javac changes; the digest must still be the parsed tree's. */
  static Stream<Arguments> javacAddsToTheTree() {
    return Stream.of(
        Arguments.of("plain", BASE),
        Arguments.of("a nested record", inClass("record Row(long id, String name) {}")),
        Arguments.of("a record with a compact constructor",
            inClass("record Row(long id) { Row { if (id < 0) throw new IllegalArgumentException(); } }")),
        Arguments.of("an empty record", inClass("record Empty() {}")),
        Arguments.of("nested enums", inClass("enum Color { RED, GREEN } enum Size { S(1); final int n; Size(int n) { this.n = n; } }")),
        Arguments.of("nested classes of every access",
            inClass("static class A {} private static class B {} protected class C {} public class D {}")),
        Arguments.of("classes in a nested interface",
            inClass("interface Rows { class Row {} enum Kind { A } record R(int a) {} interface Inner {} }")),
        Arguments.of("an annotation type with a class", inClass("@interface Tag { int value() default 1; class C {} }")),
        Arguments.of("local and anonymous classes",
            inUp("class Local {} Object o = new Object() { public String toString() { return \"x\"; } };")),
        Arguments.of("an explicit default constructor", BASE.replace("  public void up", "  public V1() { super(); }\n  public void up")),
        Arguments.of("a private constructor", BASE.replace("  public void up", "  private V1() {}\n  public void up")),
        Arguments.of("lambdas, switch expressions, patterns and text blocks", inUp(String.join("\n",
            "var x = count;",
            "java.util.function.IntUnaryOperator f = v -> v + x;",
            "int y = switch (x) { case 1 -> 2; default -> { yield 3; } };",
            "Object o = \"s\";",
            "if (o instanceof String s && !s.isEmpty()) { System.out.println(\"\"\"",
            "    text",
            "    \"\"\"); }"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sameMeaning")
  void formattingAndNotationDoNotChangeTheDigest(String what, String variant) {
    assertEquals(processorDigest(BASE), processorDigest(variant), what);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changedCode")
  void anyCodeChangeChangesTheDigest(String what, String variant) {
    assertNotEquals(processorDigest(BASE), processorDigest(variant), what);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changedPairs")
  void constructsAreToldApart(String what, String one, String other) {
    assertNotEquals(processorDigest(one), processorDigest(other), what);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"javacAddsToTheTree", "sameMeaning", "changedCode"})
  void theProcessorsDigestIsThatOfAPlainParse(String what, String source) {
    assertEquals(parsedDigest(source), processorDigest(source), what);
  }

  @Test
  void arrayDeclaratorsOnTheTypeOrTheNameAreAlike() {
    assertEquals(processorDigest(inUp("int[] unused = {};")), processorDigest(inUp("int unused[] = {};")));
  }

  @Test
  void theDigestIsOfTheWholeCompilationUnit() {
    String withHelper = BASE + "class Helper { int n = 1; }\n";

    assertNotEquals(processorDigest(BASE), processorDigest(withHelper));
    assertNotEquals(processorDigest(withHelper), processorDigest(withHelper.replace("n = 1", "n = 2")));
  }

  @Test
  void theIndexDigestIsOverAllEntries() {
    Compilation compilation = compile(Sources.MIGRATION_API, source("V1", BASE),
        source("V2", BASE.replace("V1", "V2").replace("version = \"1\"", "version = \"2\"")));
    assertThat(compilation).succeededWithoutWarnings();
    String text = index(compilation);
    List<Entry> entries = MigrationIndex.read(text);

    assertEquals(2, entries.size());
    entries.forEach(e -> assertNotNull(e.sourceDigest(), e.className()));
    assertEquals("#digest\t" + MigrationIndex.digestOf(entries), text.substring(0, text.indexOf('\n')));
    assertEquals(MigrationIndex.write(entries), text);
  }

  @Test
  void theIndexIsDeterministic() {
    JavaFileObject v1 = source("V1", BASE);
    JavaFileObject v2 = source("V2", BASE.replace("V1", "V2").replace("version = \"1\"", "version = \"2\""));

    String once = index(compile(Sources.MIGRATION_API, v1, v2));
    assertEquals(once, index(compile(v2, Sources.MIGRATION_API, v1)));
    assertEquals(once, index(compile(v1, v2, Sources.MIGRATION_API)));
  }

  /** The digest of test.V1 in the index the processor writes for {@code source}. */
  private static String processorDigest(String source) {
    Compilation compilation = compile(Sources.MIGRATION_API, source("V1", source));
    assertThat(compilation).succeeded();
    List<Entry> entries = MigrationIndex.read(index(compilation));
    assertEquals(1, entries.size(), () -> "entries: " + entries);
    assertEquals("test.V1", entries.get(0).className());
    String digest = entries.get(0).sourceDigest();
    assertNotNull(digest, "no source digest");
    return digest;
  }

  /** SourceDigest over the tree of a plain parse, as the generator computes it. */
  static String parsedDigest(String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavacTask task = (JavacTask) javac.getTask(null, null, null, List.of("-proc:none"), null,
        List.of(source("V1", source)));
    try {
      CompilationUnitTree unit = task.parse().iterator().next();
      return SourceDigest.of(unit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JavaFileObject source(String simpleName, String text) {
    return JavaFileObjects.forSourceString("test." + simpleName, text);
  }

  static String index(Compilation compilation) {
    return generated(compilation, MigrationIndex.PATH).orElseThrow(() -> new AssertionError("no index written"));
  }

  /** {@link #BASE} with {@code statements} at the end of {@code up}. */
  private static String inUp(String statements) {
    return BASE.replace("List.of('a'));\n", "List.of('a'));\n" + statements + "\n");
  }

  /** {@link #BASE} with {@code members} in the class. */
  private static String inClass(String members) {
    return BASE.replace("  public void up", members + "\n  public void up");
  }

  @Test
  void withoutTheTreeApiTheIndexHasNoDigests() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new TreelessProcessor())
        .compile(Sources.MIGRATION_API, source("V1", BASE));

    assertThat(compilation).succeededWithoutWarnings();
    String text = index(compilation);
    assertEquals("test.V1\t1\tcreate users\n", text);
    assertNull(MigrationIndex.read(text).get(0).sourceDigest());
    assertTrue(generated(compilation, MigrationIndex.PATH).isPresent());
  }
}
