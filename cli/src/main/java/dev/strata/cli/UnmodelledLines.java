package dev.strata.cli;

import dev.strata.internal.dialect.Unmodelled;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints what a live database holds that Strata does not model, one line each
 * ({@link Unmodelled#describe()}), for the commands that read one ({@code generate --from-db},
 * {@code init --from-db}): never silently left out.
 */
final class UnmodelledLines {
  private UnmodelledLines() {}

  /**
   * Prints a heading and one indented line per object; nothing when {@code objects} is empty.
   *
   * @param out where to print
   * @param objects as {@link dev.strata.internal.dialect.LiveSchema#unmodelled()} lists them
   */
  static void print(PrintWriter out, List<Unmodelled> objects) {
    if (objects.isEmpty()) {
      return;
    }
    out.println("The database holds " + objects.size() + " thing" + (objects.size() == 1 ? "" : "s")
        + " Strata does not model exactly; they are not compared with the models:");
    for (Unmodelled u : objects) {
      out.println("  " + u.describe());
    }
  }
}
