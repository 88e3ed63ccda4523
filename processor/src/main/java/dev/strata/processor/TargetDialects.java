package dev.strata.processor;

import dev.strata.internal.schema.index.MigrationIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The databases a project runs on, from the processor option {@code -Astrata.dialects}: a comma
 * separated list of {@code sqlite}, {@code postgresql} and {@code mysql}, in any case and order,
 * blanks ignored. {@code mariadb} is accepted as another name for {@code mysql}: MySQL and MariaDB
 * are one dialect to Strata, with the same limits, so one cannot be a target without the other.
 * Without the option all three are targets.
 *
 * <p>A model feature a target cannot carry is a compile error ({@link TargetValidator}); the
 * targets are recorded in the migration index ({@link MigrationIndex#write(List, List)}) so that
 * the runner and the generator refuse the databases left out.
 *
 * @param names the target dialect names, sorted, some of {@link MigrationIndex#DIALECTS}
 * @param given the option's value as given, or null when it is not set
 */
record TargetDialects(List<String> names, String given) {

  /** The processor option. */
  static final String OPTION = "strata.dialects";

  /** Every dialect: what a project without the option targets. */
  static final TargetDialects ALL = new TargetDialects(MigrationIndex.DIALECTS, null);

  TargetDialects {
    names = List.copyOf(names);
  }

  /**
   * The targets named by the processor options; {@link #ALL} when the option is not set. A value
   * that names no database, or something other than a database, is reported as an error on the
   * compilation, and {@link #ALL} is taken so the models are still checked.
   */
  static TargetDialects of(Map<String, String> options, Reporter reporter) {
    String value = options.get(OPTION);
    if (value == null) {
      return ALL;
    }
    TreeSet<String> names = new TreeSet<>();
    List<String> unknown = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      String name = part.strip().toLowerCase(Locale.ROOT);
      if (name.equals("mariadb")) {
        name = "mysql";
      }
      if (MigrationIndex.DIALECTS.contains(name)) {
        names.add(name);
      } else if (!name.isEmpty()) {
        unknown.add(part.strip());
      }
    }
    if (!unknown.isEmpty()) {
      reporter.error(String.format(Messages.UNKNOWN_DIALECT, value, String.join(", ", unknown)));
      return ALL;
    }
    if (names.isEmpty()) {
      reporter.error(String.format(Messages.NO_DIALECT, value));
      return ALL;
    }
    return new TargetDialects(List.copyOf(names), value);
  }

  /** Whether {@code name} (one of {@link MigrationIndex#DIALECTS}) is a target. */
  boolean targets(String name) {
    return names.contains(name);
  }

  /**
   * How the option reads in a message: {@code -Astrata.dialects=sqlite,mysql} as given, or, when
   * it is not set, that it is not and how to set it.
   */
  String option() {
    return given == null
        ? "-A" + OPTION + " (not set, so all three are targets: set -A" + OPTION + "=sqlite,postgresql)"
        : "-A" + OPTION + "=" + given;
  }
}
