package dev.strata.maven;

import dev.strata.generator.Advice;

/** The plugin's names for the ways out that generate's messages give. */
final class PluginAdvice implements Advice {
  static final PluginAdvice INSTANCE = new PluginAdvice();

  private PluginAdvice() {}

  @Override
  public String allowDestructive() {
    return "-Dstrata.allowDestructive=true";
  }

  @Override
  public String generate() {
    return "mvn compile strata:generate";
  }
}
