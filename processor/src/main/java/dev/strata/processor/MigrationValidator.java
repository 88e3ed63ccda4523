package dev.strata.processor;

import dev.strata.internal.schema.index.MigrationIndex;
import dev.strata.internal.schema.naming.Versions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks {@code @Migration} classes: each must be a creatable {@code dev.strata.Migration} with a
 * version, and versions are unique, also against migrations kept from an earlier compilation.
 * Versions that the runtime orders as equal ({@code 1.0} and {@code 1}) count as the same.
 */
final class MigrationValidator {

  private final Reporter reporter;

  MigrationValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Checks {@code migrations}, sorted by class name, and against {@code kept}. */
  void validate(List<MigrationSpec> migrations, List<MigrationIndex.Entry> kept) {
    Map<String, List<String>> classesByVersion = new TreeMap<>(Versions.ORDER);
    for (MigrationIndex.Entry entry : kept) {
      classesByVersion.computeIfAbsent(entry.version(), v -> new ArrayList<>()).add(entry.className());
    }
    for (MigrationSpec migration : migrations) {
      single(migration);
      if (!migration.version().isBlank()) {
        classesByVersion.computeIfAbsent(migration.version(), v -> new ArrayList<>()).add(migration.binaryName());
      }
    }
    for (MigrationSpec migration : migrations) {
      if (migration.version().isBlank()) {
        continue;
      }
      List<String> sharing = classesByVersion.get(migration.version());
      sharing.stream().filter(c -> !c.equals(migration.binaryName())).findFirst().ifPresent(other ->
          reporter.error(migration.element(), migration.annotation(), String.format(
              Messages.DUPLICATE_VERSION, migration.version(), migration.binaryName(), other)));
    }
  }

  private void single(MigrationSpec migration) {
    String name = migration.binaryName();
    if (!migration.implementsMigration()) {
      reporter.error(migration.element(), migration.annotation(),
          String.format(Messages.MIGRATION_NOT_MIGRATION, name));
    }
    if (!migration.concrete()) {
      reporter.error(migration.element(), migration.annotation(),
          String.format(Messages.MIGRATION_NOT_CONCRETE, name));
    } else if (!migration.instantiable()) {
      reporter.error(migration.element(), migration.annotation(),
          String.format(Messages.MIGRATION_NO_CONSTRUCTOR, name));
    }
    if (migration.version().isBlank()) {
      reporter.error(migration.element(), migration.annotation(), String.format(Messages.VERSION_EMPTY, name));
    } else if (migration.version().chars().anyMatch(Character::isWhitespace)) {
      reporter.error(migration.element(), migration.annotation(),
          String.format(Messages.VERSION_WHITESPACE, name, migration.version()));
    }
  }
}
