package dev.strata.annotations;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
  /** Reject the change if rows still reference it (checked at the end of the statement). */
  NO_ACTION,
  /** Reject the change if rows still reference it (checked immediately). */
  RESTRICT,
  /** Delete or update the referencing rows too. */
  CASCADE,
  /** Set the referencing column to NULL. */
  SET_NULL,
  /** Set the referencing column to its default. */
  SET_DEFAULT
}
