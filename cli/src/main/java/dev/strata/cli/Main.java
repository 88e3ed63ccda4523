package dev.strata.cli;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code strata} command line. Run as {@code strata <command>} (the launcher script next to
 * the runnable jar), {@code java -jar strata-cli-<version>-all.jar <command>}, or
 * {@code java -cp <strata-cli and its dependencies> dev.strata.cli.Main <command>}.
 *
 * <p>Exit codes: 0 success; 1 the command's answer is "no" (generate refused a change or
 * {@code --check} found changes, validate found problems or drift); 2 an error (bad usage, a
 * database that cannot be opened, a missing manifest, a failed migration).
 */
@Command(
    name = "strata",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Compile-time schema migrations: generate migrations from @Model classes and apply them.",
    subcommands = {
      InitCommand.class,
      GenerateCommand.class,
      UpCommand.class,
      DownCommand.class,
      StatusCommand.class,
      ResetCommand.class,
      ValidateCommand.class,
      BaselineCommand.class,
      RepairCommand.class,
      SqlCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** The command's answer is "no": refused, changes found, problems found. */
  public static final int EXIT_NO = 1;

  /** Something went wrong. */
  public static final int EXIT_ERROR = 2;

  private static final Logger RUNNER_LOG = Logger.getLogger("dev.strata");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /**
   * Runs the command line with the given streams and returns the exit code (for tests and tools).
   * Everything it prints, the runner's log lines included, has its passwords masked.
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    Scrubber scrubber = Scrubber.of(args, System.getenv());
    PrintWriter outWriter = new PrintWriter(new ScrubbingWriter(new OutputStreamWriter(out, Charset.defaultCharset()), scrubber), true);
    PrintWriter errWriter = new PrintWriter(new ScrubbingWriter(new OutputStreamWriter(err, Charset.defaultCharset()), scrubber), true);
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      Throwable cause = e;
      if (cause instanceof StrataException se) {
        commandLine.getErr().println("error: " + se.getMessage());
        commandLine.getErr().flush();
        return exitCode(se.code());
      }
      commandLine.getErr().println("error: " + cause);
      cause.printStackTrace(commandLine.getErr());
      commandLine.getErr().flush();
      return EXIT_ERROR;
    });
    // The runner's warnings, and for the commands that migrate its progress (showRunnerProgress),
    // go to stderr as they happen; stdout keeps each command's result.
    Level level = RUNNER_LOG.getLevel();
    boolean parents = RUNNER_LOG.getUseParentHandlers();
    Handler progress = new ProgressHandler(errWriter);
    RUNNER_LOG.setLevel(Level.WARNING);
    RUNNER_LOG.setUseParentHandlers(false);
    RUNNER_LOG.addHandler(progress);
    // --classes makes its loader the thread's context class loader (where Migrator looks for the
    // index); a caller running several commands in one JVM must not see one command's project in the next.
    ClassLoader contextLoader = Thread.currentThread().getContextClassLoader();
    try {
      return cli.execute(args);
    } finally {
      Thread.currentThread().setContextClassLoader(contextLoader);
      RUNNER_LOG.removeHandler(progress);
      RUNNER_LOG.setUseParentHandlers(parents);
      RUNNER_LOG.setLevel(level);
      outWriter.flush();
      errWriter.flush();
      out.flush();
      err.flush();
    }
  }

  /**
   * Lets the runner's INFO lines (each migration as it starts and ends) through to stderr for the
   * rest of this run; generate leaves them out, as its shadow database is not the user's.
   */
  static void showRunnerProgress() {
    RUNNER_LOG.setLevel(Level.INFO);
  }

  static int exitCode(ErrorCode code) {
    return switch (code) {
      case REFUSED_CHANGE, VALIDATION_FAILED, DRIFT_DETECTED -> EXIT_NO;
      default -> EXIT_ERROR;
    };
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'strata help'");
  }

  /** The version from the jar manifest ({@code Implementation-Version}), when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    /** Shown when Strata runs from compiled classes rather than a jar. */
    static final String UNKNOWN = "(version unknown: running from classes, not from a strata jar)";

    @Override
    public String[] getVersion() {
      return new String[] {"strata " + version()};
    }

    static String version() {
      String v = Main.class.getPackage().getImplementationVersion();
      return v == null ? UNKNOWN : v;
    }
  }

  /** Writes the runner's log lines: INFO as the bare message, more severe ones with their level. */
  private static final class ProgressHandler extends Handler {
    private final PrintWriter err;

    ProgressHandler(PrintWriter err) {
      this.err = err;
      setFormatter(new SimpleFormatter());
    }

    @Override
    public void publish(LogRecord record) {
      if (!isLoggable(record)) {
        return;
      }
      String message = getFormatter().formatMessage(record);
      err.println(record.getLevel().intValue() > Level.INFO.intValue()
          ? record.getLevel().getName().toLowerCase(Locale.ROOT) + ": " + message : message);
      err.flush();
    }

    @Override
    public void flush() {
      err.flush();
    }

    @Override
    public void close() {}
  }
}
