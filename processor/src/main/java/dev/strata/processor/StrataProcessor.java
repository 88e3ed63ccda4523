package dev.strata.processor;

import com.google.auto.service.AutoService;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Strata's annotation processor. Reads {@code @Model} and {@code @Migration} classes and writes
 * {@code META-INF/strata/schema.json} (the schema manifest) and {@code META-INF/strata/migrations}
 * (the migration index) to the class output.
 *
 * <p>Each round's annotated types are noted; when processing is over they are read into plain
 * specs, checked, all problems reported as compile errors on the code at fault, and, only when there are
 * none, both files are written once from sorted collections, merged with the entries an earlier
 * compilation left for classes not compiled now (incremental builds). Then, when the snapshot
 * {@code generate} wrote follows from exactly the migrations of that index, a model that differs
 * from it is reported as a missing migration ({@link MissingMigrationCheck}; options
 * {@code -Astrata.missingMigration=warning|error|off} and {@code -Astrata.snapshot=FILE}).
 * {@code -Astrata.dialects=sqlite,postgresql,mysql} names the target databases
 * ({@link TargetDialects}); the index records them.
 * Registered with Gradle as an aggregating processor.
 */
@AutoService(Processor.class)
public final class StrataProcessor extends AbstractProcessor {

  private Elements elements;
  private Reporter reporter;
  private ModelReader modelReader;
  private MigrationReader migrationReader;
  private PreviousOutput previous;
  private SourceDigests sourceDigests;
  private DependentModels dependentModels;
  private TargetDialects targets;

  /**
   * Names of the annotated types of all rounds. Elements are looked up again when processing is
   * over: javac enters the sources anew each round, and an element kept from an earlier round has
   * lost its place in the source, so an error reported on it would show no line.
   */
  private final Set<String> modelNames = new TreeSet<>();
  private final Set<String> migrationNames = new TreeSet<>();
  /** Names of every type compiled now, nested ones included (see {@link DependentModels}). */
  private final Set<String> compiledNames = new TreeSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    elements = processingEnv.getElementUtils();
    reporter = new Reporter(processingEnv.getMessager(), RepeatedAnnotationPositions.of(processingEnv));
    Mirrors mirrors = new Mirrors(elements);
    modelReader = new ModelReader(mirrors, processingEnv.getTypeUtils());
    dependentModels = new DependentModels(new ColumnMembers(mirrors, processingEnv.getTypeUtils()));
    migrationReader = new MigrationReader(mirrors, elements, processingEnv.getTypeUtils());
    sourceDigests = SourceDigests.of(processingEnv);
    targets = TargetDialects.of(processingEnv.getOptions(), reporter);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // The shared declarations too: an incremental build may recompile only them (DependentModels).
    return Set.of(Mirrors.MODEL, Mirrors.MIGRATION, Mirrors.MAPPED_SUPERCLASS, Mirrors.EMBEDDABLE);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(MissingMigrationCheck.MODE_OPTION, MissingMigrationCheck.SNAPSHOT_OPTION, TargetDialects.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (previous == null) {
        previous = PreviousOutput.read(processingEnv.getFiler(), reporter);
      }
      if (round.processingOver()) {
        finish(round.errorRaised());
      } else {
        collect(round);
      }
    } catch (RuntimeException e) {
      // javac would print a stack trace and blame the processor; say what to do instead.
      reporter.error(String.format(Messages.UNEXPECTED, e));
    }
    return false;
  }

  private void collect(RoundEnvironment round) {
    annotated(round, Mirrors.MODEL).forEach(t -> modelNames.add(t.getQualifiedName().toString()));
    annotated(round, Mirrors.MIGRATION).forEach(t -> migrationNames.add(t.getQualifiedName().toString()));
    addTypeNames(ElementFilter.typesIn(round.getRootElements()));
  }

  private void addTypeNames(Iterable<TypeElement> types) {
    for (TypeElement type : types) {
      compiledNames.add(type.getQualifiedName().toString());
      addTypeNames(ElementFilter.typesIn(type.getEnclosedElements()));
    }
  }

  private List<TypeElement> types(Set<String> names) {
    List<TypeElement> out = new ArrayList<>();
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        out.add(type);
      }
    }
    return out;
  }

  private Set<TypeElement> annotated(RoundEnvironment round, String annotation) {
    TypeElement type = elements.getTypeElement(annotation);
    return type == null ? Set.of() : ElementFilter.typesIn(round.getElementsAnnotatedWith(type));
  }

  private void finish(boolean otherErrors) {
    // Models not compiled now whose superclass or embeddable is are read again from class files.
    Set<String> readNames = new TreeSet<>(modelNames);
    readNames.addAll(dependentModels.of(previous.keptTables(modelNames, elements), compiledNames, elements));
    Map<String, ModelSpec> models = new TreeMap<>();
    boolean unresolved = false;
    for (TypeElement type : types(readNames)) {
      Optional<ModelSpec> spec = modelReader.read(type);
      if (spec.isPresent()) {
        models.put(spec.get().className(), spec.get());
      } else {
        // A type it mentions does not exist; javac reports that after processing.
        unresolved = true;
      }
    }
    List<ModelSpec> modelSpecs = List.copyOf(models.values());
    List<TableDef> keptTables = previous.keptTables(readNames, elements);
    Catalog catalog = new Catalog(models, modelReader);
    ModelValidator modelValidator = new ModelValidator(reporter, targets);
    modelSpecs.forEach(modelValidator::validate);
    PartialIndexValidator partialIndexes = new PartialIndexValidator(reporter);
    modelSpecs.forEach(partialIndexes::validate);
    TargetValidator targetValidator = new TargetValidator(reporter, targets);
    modelSpecs.forEach(targetValidator::validate);
    targetValidator.validateKept(keptTables);
    new SchemaValidator(reporter, catalog).validate(modelSpecs, keptTables);

    List<MigrationSpec> migrationSpecs = types(migrationNames).stream()
        .map(migrationReader::read)
        .sorted(Comparator.comparing(MigrationSpec::binaryName))
        .toList();
    Set<String> migrationClasses = migrationSpecs.stream().map(MigrationSpec::binaryName).collect(Collectors.toSet());
    List<MigrationIndex.Entry> keptMigrations = previous.keptMigrations(migrationClasses, elements);
    new MigrationValidator(reporter).validate(migrationSpecs, keptMigrations);

    // A failed compilation leaves the earlier output alone rather than write a partial one.
    if (reporter.hasErrors() || otherErrors || unresolved) {
      return;
    }
    ManifestWriter writer = new ManifestWriter(processingEnv.getFiler(), reporter);
    TableBuilder builder = new TableBuilder(catalog);
    writeSchema(writer, modelSpecs, keptTables, builder);
    writeIndex(writer, migrationSpecs, keptMigrations);

    // "Missing migration": the models against the snapshot generate wrote, when it is trusted.
    List<MigrationIndex.Entry> indexEntries = new ArrayList<>(keptMigrations);
    migrationSpecs.forEach(m -> indexEntries.add(
        new MigrationIndex.Entry(m.binaryName(), m.version(), m.description(), sourceDigests.of(m.element()))));
    MissingMigrationCheck.run(processingEnv, reporter, indexEntries, targets.names(), () -> {
      List<TableDef> tables = new ArrayList<>(keptTables);
      modelSpecs.forEach(m -> tables.add(builder.build(m)));
      return new SchemaDef(tables);
    }, models);
  }

  private void writeSchema(
      ManifestWriter writer, List<ModelSpec> modelSpecs, List<TableDef> keptTables, TableBuilder builder) {
    List<TableDef> tables = new ArrayList<>(keptTables);
    modelSpecs.forEach(m -> tables.add(builder.build(m)));
    if (!tables.isEmpty() || previous.hadSchema()) {
      List<Element> origins = modelSpecs.stream().<Element>map(ModelSpec::element).toList();
      writer.write(ManifestCodec.MANIFEST_PATH, ManifestCodec.write(new SchemaDef(tables)),
          previous.schemaFile(), origins);
    }
  }

  private void writeIndex(
      ManifestWriter writer, List<MigrationSpec> migrationSpecs, List<MigrationIndex.Entry> keptMigrations) {
    List<MigrationIndex.Entry> entries = new ArrayList<>(keptMigrations);
    migrationSpecs.forEach(m -> entries.add(
        new MigrationIndex.Entry(m.binaryName(), m.version(), m.description(), sourceDigests.of(m.element()))));
    // A project that leaves a database out records it even before its first migration, so that
    // generate refuses that database from the start.
    if (!entries.isEmpty() || previous.hadMigrations() || !targets.names().equals(MigrationIndex.DIALECTS)) {
      List<Element> origins = migrationSpecs.stream().<Element>map(MigrationSpec::element).toList();
      writer.write(MigrationIndex.PATH, MigrationIndex.write(entries, targets.names()),
          previous.migrationsFile(), origins);
    }
  }
}
