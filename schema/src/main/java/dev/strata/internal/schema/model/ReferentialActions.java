package dev.strata.internal.schema.model;

import dev.strata.annotations.ReferentialAction;
import java.util.Locale;

/**
 * SQL spellings of {@link ReferentialAction}, the one enum that models, migrations and the schema
 * model share.
 */
public final class ReferentialActions {
  private ReferentialActions() {}

  /** The SQL spelling: {@code NO ACTION}, {@code SET NULL}, ... */
  public static String sql(ReferentialAction action) {
    return action.name().replace('_', ' ');
  }

  /**
   * Reads either spelling ({@code SET_NULL} or {@code set null}).
   *
   * @throws IllegalArgumentException for any other text
   */
  public static ReferentialAction parse(String text) {
    return ReferentialAction.valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
  }
}
