package dev.strata.maven;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import dev.strata.internal.jdbc.Secrets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;

/**
 * What every goal shares: the project's class loader (compiled classes and runtime class path),
 * its JDBC drivers, the database parameters and credentials, and errors worded for Maven with
 * every password masked.
 */
abstract class AbstractStrataMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  /**
   * The database: {@code sqlite:path}, {@code postgresql://user:pass@host:port/db},
   * {@code mysql://user:pass@host:port/db} or a {@code jdbc:} URL.
   */
  @Parameter(property = "strata.url")
  String url;

  /** The database user, when the URL does not carry it. */
  @Parameter(property = "strata.user")
  String user;

  /** The database password, when the URL does not carry it. Never printed. */
  @Parameter(property = "strata.password")
  String password;

  /** The id of a {@code <server>} in {@code settings.xml} whose username and password to use. */
  @Parameter(property = "strata.serverId")
  String serverId;

  /** Skips the goal. */
  @Parameter(property = "strata.skip", defaultValue = "false")
  boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping Strata (strata.skip)");
      return;
    }
    resolveServerCredentials();
    List<String> classPath;
    try {
      classPath = project.getRuntimeClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the project's runtime class path is not resolved: " + e.getMessage(), e);
    }
    try (ProjectClassLoader classes = new ProjectClassLoader(project.getBuild().getOutputDirectory(), classPath);
        ProjectDrivers drivers = new ProjectDrivers(classes.loader());
        MavenLogHandler logs = new MavenLogHandler(getLog(), this::scrub)) {
      run(classes.loader());
    } catch (StrataException e) {
      String message = scrub(e.getMessage());
      if (isAnswerNo(e.code())) {
        throw new MojoFailureException(message);
      }
      throw new MojoExecutionException(message, safeCause(e));
    } catch (SQLException | RuntimeException e) {
      throw new MojoExecutionException(scrub(String.valueOf(e.getMessage())), safeCause(e));
    }
  }

  /** Runs the goal with {@code loader} (also the context class loader) seeing the project. */
  abstract void run(ClassLoader loader) throws MojoExecutionException, MojoFailureException;

  /** The URLs other than {@link #url} whose passwords may show up (a shadow database's). */
  List<String> otherUrls() {
    return List.of();
  }

  /** {@code text} with the passwords of every URL and the password parameter masked. */
  final String scrub(String text) {
    if (text == null) {
      return null;
    }
    List<String> urls = new ArrayList<>(otherUrls());
    urls.add(url);
    String out = text;
    for (String u : urls) {
      out = Secrets.scrub(out, u);
    }
    if (password != null && password.length() >= 2) {
      out = out.replace(password, "***");
    }
    return out;
  }

  /** {@code e} when no message in its chain names a password, else nothing. */
  private Throwable safeCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && !m.equals(scrub(m))) {
        return null;
      }
    }
    return e;
  }

  private static boolean isAnswerNo(ErrorCode code) {
    return code == ErrorCode.REFUSED_CHANGE || code == ErrorCode.VALIDATION_FAILED
        || code == ErrorCode.DRIFT_DETECTED;
  }

  private void resolveServerCredentials() throws MojoExecutionException {
    if (serverId == null || serverId.isBlank()) {
      return;
    }
    Server server = settings == null ? null : settings.getServer(serverId);
    if (server == null) {
      throw new MojoExecutionException("no <server> with id '" + serverId + "' in settings.xml; add one with "
          + "<username> and <password>, or pass -Dstrata.user and -Dstrata.password");
    }
    if (user == null) {
      user = server.getUsername();
    }
    if (password == null) {
      password = server.getPassword();
      if (password != null && password.startsWith("{") && password.endsWith("}")) {
        throw new MojoExecutionException("the password of server '" + serverId + "' in settings.xml is "
            + "encrypted; the Strata plugin reads plain passwords only: pass it as -Dstrata.password or "
            + "keep it unencrypted in settings.xml");
      }
    }
  }

  /** Logs each line of {@code text} at INFO, scrubbed. */
  final void info(String text) {
    for (String line : scrub(text).split("\\R")) {
      getLog().info(line);
    }
  }
}
