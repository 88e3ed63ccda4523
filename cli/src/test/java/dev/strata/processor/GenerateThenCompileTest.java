package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.generator.GenerateMode;
import dev.strata.generator.GenerateOptions;
import dev.strata.generator.GenerateOutcome;
import dev.strata.generator.Generator;
import dev.strata.generator.SchemaSource;
import dev.strata.generator.codegen.SchemaSnapshot;
import dev.strata.generator.diff.ModelDrift;
import dev.strata.internal.manifest.SnapshotCodec;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.processor.BuildDirectory.Result;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop on disk, with the real generator and javac: the snapshot {@code generate} writes records
 * the index digest the processor then writes for the compiled migrations, so the next generate and
 * the processor trust it; a model changed afterwards is a warning on its field, in a full and in an
 * incremental build, and {@code generate --check} reports the same difference.
 */
class GenerateThenCompileTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-06T07:08:09Z"), ZoneOffset.UTC);

  @TempDir Path root;
  private BuildDirectory build;
  private Path snapshot;

  @BeforeEach
  void setUp() {
    build = new BuildDirectory(root);
    // where Maven's process-resources puts src/main/resources/META-INF/strata/snapshot.json
    snapshot = build.classes().resolve(SnapshotCodec.RESOURCE_PATH);
  }

  private GenerateOutcome generate(GenerateMode mode, String message) throws IOException {
    GenerateOptions options = GenerateOptions.defaults().withOutputDir(build.sources().resolve("db/migration"))
        .withSnapshot(snapshot).withClock(CLOCK).withMode(mode).withMessage(message);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {build.classes().toUri().toURL()},
        getClass().getClassLoader())) {
      return new Generator(options).generate(loader);
    }
  }

  private String indexDigest() throws IOException {
    try (InputStream in = Files.newInputStream(build.indexFile())) {
      return MigrationIndex.readDigest(in);
    }
  }

  private static void assertClean(Result result) {
    assertTrue(result.success(), () -> "compilation failed: " + result.diagnostics());
    assertEquals(List.of(), result.messages(Diagnostic.Kind.WARNING));
  }

  /** Models Invoice and Customer, a first migration generated for them and compiled. */
  private GenerateOutcome.Written migrated() throws IOException {
    build.model("Invoice", "@Key long id;", "String number;").model("Customer", "@Key long id;");
    assertClean(build.compile("Invoice", "Customer"));
    GenerateOutcome.Written written = assertInstanceOf(GenerateOutcome.Written.class,
        generate(GenerateMode.WRITE, "create invoices and customers"));
    assertEquals(snapshot, written.snapshot());
    assertClean(build.compile("Invoice", "Customer", written.migration().qualifiedName()));
    return written;
  }

  @Test
  void theSnapshotRecordsTheIndexDigestTheProcessorWrites() throws IOException {
    migrated();
    String digest = indexDigest();
    assertNotNull(digest);
    assertEquals(digest, SchemaSnapshot.read(snapshot).orElseThrow().derivedFrom().indexDigest());
    assertEquals(new GenerateOutcome.NoChanges(SchemaSource.SNAPSHOT), generate(GenerateMode.CHECK, null));

    // a second migration, generated from the snapshot, compiled: still the processor's digest
    build.model("Invoice", "@Key long id;", "String number;", "@Column(nullable = true) String note;");
    Result changed = build.compile("Invoice");
    assertTrue(changed.success(), changed.diagnostics()::toString);
    GenerateOutcome.Written second = assertInstanceOf(GenerateOutcome.Written.class,
        generate(GenerateMode.WRITE, "add note"));
    assertEquals(SchemaSource.SNAPSHOT, second.schemaSource());
    assertClean(build.compile("Invoice", second.migration().qualifiedName()));
    assertEquals(indexDigest(), SchemaSnapshot.read(snapshot).orElseThrow().derivedFrom().indexDigest());
    assertEquals(new GenerateOutcome.NoChanges(SchemaSource.SNAPSHOT), generate(GenerateMode.CHECK, null));
  }

  @Test
  void aChangedModelIsAWarningInAnIncrementalBuildAndACheckFailure() throws IOException {
    migrated();
    build.model("Invoice", "@Key long id;", "String number;", "@Column(nullable = true) LocalDate dueDate;");
    Result result = build.compile("Invoice");
    assertTrue(result.success(), result.diagnostics()::toString);
    List<Diagnostic<?>> warnings = result.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING).<Diagnostic<?>>map(d -> d).toList();
    assertEquals(1, warnings.size(), warnings::toString);
    assertEquals(String.format(ModelDrift.COLUMN_ADDED, "invoices", "due_date"),
        warnings.get(0).getMessage(null));
    // the line of the field: header (7 lines), @Model, class, id, number, dueDate
    assertEquals(12, warnings.get(0).getLineNumber());

    GenerateOutcome.CheckFailed check = assertInstanceOf(GenerateOutcome.CheckFailed.class,
        generate(GenerateMode.CHECK, null));
    assertEquals(SchemaSource.SNAPSHOT, check.schemaSource());
    assertEquals(List.of("addColumn invoices due_date:DATE null"),
        check.changes().stream().map(c -> c.operation().canonical()).toList());
  }

  @Test
  void aMigrationEditedByHandMakesTheSnapshotStaleForBoth() throws IOException {
    GenerateOutcome.Written written = migrated();
    Path file = build.sources().resolve("db/migration/" + written.migration().className() + ".java");
    Files.writeString(file, Files.readString(file).replace("column(\"number\", varchar(255))",
        "column(\"number\", varchar(100))"));
    build.model("Invoice", "@Key long id;", "String number;", "@Column(nullable = true) LocalDate dueDate;");
    assertClean(build.compile("Invoice", written.migration().qualifiedName()));
    assertFalse(indexDigest().equals(SchemaSnapshot.read(snapshot).orElseThrow().derivedFrom().indexDigest()));

    GenerateOutcome.CheckFailed check = assertInstanceOf(GenerateOutcome.CheckFailed.class,
        generate(GenerateMode.CHECK, null));
    assertEquals(SchemaSource.REPLAY, check.schemaSource());
    assertEquals(2, check.changes().size(), check.changes()::toString);
  }
}
