/**
 * The {@code strata-maven-plugin}: every {@code strata} command as a Maven goal
 * ({@code mvn strata:generate}, {@code strata:check}, {@code strata:migrate}, ...), run on the
 * project's compiled classes and runtime class path. The goals are the plugin's API; the classes
 * behind them are not.
 */
package dev.strata.maven;
