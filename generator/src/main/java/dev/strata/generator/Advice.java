package dev.strata.generator;

/**
 * How a tool that runs {@link Generator} names its own controls, so that messages tell the user
 * what to type in that tool: the command line says {@code --allow-destructive}, a build plugin
 * names its parameter. {@link GenerateMessages} puts these into every message that gives a way
 * out.
 */
public interface Advice {

  /**
   * How the user allows destructive changes, as typed: {@code --allow-destructive} on the command
   * line. It follows "pass" in messages ("Pass --allow-destructive to generate it anyway.").
   */
  String allowDestructive();

  /**
   * How the user runs generate to write the migration, as typed: {@code generate} on the command
   * line. It follows "run" in messages ("run generate to write the migration").
   */
  String generate();
}
