package dev.strata.generator.diff;

import java.util.List;
import java.util.Objects;

/**
 * A problem that stops {@code generate}, in the diff's words: what kind it is, which table or
 * column it concerns and what is wrong. It names no switch of any tool; the tool that reports it
 * adds how to get past it ({@code dev.strata.generator.GenerateMessages} words it with the tool's
 * {@code Advice}).
 *
 * @param reason what kind of problem it is, and so which way out there is
 * @param subject the table or column it concerns (for a suspected rename: the old name)
 * @param problem what is wrong, as a sentence without a final full stop, such as {@code "dropping
 *     table posts removes all its rows"}; it may name a model-side fix ({@code @RenamedFrom},
 *     {@code @Column(defaultValue = ...)})
 * @param ifAllowed for {@link Reason#POSSIBLE_RENAME}: what allowing destructive changes does
 *     instead, such as {@code "drops `name` with its data and adds `full_name`"}; null otherwise
 */
public record Refusal(Reason reason, Subject subject, String problem, String ifAllowed) {

  /** Kinds of refusal. */
  public enum Reason {
    /** A change would lose data; allowing destructive changes lets it through. */
    DESTRUCTIVE,
    /**
     * A dropped and an added column (or table) look alike, so it may be a rename without a hint;
     * {@code @RenamedFrom}, or allowing destructive changes (drop and add), resolves it.
     */
    POSSIBLE_RENAME,
    /** A NOT NULL column without default added to an existing table; never allowed. */
    NOT_NULL_WITHOUT_DEFAULT,
    /**
     * A change the diff cannot express (adding or removing {@code @Auto}); never allowed, but two
     * generate runs (drop, with destructive changes allowed, then add) get there.
     */
    UNSUPPORTED
  }

  /**
   * The table, or the column of a table, a refusal concerns.
   *
   * @param table the table's name
   * @param column the column's name, or null when the subject is the table itself
   */
  public record Subject(String table, String column) {
    public Subject {
      Objects.requireNonNull(table, "table");
    }

    /** The table {@code table}. */
    public static Subject table(String table) {
      return new Subject(table, null);
    }

    /** The column {@code column} of {@code table}. */
    public static Subject column(String table, String column) {
      return new Subject(table, Objects.requireNonNull(column, "column"));
    }

    /** {@code table} or {@code table.column}. */
    @Override
    public String toString() {
      return column == null ? table : table + "." + column;
    }
  }

  public Refusal {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(problem, "problem");
    if ((reason == Reason.POSSIBLE_RENAME) != (ifAllowed != null)) {
      throw new IllegalArgumentException("a possible rename, and only that, says what allowing would do: " + reason);
    }
  }

  /** Dropping {@code table} would remove its rows. */
  static Refusal dropsTable(String table) {
    return new Refusal(Reason.DESTRUCTIVE, Subject.table(table), "dropping table " + table + " removes all its rows",
        null);
  }

  /** Dropping {@code table.column} would remove its data. */
  static Refusal dropsColumn(String table, String column) {
    return new Refusal(Reason.DESTRUCTIVE, Subject.column(table, column), "dropping column " + table + "." + column
        + " removes its data", null);
  }

  /** Altering {@code table.column} loses what {@code losses} say (phrases about "it"). */
  static Refusal altersLosingData(String table, String column, List<String> losses) {
    return new Refusal(Reason.DESTRUCTIVE, Subject.column(table, column), "altering column " + table + "." + column
        + " " + String.join(", and ", losses), null);
  }

  /** {@code table.from} went and {@code table.to} came with the same type, without a hint. */
  static Refusal possibleColumnRename(String table, String from, String to) {
    return new Refusal(Reason.POSSIBLE_RENAME, Subject.column(table, from), "Table " + table + ": did you rename `"
        + from + "` to `" + to + "`? add `@RenamedFrom(\"" + from + "\")` on `" + to + "`",
        "drops `" + from + "` with its data and adds `" + to + "`");
  }

  /**
   * Table {@code from} went and {@code to} came with the same columns, without a hint;
   * {@code where} names the model to put the hint on.
   */
  static Refusal possibleTableRename(String from, String to, String where) {
    return new Refusal(Reason.POSSIBLE_RENAME, Subject.table(from), "did you rename table `" + from + "` to `" + to
        + "`? add `@RenamedFrom(\"" + from + "\")` on " + where,
        "drops table `" + from + "` with its rows and creates `" + to + "`");
  }

  /** A NOT NULL column without default added to {@code table}, which may hold rows. */
  static Refusal notNullWithoutDefault(String table, String column) {
    return new Refusal(Reason.NOT_NULL_WITHOUT_DEFAULT, Subject.column(table, column), "Cannot add column " + table
        + "." + column + ": it is NOT NULL without a default, so the rows " + table + " already has would have no "
        + "value for it. Either give it a default with `@Column(defaultValue = \"...\")` (an SQL literal such as "
        + "\"0\" or \"'none'\"), or make it nullable (an `Optional<...>` field, a `@Nullable` annotation, or "
        + "`@Column(nullable = true)`)", null);
  }

  /** {@code @Auto} added to ({@code adding}) or removed from an existing column. */
  static Refusal autoChange(String table, String column, boolean adding) {
    return new Refusal(Reason.UNSUPPORTED, Subject.column(table, column), "Cannot "
        + (adding ? "add @Auto to " : "remove @Auto from ") + table + "." + column
        + ": an existing column cannot start or stop being generated by the database", null);
  }
}
