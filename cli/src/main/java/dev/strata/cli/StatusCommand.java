package dev.strata.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.MigrationStatus;
import dev.strata.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code strata status}: migrations in the code joined with the history table. */
@Command(name = "status", aliases = "migrate:status", description = "List every migration with its state (applied, pending, ...).")
final class StatusCommand extends MigratorCommand {

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    StatusReport report = migrator().status();
    if (!json) {
      out().print(report.table());
      out().println(report.pending().size() + " pending; current version " + UpCommand.orNone(report.currentVersion()) + ".");
      return 0;
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("currentVersion", report.currentVersion());
    root.put("upToDate", report.isUpToDate());
    ArrayNode list = root.putArray("migrations");
    for (MigrationStatus m : report.migrations()) {
      ObjectNode n = list.addObject();
      n.put("version", m.version());
      n.put("description", m.description());
      n.put("state", m.state().name());
      n.put("installedAt", m.installedAt() == null ? null : m.installedAt().toString());
      if (m.executionMs() == null) {
        n.putNull("executionMs");
      } else {
        n.put("executionMs", m.executionMs());
      }
    }
    out().println(mapper.writeValueAsString(root));
    return 0;
  }
}
