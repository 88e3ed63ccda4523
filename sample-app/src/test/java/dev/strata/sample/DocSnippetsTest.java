package dev.strata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the documentation ({@code README.md}, {@code ARCHITECTURE.md} and
 * {@code docs/*.md}) compiles as shown.
 *
 * <p>Two kinds of block, told apart by the fence's info string:
 *
 * <ul>
 *   <li>{@code ```java}: a whole compilation unit (package, imports, types), compiled exactly as
 *       written.
 *   <li>{@code ```java fragment}: the body of a class, as the reference shows a model, a field or a
 *       method without the ceremony around it. It is compiled as
 *       <pre>
 *       package snippet;
 *       import dev.strata.*;  import dev.strata.ddl.*;  import static dev.strata.ddl.Ddl.*;
 *       import dev.strata.annotations.*;  import java.math.BigDecimal;  import java.time.*;
 *       import java.util.*;  import javax.sql.DataSource;
 *       class Fragment {
 *         &lt;the block&gt;
 *       }</pre>
 *       and nothing else is added: statements stand inside a method the block declares with the
 *       parameters they use, and every other type they name is declared in the block. (Both
 *       {@code dev.strata.Migration} and the annotation {@code dev.strata.annotations.Migration}
 *       are imported on demand, so a fragment cannot say {@code Migration} alone; migrations are
 *       shown as whole compilation units.)
 * </ul>
 *
 * <p>Any other info string that starts with {@code java} fails the test, so a misspelt kind is not
 * skipped silently; blocks in other languages (shell, XML, JSON, SQL, plain text) are not compiled.
 * Each block is compiled on its own into a folder of its own, so two blocks may declare the same
 * class, against this test's class path (strata-annotations, strata-runtime, strata-processor)
 * with annotation processing off ({@code -proc:none}): the blocks must be Java that compiles, while
 * what the processor accepts as a model is the processor's own tests' business. A failure names the
 * file, the block's first line and each javac message with its line in that file.
 */
class DocSnippetsTest {

  /** The repository root, seen from the module folder surefire runs in. */
  private static final Path ROOT = Path.of("..");

  private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,})\\s*([^`]*)$");

  static final String FRAGMENT_HEADER = String.join("\n",
      "package snippet;",
      "import dev.strata.*;",
      "import dev.strata.ddl.*;",
      "import static dev.strata.ddl.Ddl.*;",
      "import dev.strata.annotations.*;",
      "import java.math.BigDecimal;",
      "import java.time.*;",
      "import java.util.*;",
      "import javax.sql.DataSource;",
      "class Fragment {",
      "");

  @TempDir Path out;

  /** A fenced block: where it is, its kind, and its text. */
  record Snippet(Path file, int firstLine, boolean fragment, String code) {
    String where() {
      return display(file) + ":" + firstLine;
    }

    /** The source handed to javac, and how many lines precede the block's first line in it. */
    String source() {
      return fragment ? FRAGMENT_HEADER + code + "}\n" : code;
    }

    int offset() {
      return fragment ? (int) FRAGMENT_HEADER.chars().filter(c -> c == '\n').count() : 0;
    }
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompiles() {
    List<Snippet> snippets = snippets(documentationFiles());
    assertFalse(snippets.isEmpty(), "no ```java block found; is the repository root " + ROOT.toAbsolutePath() + "?");
    return snippets.stream().map(s -> DynamicTest.dynamicTest(s.where(), () -> {
      String errors = compile(s, Files.createTempDirectory(out, "snippet"));
      if (!errors.isEmpty()) {
        fail("The ```java" + (s.fragment() ? " fragment" : "") + " block at " + s.where()
            + " does not compile:\n" + errors);
      }
    }));
  }

  @Test
  void documentationIsWhereTheTestLooks() {
    List<Path> files = documentationFiles();
    assertTrue(files.contains(ROOT.resolve("README.md")), "README.md not found under " + ROOT.toAbsolutePath());
    assertTrue(files.stream().anyMatch(f -> f.startsWith(ROOT.resolve("docs"))), "no docs/*.md found");
  }

  @Test
  void aBrokenBlockFailsWithItsFileLineAndMessage(@TempDir Path dir) throws IOException {
    Path doc = dir.resolve("broken.md");
    Files.writeString(doc, String.join("\n",
        "# Broken",
        "",
        "```java fragment",
        "void start(DataSource dataSource) {",
        "  Migrator.applyPendingNow(dataSource);",
        "}",
        "```",
        ""));
    List<Snippet> found = snippets(List.of(doc));
    assertEquals(1, found.size());
    String errors = compile(found.get(0), dir.resolve("classes"));
    assertTrue(errors.contains("broken.md:5: ") && errors.contains("applyPendingNow"), errors);
  }

  @Test
  void aMisspeltKindIsAnError(@TempDir Path dir) throws IOException {
    Path doc = dir.resolve("misspelt.md");
    Files.writeString(doc, "```java fragmnet\nint x;\n```\n");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> snippets(List.of(doc)));
    assertTrue(e.getMessage().contains("java fragmnet"), e.getMessage());
  }

  /** {@code file} relative to the repository root, with forward slashes. */
  static String display(Path file) {
    Path root = ROOT.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute.getFileName();
    return shown.toString().replace('\\', '/');
  }

  private static List<Path> documentationFiles() {
    List<Path> files = new ArrayList<>();
    for (String top : List.of("README.md", "ARCHITECTURE.md")) {
      if (Files.isRegularFile(ROOT.resolve(top))) {
        files.add(ROOT.resolve(top));
      }
    }
    Path docs = ROOT.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> list = Files.list(docs)) {
        list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** The ```java blocks of {@code files}, in order; fences may be indented (inside list items). */
  static List<Snippet> snippets(List<Path> files) {
    List<Snippet> snippets = new ArrayList<>();
    for (Path file : files) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (int i = 0; i < lines.size(); i++) {
        Matcher open = FENCE.matcher(lines.get(i));
        if (!open.matches()) {
          continue;
        }
        String indent = open.group(1);
        String ticks = open.group(2);
        String info = open.group(3).trim();
        StringBuilder code = new StringBuilder();
        int first = i + 2;
        int j = i + 1;
        for (; j < lines.size(); j++) {
          String line = lines.get(j);
          if (line.strip().startsWith(ticks) && line.strip().replace("`", "").isEmpty()) {
            break;
          }
          code.append(line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading()).append('\n');
        }
        if (j == lines.size()) {
          throw new IllegalStateException(file + ":" + (i + 1) + ": a ``` block is never closed");
        }
        String language = info.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (language.equals("java")) {
          if (info.equals("java")) {
            snippets.add(new Snippet(file, first, false, code.toString()));
          } else if (info.equals("java fragment")) {
            snippets.add(new Snippet(file, first, true, code.toString()));
          } else {
            throw new IllegalStateException(file + ":" + (i + 1) + ": unknown kind of Java block ```" + info
                + "; use ```java for a compilation unit or ```java fragment for the body of a class");
          }
        }
        i = j;
      }
    }
    return snippets;
  }

  /** javac's errors for the snippet, each as {@code file:line: message}, or "" when it compiles. */
  private static String compile(Snippet snippet, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Files.createDirectories(classes);
    JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return snippet.source();
      }

      @Override
      public boolean isNameCompatible(String simpleName, JavaFileObject.Kind kind) {
        return true; // a block's public class need not match a file name
      }
    };
    List<String> options = List.of("--release", "17", "-proc:none", "-implicit:none",
        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
    StringWriter javacOutput = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(javacOutput, files, diagnostics, options, null, List.of(source)).call();
      StringBuilder errors = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          long line = snippet.firstLine() + d.getLineNumber() - 1 - snippet.offset();
          errors.append("  ").append(display(snippet.file()))
              .append(':').append(line).append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
        }
      }
      if (!ok && errors.length() == 0) {
        errors.append("  javac failed: ").append(javacOutput);
      }
      return errors.toString();
    }
  }
}
