package dev.strata.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a process's time goes ({@code --breakdown}): runs a child that prints
 * {@code phase<TAB>nanoseconds} lines ({@link NoopPhasesMain}, {@link GeneratePhasesMain}) in new
 * JVMs and prints the median of each phase, and the rest of the wall time (JVM exit, gaps between
 * timers). The child's last argument is the parent's clock just before it starts, so it can report
 * the JVM's own start-up.
 */
final class PhaseBreakdown {
  private PhaseBreakdown() {}

  static void print(BenchContext context, String title, String classPath, Class<?> mainClass, String... args) {
    Map<String, List<Long>> phases = new LinkedHashMap<>();
    List<Long> walls = new ArrayList<>();
    BenchOptions options = context.options();
    for (int i = 0; i < options.warmups() + options.runs(); i++) {
      List<String> command = Processes.java(classPath, mainClass.getName(), args);
      command.add(String.valueOf(System.currentTimeMillis()));
      long wall = context.processes().time(command, 0);
      if (i < options.warmups()) {
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
    context.progress(title + ", phase by phase in one JVM (median of " + options.runs() + " runs):");
    double sum = 0;
    for (Map.Entry<String, List<Long>> phase : phases.entrySet()) {
      double ms = new Timing(phase.getValue()).medianMs();
      sum += ms;
      context.progress(line(phase.getKey(), ms));
    }
    double wall = new Timing(walls).medianMs();
    context.progress(line("rest (wall time minus the phases' medians: JVM exit, gaps)", wall - sum));
    context.progress(line("process wall time", wall));
  }

  private static String line(String phase, double ms) {
    return String.format(Locale.ROOT, "  %-58s %8.1f ms", phase, ms);
  }

  /** The child's side: prints each phase's time since the previous one. */
  static final class Clock {
    private long last;

    /** Starts the clock and prints the JVM's start-up, from the parent's {@code launchedMillis}. */
    Clock(String launchedMillis) {
      System.out.println("jvm start to main\t" + (System.currentTimeMillis() - Long.parseLong(launchedMillis))
          * 1_000_000);
      last = System.nanoTime();
    }

    void phase(String name) {
      long now = System.nanoTime();
      System.out.println(name + "\t" + (now - last));
      last = System.nanoTime();
    }
  }
}
