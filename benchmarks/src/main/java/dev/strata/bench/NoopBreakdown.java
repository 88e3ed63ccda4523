package dev.strata.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a no-op start's time goes: runs {@link NoopPhasesMain} in new JVMs and prints the median
 * of each phase, with the rest of the process (JVM exit) as the difference to the wall time.
 */
final class NoopBreakdown {
  private NoopBreakdown() {}

  static void print(BenchContext context, String classPath, String url, int migrations) {
    Map<String, List<Long>> phases = new LinkedHashMap<>();
    List<Long> walls = new ArrayList<>();
    int runs = context.options().runs();
    for (int i = 0; i < context.options().warmups() + runs; i++) {
      List<String> command = Processes.java(classPath, NoopPhasesMain.class.getName(), url,
          String.valueOf(System.currentTimeMillis()));
      long wall = context.processes().time(command, 0);
      if (i < context.options().warmups()) {
        continue;
      }
      walls.add(wall);
      for (String line : context.processes().lastOutput().split("\n")) {
        String[] parts = line.split("\t");
        if (parts.length == 2) {
          phases.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(Long.parseLong(parts[1].trim()));
        }
      }
    }
    context.progress("no-op start with " + migrations + " migrations, phase by phase in one JVM (median of " + runs
        + " runs):");
    double sum = 0;
    for (Map.Entry<String, List<Long>> phase : phases.entrySet()) {
      double ms = new Timing(phase.getValue()).medianMs();
      sum += ms;
      context.progress(String.format(Locale.ROOT, "  %-55s %8.1f ms", phase.getKey(), ms));
    }
    double wall = new Timing(walls).medianMs();
    context.progress(String.format(Locale.ROOT, "  %-55s %8.1f ms", "rest (JVM exit, timer gaps)", wall - sum));
    context.progress(String.format(Locale.ROOT, "  %-55s %8.1f ms", "process wall time", wall));
  }
}
