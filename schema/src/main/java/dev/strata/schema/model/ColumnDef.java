package dev.strata.schema.model;

import java.util.Objects;

/**
 * A column.
 *
 * @param name the column name
 * @param type the column type
 * @param nullable whether NULL is accepted
 * @param defaultValue an SQL literal used verbatim, or null for no default
 * @param auto whether the database generates the value (identity / auto-increment)
 * @param renamedFrom the previous name from a {@code @RenamedFrom} hint, or null; a hint, not
 *     part of the schema's state (see {@link #withoutHints()})
 */
public record ColumnDef(
    String name,
    ColumnType type,
    boolean nullable,
    String defaultValue,
    boolean auto,
    String renamedFrom) {

  public ColumnDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (defaultValue != null && defaultValue.isEmpty()) {
      defaultValue = null;
    }
    if (renamedFrom != null && renamedFrom.isEmpty()) {
      renamedFrom = null;
    }
  }

  /** A NOT NULL column without default. */
  public static ColumnDef of(String name, ColumnType type) {
    return new ColumnDef(name, type, false, null, false, null);
  }

  public ColumnDef withName(String newName) {
    return new ColumnDef(newName, type, nullable, defaultValue, auto, renamedFrom);
  }

  public ColumnDef withType(ColumnType newType) {
    return new ColumnDef(name, newType, nullable, defaultValue, auto, renamedFrom);
  }

  public ColumnDef withNullable(boolean newNullable) {
    return new ColumnDef(name, type, newNullable, defaultValue, auto, renamedFrom);
  }

  public ColumnDef withDefaultValue(String newDefault) {
    return new ColumnDef(name, type, nullable, newDefault, auto, renamedFrom);
  }

  public ColumnDef withAuto(boolean newAuto) {
    return new ColumnDef(name, type, nullable, defaultValue, newAuto, renamedFrom);
  }

  public ColumnDef withRenamedFrom(String oldName) {
    return new ColumnDef(name, type, nullable, defaultValue, auto, oldName);
  }

  /** This column without its rename hint: what a database would hold. */
  public ColumnDef withoutHints() {
    return renamedFrom == null ? this : withRenamedFrom(null);
  }
}
