package dev.strata.cli;

import dev.strata.ErrorCode;
import dev.strata.StrataException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code strata} command line. Run as
 * {@code java -cp <runtime and its dependencies>:<your classes> dev.strata.cli.Main <command>}.
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

  /** Runs the command line with the given streams and returns the exit code (for tests and tools). */
  public static int run(PrintStream out, PrintStream err, String... args) {
    // the commands print what the runner did themselves; its log lines would say it twice
    RUNNER_LOG.setLevel(Level.WARNING);
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
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
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
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

  /** The version from the jar manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"strata " + (v == null ? "(development build)" : v)};
    }
  }
}
