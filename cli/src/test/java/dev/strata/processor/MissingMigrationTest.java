package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Sources.lineOf;
import static dev.strata.processor.Sources.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.strata.generator.diff.ModelDrift;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.manifest.SnapshotCodec;
import dev.strata.internal.schema.index.MigrationIndex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Missing migration": the models compared with a trusted snapshot (one whose index digest is the
 * index this compilation writes), each difference reported on the element that changed.
 */
class MissingMigrationTest {

  private static final JavaFileObject MIGRATION = Sources.migration("V1__create_invoices", "1", "create invoices");
  private static final String[] INVOICE = {"@Key long id;", "@Column(length = 40) String number;",
      "@Index String customer;"};

  @TempDir Path tmp;
  private Path snapshot;

  /** Writes the snapshot of the models {@code fields} describe, derived from the index the migration gives. */
  @BeforeEach
  void snapshotOfTheMigratedModels() throws IOException {
    snapshot = tmp.resolve("snapshot.json");
    writeSnapshot(INVOICE);
  }

  private void writeSnapshot(String... invoiceFields) throws IOException {
    Compilation migrated = Compiled.compile(Sources.MIGRATION_API, MIGRATION, model("Invoice", invoiceFields));
    assertThat(migrated).succeededWithoutWarnings();
    String index = Compiled.generated(migrated, MigrationIndex.PATH).orElseThrow();
    String digest = MigrationIndex.readDigest(new ByteArrayInputStream(index.getBytes(StandardCharsets.UTF_8)));
    assertNotNull(digest);
    writeSnapshot(digest, invoiceFields);
  }

  private void writeSnapshot(String digest, String... invoiceFields) throws IOException {
    Compilation migrated = Compiled.compile(model("Invoice", invoiceFields));
    Files.writeString(snapshot, SnapshotCodec.write(new SnapshotCodec.Snapshot(
        ManifestCodec.read(Compiled.manifestText(migrated)), new SnapshotCodec.DerivedFrom(digest))));
  }

  private Compilation compile(List<String> options, JavaFileObject... models) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(Sources.MIGRATION_API, MIGRATION));
    sources.addAll(List.of(models));
    List<String> all = new ArrayList<>(options);
    all.add("-A" + MissingMigrationCheck.SNAPSHOT_OPTION + "=" + snapshot);
    return Compiler.javac().withProcessors(new StrataProcessor()).withOptions(all).compile(sources);
  }

  private Compilation compile(JavaFileObject... models) {
    return compile(List.of(), models);
  }

  private static String[] with(String... more) {
    List<String> fields = new ArrayList<>(List.of(INVOICE));
    fields.addAll(List.of(more));
    return fields.toArray(String[]::new);
  }

  private static void assertWarning(Compilation compilation, JavaFileObject file, String lineText, String pattern,
      Object... args) {
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(String.format(pattern, args)).inFile(file)
        .onLine(lineOf(file, lineText));
  }

  @Test
  void modelsThatMatchTheSnapshotGiveNoWarning() {
    assertThat(compile(model("Invoice", INVOICE))).succeededWithoutWarnings();
  }

  @Test
  void aNewColumnIsReportedOnItsField() {
    JavaFileObject invoice = model("Invoice", with("LocalDate dueDate;"));
    Compilation compilation = compile(invoice);
    assertWarning(compilation, invoice, "dueDate", ModelDrift.COLUMN_ADDED, "invoices", "due_date");
    assertEquals(1, compilation.warnings().size(), compilation.warnings().toString());
    assertEquals("column invoices.due_date is in the model but in no migration; run `mvn strata:generate` (or"
        + " `strata generate`) to write the migration", compilation.warnings().get(0).getMessage(null));
  }

  @Test
  void aRecordComponentIsReportedOnItsLine() {
    JavaFileObject invoice = Sources.java("Invoice", "@Model", "record Invoice(@Key long id,",
        "    @Column(length = 40) String number,", "    @Index String customer,", "    LocalDate dueDate) {}");
    assertWarning(compile(invoice), invoice, "dueDate", ModelDrift.COLUMN_ADDED, "invoices", "due_date");
  }

  @Test
  void aNewEmbeddedColumnIsReportedOnTheEmbeddedFieldAndAnInheritedOneOnItsField() {
    JavaFileObject money = Sources.java("Money", "@Embeddable", "record Money(long cents, String currency) {}");
    JavaFileObject base = Sources.java("Base", "@MappedSuperclass", "abstract class Base {", "  @Key long id;",
        "  Instant createdAt;", "}");
    JavaFileObject invoice = Sources.java("Invoice", "@Model", "class Invoice extends Base {",
        "  @Column(length = 40) String number;", "  @Index String customer;", "  Money total;", "}");
    Compilation compilation = compile(money, base, invoice);
    assertWarning(compilation, invoice, "Money total", ModelDrift.COLUMN_ADDED, "invoices", "total_cents");
    assertWarning(compilation, invoice, "Money total", ModelDrift.COLUMN_ADDED, "invoices", "total_currency");
    assertWarning(compilation, base, "createdAt", ModelDrift.COLUMN_ADDED, "invoices", "created_at");
  }

  @Test
  void aChangedColumnSaysWhatChanged() {
    JavaFileObject invoice = model("Invoice", "@Key long id;", "@Column(length = 60) String number;",
        "@Index String customer;");
    assertWarning(compile(invoice), invoice, "number", ModelDrift.COLUMN_CHANGED, "invoices", "number",
        "VARCHAR(60) NOT NULL", "VARCHAR(40) NOT NULL");
  }

  @Test
  void aDroppedColumnAndADroppedIndexAreReportedOnTheClass() {
    JavaFileObject invoice = model("Invoice", "@Key long id;", "@Column(length = 40) String number;");
    Compilation compilation = compile(invoice);
    assertWarning(compilation, invoice, "class Invoice", ModelDrift.COLUMN_DROPPED, "invoices", "customer");
    assertWarning(compilation, invoice, "class Invoice", ModelDrift.INDEX_DROPPED, "idx_invoices_customer",
        "invoices");
  }

  @Test
  void anAddedAndAChangedCheckAreReportedOnceEach() throws IOException {
    writeSnapshot(with("@Check(\"total >= 0\") long total;", "long paid;"));
    JavaFileObject invoice = model("Invoice", with("@Check(\"total > 0\") long total;",
        "@Check(\"paid >= 0\") long paid;"));
    Compilation compilation = compile(invoice);
    assertWarning(compilation, invoice, "class Invoice", ModelDrift.CHECK_CHANGED, "ck_invoices_total", "invoices");
    assertWarning(compilation, invoice, "class Invoice", ModelDrift.CHECK_ADDED, "ck_invoices_paid", "invoices");
    assertEquals(2, compilation.warnings().size(), compilation.warnings().toString());
  }

  @Test
  void aNewTableIsReportedOnItsClass() {
    JavaFileObject customer = model("Customer", "@Key long id;");
    assertWarning(compile(model("Invoice", INVOICE), customer), customer, "class Customer",
        ModelDrift.TABLE_ADDED, "customers");
  }

  @Test
  void aTableNoModelDescribesIsReportedByName() {
    Compilation compilation = compile(List.of(), model("Customer", "@Key long id;"), model("Other", "@Key long id;"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining(String.format(ModelDrift.TABLE_DROPPED, "invoices"));
  }

  @Test
  void errorModeMakesThemErrors() {
    JavaFileObject invoice = model("Invoice", with("LocalDate dueDate;"));
    Compilation compilation = compile(List.of("-A" + MissingMigrationCheck.MODE_OPTION + "=error"), invoice);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(String.format(ModelDrift.COLUMN_ADDED, "invoices", "due_date"))
        .inFile(invoice).onLine(lineOf(invoice, "dueDate"));
  }

  @Test
  void offSilencesThem() {
    assertThat(compile(List.of("-A" + MissingMigrationCheck.MODE_OPTION + "=off"),
        model("Invoice", with("LocalDate dueDate;")))).succeededWithoutWarnings();
  }

  @Test
  void anUnknownModeIsAnErrorNamingTheOption() {
    Compilation compilation = compile(List.of("-A" + MissingMigrationCheck.MODE_OPTION + "=loud"),
        model("Invoice", INVOICE));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(String.format(MissingMigrationCheck.BAD_MODE, "loud"));
  }

  /** A snapshot of other migrations says nothing about these: no false warning. */
  @Test
  void aStaleSnapshotGivesNoWarning() throws IOException {
    writeSnapshot("0".repeat(64), INVOICE);
    assertThat(compile(model("Invoice", with("LocalDate dueDate;")))).succeededWithoutWarnings();
  }

  @Test
  void anEditedMigrationMakesTheSnapshotStale() {
    JavaFileObject edited = Sources.java("V1__create_invoices",
        "@Migration(version = \"1\", description = \"create invoices\")",
        "public class V1__create_invoices implements dev.strata.Migration {",
        "  @Override public void up(Object db) { System.out.println(); }",
        "}");
    Compilation compilation = Compiler.javac().withProcessors(new StrataProcessor())
        .withOptions("-A" + MissingMigrationCheck.SNAPSHOT_OPTION + "=" + snapshot)
        .compile(Sources.MIGRATION_API, edited, model("Invoice", with("LocalDate dueDate;")));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void noSnapshotGivesNoWarning() throws IOException {
    Files.delete(snapshot);
    assertThat(compile(model("Invoice", with("LocalDate dueDate;")))).succeededWithoutWarnings();
    Compilation withoutOption = Compiler.javac().withProcessors(new StrataProcessor())
        .compile(Sources.MIGRATION_API, MIGRATION, model("Invoice", with("LocalDate dueDate;")));
    assertThat(withoutOption).succeededWithoutWarnings();
  }

  @Test
  void anUnreadableSnapshotOptionIsAnError() throws IOException {
    Files.delete(snapshot);
    Files.createDirectory(snapshot);
    Compilation compilation = compile(model("Invoice", INVOICE));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot read the snapshot " + snapshot.toAbsolutePath());
  }

  /** A snapshot that is not JSON is not trusted: it is rewritten by the next generate. */
  @Test
  void aSnapshotThatIsNotJsonGivesNoWarning() throws IOException {
    Files.writeString(snapshot, "{not json");
    assertEquals(List.of(), compile(model("Invoice", with("LocalDate dueDate;"))).diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE).toList());
  }
}
