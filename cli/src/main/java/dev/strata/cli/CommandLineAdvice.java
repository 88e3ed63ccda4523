package dev.strata.cli;

import dev.strata.generator.Advice;

/** The command line's names for the ways out that generate's messages give. */
final class CommandLineAdvice implements Advice {

  static final CommandLineAdvice INSTANCE = new CommandLineAdvice();

  private CommandLineAdvice() {}

  @Override
  public String allowDestructive() {
    return "--allow-destructive";
  }

  @Override
  public String generate() {
    return "generate";
  }
}
