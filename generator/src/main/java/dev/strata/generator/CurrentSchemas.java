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
import dev.strata.internal.schema.model.SchemaDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Chooses where the current schema comes from and reads it: a live database or a shadow database
 * when the options ask for one; otherwise the snapshot when it follows from exactly the compiled
 * migrations, else the migrations replayed in memory.
 *
 * <p>A snapshot follows from the compiled migrations when, as {@link SnapshotCodec.DerivedFrom}
 * records: the migration written with it is compiled and indexed, its {@code up()} still records
 * the operations it was written with (it may have been reformatted, not changed), and the other
 * compiled migrations have the digest the snapshot was derived from. Then its schema is what
 * replaying them gives, and no migration but that one is loaded.
 */
final class CurrentSchemas {

  /**
   * The current schema and, when it follows from the compiled migrations alone (snapshot or
   * replay) and the run writes, their digest, which the snapshot written next is derived from.
   */
  record Resolved(CurrentSchema current, String migrationsDigest) {}

  private final GenerateOptions options;
  private final GenerateListener listener;

  CurrentSchemas(GenerateOptions options, GenerateListener listener) {
    this.options = options;
    this.listener = listener;
  }

  /**
   * The current schema of the migrations {@code loader} sees.
   *
   * @throws StrataException the errors of loading and replaying the migrations; those of
   *     {@link ShadowDatabase}; {@link ErrorCode#CONNECTION_FAILED} when the live database cannot
   *     be read
   */
  Resolved resolve(ClassLoader loader) {
    CompiledMigrations compiled = new CompiledMigrations(loader);
    List<String> versions = compiled.versions();
    if (options.fromDbUrl() != null) {
      List<ResolvedMigration> migrations = compiled.load();
      listener.readingCurrentSchema(SchemaSource.DATABASE, migrations.size());
      LiveSchema live = readDatabase(options.fromDbUrl(), migrations);
      listener.unmodelled(live.unmodelled());
      return new Resolved(new CurrentSchema(live.schema(), SchemaSource.DATABASE, versions), null);
    }
    if (options.shadowUrl() != null) {
      List<ResolvedMigration> migrations = compiled.load();
      listener.readingCurrentSchema(SchemaSource.SHADOW, migrations.size());
      try (ShadowDatabase shadow = ShadowDatabase.create(options.shadowUrl())) {
        return new Resolved(new CurrentSchema(shadow.replay(migrations), SchemaSource.SHADOW, versions), null);
      }
    }
    Optional<SchemaDef> snapshot = SchemaSnapshot.read(options.snapshotFile())
        .filter(s -> s.derivedFrom() != null && followsFrom(s.derivedFrom(), compiled))
        .map(SnapshotCodec.Snapshot::schema);
    if (snapshot.isPresent()) {
      listener.readingCurrentSchema(SchemaSource.SNAPSHOT, compiled.size());
      return new Resolved(new CurrentSchema(snapshot.get(), SchemaSource.SNAPSHOT, versions), digestToWrite(compiled));
    }
    List<ResolvedMigration> migrations = compiled.load();
    listener.readingCurrentSchema(SchemaSource.REPLAY, migrations.size());
    SchemaDef replayed = Replayer.replay(migrations);
    return new Resolved(new CurrentSchema(replayed, SchemaSource.REPLAY, versions), digestToWrite(compiled));
  }

  /** The digest a written snapshot records; none when the run writes nothing. */
  private String digestToWrite(CompiledMigrations compiled) {
    return options.mode() == GenerateMode.WRITE ? compiled.digest(null).orElse(null) : null;
  }

  private static boolean followsFrom(SnapshotCodec.DerivedFrom from, CompiledMigrations compiled) {
    return compiled.contains(from.newMigration())
        && compiled.versionsAreDistinct()
        && compiled.digest(from.newMigration()).filter(from.migrationsDigest()::equals).isPresent()
        && compiled.checksum(from.newMigration()).filter(from.newMigrationChecksum()::equals).isPresent();
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
