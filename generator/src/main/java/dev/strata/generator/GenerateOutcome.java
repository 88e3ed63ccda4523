package dev.strata.generator;

import dev.strata.generator.codegen.GeneratedMigration;
import dev.strata.generator.diff.Change;
import dev.strata.generator.diff.Refusal;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.schema.model.SchemaDef;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Generator} run came to: one record per outcome, each holding what that outcome
 * has. Nothing is written unless the outcome is {@link Written}. Words for the user come from
 * {@link GenerateMessages}.
 */
public sealed interface GenerateOutcome {

  /** Where the current schema, the one the models were diffed against, came from. */
  SchemaSource schemaSource();

  /** Whether the run did what was asked: no changes, a dry run, or written. */
  boolean succeeded();

  /**
   * Calls the visitor's method for this outcome, so that a tool handling outcomes fails to
   * compile until it handles a new one.
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per outcome; see {@link #accept(Visitor)}.
   *
   * @param <R> what each visit returns
   */
  interface Visitor<R> {
    R visitNoChanges(NoChanges outcome);

    R visitRefused(Refused outcome);

    R visitCheckFailed(CheckFailed outcome);

    R visitDryRun(DryRun outcome);

    R visitWritten(Written outcome);
  }

  /**
   * The migrations already describe the models.
   *
   * @param schemaSource where the current schema came from
   */
  record NoChanges(SchemaSource schemaSource) implements GenerateOutcome {
    public NoChanges {
      Objects.requireNonNull(schemaSource, "schemaSource");
    }

    @Override
    public boolean succeeded() {
      return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNoChanges(this);
    }
  }

  /**
   * Something stops generation; nothing was written.
   *
   * @param schemaSource where the current schema came from
   * @param refusals every problem, in a stable order; never empty
   */
  record Refused(SchemaSource schemaSource, List<Refusal> refusals) implements GenerateOutcome {
    public Refused {
      Objects.requireNonNull(schemaSource, "schemaSource");
      refusals = List.copyOf(refusals);
      if (refusals.isEmpty()) {
        throw new IllegalArgumentException("refused without a refusal");
      }
    }

    @Override
    public boolean succeeded() {
      return false;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitRefused(this);
    }
  }

  /**
   * {@link GenerateMode#CHECK}: the models and the migrations differ; nothing was written.
   *
   * @param schemaSource where the current schema came from
   * @param changes the changes a migration would make, in order
   * @param refusals what would stop generating it, in a stable order; may be empty
   */
  record CheckFailed(SchemaSource schemaSource, List<Change> changes, List<Refusal> refusals)
      implements GenerateOutcome {
    public CheckFailed {
      Objects.requireNonNull(schemaSource, "schemaSource");
      changes = List.copyOf(changes);
      refusals = List.copyOf(refusals);
    }

    @Override
    public boolean succeeded() {
      return false;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCheckFailed(this);
    }
  }

  /**
   * {@link GenerateMode#DRY_RUN}: the migration as it would be written; nothing was written.
   *
   * @param schemaSource where the current schema came from
   * @param file where the migration would be written
   * @param migration the migration: class name, version and source
   * @param changes its changes, in order
   * @param before the schema it starts from, to render its SQL with {@link SqlScript}
   */
  record DryRun(SchemaSource schemaSource, Path file, GeneratedMigration migration, List<Change> changes,
      SchemaDef before) implements GenerateOutcome {
    public DryRun {
      Objects.requireNonNull(schemaSource, "schemaSource");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(migration, "migration");
      changes = List.copyOf(changes);
      Objects.requireNonNull(before, "before");
    }

    /** The operations of {@code up()}, in order. */
    public List<Operation> upOperations() {
      return changes.stream().map(Change::operation).toList();
    }

    @Override
    public boolean succeeded() {
      return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDryRun(this);
    }
  }

  /**
   * The migration and the snapshot were written.
   *
   * @param schemaSource where the current schema came from
   * @param file the migration's source file
   * @param snapshot the snapshot file ({@link GenerateOptions#snapshotFile()})
   * @param migration the migration: class name, version and source
   * @param changes its changes, in order
   */
  record Written(SchemaSource schemaSource, Path file, Path snapshot, GeneratedMigration migration,
      List<Change> changes) implements GenerateOutcome {
    public Written {
      Objects.requireNonNull(schemaSource, "schemaSource");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(snapshot, "snapshot");
      Objects.requireNonNull(migration, "migration");
      changes = List.copyOf(changes);
    }

    /** The operations of {@code up()}, in order. */
    public List<Operation> upOperations() {
      return changes.stream().map(Change::operation).toList();
    }

    @Override
    public boolean succeeded() {
      return true;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitWritten(this);
    }
  }
}
