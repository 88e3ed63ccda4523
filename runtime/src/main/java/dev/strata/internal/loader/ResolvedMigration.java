package dev.strata.internal.loader;

import dev.strata.ErrorCode;
import dev.strata.Migration;
import dev.strata.StrataException;
import dev.strata.internal.operation.Operation;
import dev.strata.internal.operation.OperationRecorder;
import java.util.List;

/**
 * A migration found in the index and instantiated. Its operations are recorded on first use.
 */
public final class ResolvedMigration {
  private final String version;
  private final String description;
  private final Migration migration;
  private List<Operation> up;
  private String checksum;

  /** A migration with its index entry's version and description. */
  public ResolvedMigration(String version, String description, Migration migration) {
    this.version = version;
    this.description = description;
    this.migration = migration;
  }

  /** The {@code @Migration} version. */
  public String version() {
    return version;
  }

  /** The {@code @Migration} description, possibly empty. */
  public String description() {
    return description;
  }

  /** The migration instance. */
  public Migration migration() {
    return migration;
  }

  /** The class name, for messages. */
  public String className() {
    return migration.getClass().getName();
  }

  /** How messages name it: {@code migration 20260101120000 (db.migration.V20260101120000__add_bio)}. */
  public String label() {
    return "migration " + version + " (" + className() + ")";
  }

  /**
   * What {@code up()} records (computed once).
   *
   * @throws StrataException {@link ErrorCode#INVALID_MIGRATION} naming this migration, the
   *     operation and the line when {@code up()} throws (see {@link OperationRecorder#up(Migration, String)})
   */
  public List<Operation> upOperations() {
    if (up == null) {
      up = OperationRecorder.up(migration, label());
    }
    return up;
  }

  /**
   * What {@code down()} records, computed anew each call.
   *
   * @throws StrataException {@link ErrorCode#IRREVERSIBLE} when it has no {@code down()};
   *     {@link ErrorCode#INVALID_MIGRATION} when {@code down()} throws
   */
  public List<Operation> downOperations() {
    return OperationRecorder.down(migration, label());
  }

  /**
   * SHA-256 of the canonical form of {@link #upOperations()}, lowercase hex.
   *
   * @throws StrataException as {@link #upOperations()}
   */
  public String checksum() {
    if (checksum == null) {
      checksum = OperationRecorder.checksum(upOperations());
    }
    return checksum;
  }

  @Override
  public String toString() {
    return version + " " + className();
  }
}
