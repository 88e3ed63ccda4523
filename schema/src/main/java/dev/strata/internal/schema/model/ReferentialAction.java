package dev.strata.internal.schema.model;

import java.util.Locale;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
  NO_ACTION,
  RESTRICT,
  CASCADE,
  SET_NULL,
  SET_DEFAULT;

  /** The SQL spelling: {@code NO ACTION}, {@code SET NULL}, ... */
  public String sql() {
    return name().replace('_', ' ');
  }

  /** Reads either spelling ({@code SET_NULL} or {@code set null}). */
  public static ReferentialAction parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
  }
}
