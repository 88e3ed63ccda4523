package dev.strata.generator;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.generator.codegen.SchemaSnapshot;
import dev.strata.generator.shadow.ShadowDatabase;
import dev.strata.internal.dialect.LiveSchema;
import dev.strata.internal.jdbc.Secrets;
import dev.strata.internal.jdbc.UrlDataSource;
import dev.strata.internal.loader.ResolvedMigration;
import dev.strata.internal.manifest.SnapshotCodec;
import dev.strata.internal.replay.Replayer;
import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.model.SchemaDef;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Chooses where the current schema comes from and reads it: a live database or a shadow database
 * when the options ask for one; otherwise the snapshot when it follows from exactly the compiled
 * migrations, else the migrations replayed in memory.
 *
 * <p>A snapshot follows from the compiled migrations when the index digest it records
 * ({@link SnapshotCodec.DerivedFrom}) equals the digest of the compiled migration index. That
 * digest covers every migration's class name, version, description and source digest, so a
 * migration added, removed or edited by hand since the snapshot was written makes it stale, and
 * the migrations are replayed instead. A trusted snapshot is read without loading any migration
 * class.
 */
final class CurrentSchemas {

  /**
   * The current schema and, when it follows from the compiled migrations alone (snapshot or
   * replay), their index entries, from which the snapshot written next is derived; null entries
   * otherwise.
   */
  record Resolved(CurrentSchema current, List<MigrationIndex.Entry> entries) {}

  private final GenerateOptions options;
  private final GenerateListener listener;

  CurrentSchemas(GenerateOptions options, GenerateListener listener) {
    this.options = options;
    this.listener = listener;
  }

  /**
   * The current schema of the migrations {@code loader} sees.
   *
   * @throws StrataException {@link ErrorCode#UNSUPPORTED_DATABASE} when the live or shadow database
   *     is one the project's target dialects leave out; the errors of loading and replaying the migrations; those of
   *     {@link ShadowDatabase}; {@link ErrorCode#CONNECTION_FAILED} when the live database cannot
   *     be read
   */
  Resolved resolve(ClassLoader loader) {
    CompiledMigrations compiled = new CompiledMigrations(loader);
    List<String> versions = compiled.versions();
    if (options.fromDbUrl() != null) {
      TargetDialectCheck.require(compiled.dialects(), options.fromDbUrl(), "generate --from-db");
      List<ResolvedMigration> migrations = compiled.load();
      listener.readingCurrentSchema(SchemaSource.DATABASE, migrations.size());
      LiveSchema live = readDatabase(options.fromDbUrl(), migrations);
      listener.unmodelled(live.unmodelled());
      return new Resolved(new CurrentSchema(live.schema(), SchemaSource.DATABASE, versions), null);
    }
    if (options.shadowUrl() != null) {
      TargetDialectCheck.require(compiled.dialects(), options.shadowUrl(), "generate with a shadow database");
      List<ResolvedMigration> migrations = compiled.load();
      listener.readingCurrentSchema(SchemaSource.SHADOW, migrations.size());
      try (ShadowDatabase shadow = ShadowDatabase.create(options.shadowUrl())) {
        return new Resolved(new CurrentSchema(shadow.replay(migrations), SchemaSource.SHADOW, versions), null);
      }
    }
    Optional<SchemaDef> snapshot = trustedSnapshot(options.snapshotFile(), compiled.indexDigest());
    if (snapshot.isPresent()) {
      listener.readingCurrentSchema(SchemaSource.SNAPSHOT, compiled.size());
      return new Resolved(new CurrentSchema(snapshot.get(), SchemaSource.SNAPSHOT, versions), compiled.entries());
    }
    List<ResolvedMigration> migrations = compiled.load();
    listener.readingCurrentSchema(SchemaSource.REPLAY, migrations.size());
    SchemaDef replayed = Replayer.replay(migrations);
    return new Resolved(new CurrentSchema(replayed, SchemaSource.REPLAY, versions), compiled.entries());
  }

  /**
   * The snapshot's schema when {@code file} holds a snapshot derived from {@code indexDigest}; empty
   * when there is no digest to compare, no file, or it records another digest or none.
   */
  static Optional<SchemaDef> trustedSnapshot(Path file, String indexDigest) {
    if (indexDigest == null) {
      return Optional.empty();
    }
    return SchemaSnapshot.readIfDerivedFrom(file, indexDigest).map(SnapshotCodec.Snapshot::schema);
  }

  private static LiveSchema readDatabase(String url, List<ResolvedMigration> migrations) {
    try (Connection connection = UrlDataSource.of(url).open()) {
      return ShadowDatabase.readLive(connection, migrations);
    } catch (SQLException e) {
      throw new StrataException(ErrorCode.CONNECTION_FAILED, "cannot read " + Secrets.redact(url) + ": "
          + Secrets.scrub(e.getMessage(), url), Secrets.scrub(e, url));
    }
  }
}
