package dev.strata.internal.manifest;

import dev.strata.internal.schema.model.ReferentialActions;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.internal.schema.model.CheckDef;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the schema manifest ({@code META-INF/strata/schema.json}).
 *
 * <p>Shape: {@code {"formatVersion":1,"tables":[{"name", "sourceClass", "renamedFrom"?,
 * "columns":[{"name","type","nullable","default"?,"auto","renamedFrom"?}], "primaryKey":[...],
 * "indexes":[{"name","columns","where"?}], "uniqueConstraints":[{"name","columns","where"?}],
 * "foreignKeys":[{"name","columns","referencedTable","referencedColumns","onDelete","onUpdate"}],
 * "checks"?:[{"name","expression"}]}]}}. {@code "checks"} is written only when the table has
 * checks and {@code "where"} only for a partial index, so a manifest of a schema without them
 * reads as before they existed.
 * Tables are sorted by name, indexes, foreign keys and checks by name, columns in declaration order; the
 * text is indented by two spaces with {@code \n} line ends and a final newline, so the same schema
 * always gives the same bytes.
 */
public final class ManifestCodec {

  /** Where the processor writes the manifest, relative to the class output. */
  public static final String MANIFEST_PATH = "META-INF/strata/schema.json";

  /** The manifest format this codec writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /** Writing needs only jackson-core's generator, which loads a small part of what databind does. */
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Databind, for reading only; loaded on first read, so writing never pays for it. */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** What writes one JSON value to a generator. */
  @FunctionalInterface
  interface JsonBody {
    void write(JsonGenerator out) throws IOException;
  }

  private ManifestCodec() {}

  /** The manifest text of {@code schema}. */
  public static String write(SchemaDef schema) {
    return print(out -> {
      out.writeStartObject();
      out.writeNumberField("formatVersion", FORMAT_VERSION);
      writeTables(out, schema);
      out.writeEndObject();
    });
  }

  /** Writes the {@code "tables"} field of {@code schema}. */
  static void writeTables(JsonGenerator out, SchemaDef schema) throws IOException {
    out.writeArrayFieldStart("tables");
    for (TableDef table : schema.tables()) {
      writeTable(out, table);
    }
    out.writeEndArray();
  }

  /** The JSON {@code body} writes, indented by two spaces, with {@code \n} line ends and a final newline. */
  static String print(JsonBody body) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    StringWriter text = new StringWriter(64 * 1024);
    try (JsonGenerator out = FACTORY.createGenerator(text)) {
      out.setPrettyPrinter(printer);
      body.write(out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write manifest", e);
    }
    return text.append('\n').toString();
  }

  /**
   * Reads manifest text.
   *
   * @throws ManifestException when the text is not JSON, not a manifest, or of another format
   *     version
   */
  public static SchemaDef read(String json) {
    return schema(tree(json));
  }

  /**
   * The JSON object of manifest text.
   *
   * @throws ManifestException when the text is not JSON or not an object
   */
  static JsonNode tree(String json) {
    JsonNode root;
    try {
      root = Mapper.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ManifestException("the schema manifest is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ManifestException("the schema manifest is not a JSON object");
    }
    return root;
  }

  /**
   * The schema of a manifest's JSON object.
   *
   * @throws ManifestException when it is not a manifest, or of another format version
   */
  static SchemaDef schema(JsonNode root) {
    int version = root.path("formatVersion").asInt(-1);
    if (version != FORMAT_VERSION) {
      throw new ManifestException("the schema manifest has formatVersion " + root.path("formatVersion")
          + "; this Strata reads formatVersion " + FORMAT_VERSION + ". Rebuild the project with the same Strata version.");
    }
    List<TableDef> tables = new ArrayList<>();
    try {
      for (JsonNode t : root.path("tables")) {
        tables.add(readTable(t));
      }
      return new SchemaDef(tables);
    } catch (RuntimeException e) {
      if (e instanceof ManifestException) {
        throw e;
      }
      throw new ManifestException("the schema manifest is malformed: " + e.getMessage(), e);
    }
  }

  private static void writeTable(JsonGenerator out, TableDef table) throws IOException {
    out.writeStartObject();
    out.writeStringField("name", table.name());
    if (table.sourceClass() != null) {
      out.writeStringField("sourceClass", table.sourceClass());
    }
    if (table.renamedFrom() != null) {
      out.writeStringField("renamedFrom", table.renamedFrom());
    }
    out.writeArrayFieldStart("columns");
    for (ColumnDef column : table.columns()) {
      out.writeStartObject();
      out.writeStringField("name", column.name());
      out.writeStringField("type", column.type().toString());
      out.writeBooleanField("nullable", column.nullable());
      if (column.defaultValue() != null) {
        out.writeStringField("default", column.defaultValue());
      }
      out.writeBooleanField("auto", column.auto());
      if (column.renamedFrom() != null) {
        out.writeStringField("renamedFrom", column.renamedFrom());
      }
      out.writeEndObject();
    }
    out.writeEndArray();
    strings(out, "primaryKey", table.primaryKey());
    // Indexes first, then unique constraints, each in the table's order.
    for (boolean unique : new boolean[] {false, true}) {
      out.writeArrayFieldStart(unique ? "uniqueConstraints" : "indexes");
      for (IndexDef index : table.indexes()) {
        if (index.unique() == unique) {
          out.writeStartObject();
          out.writeStringField("name", index.name());
          strings(out, "columns", index.columns());
          // Written only for a partial index, so a schema without one keeps its old bytes.
          if (index.where() != null) {
            out.writeStringField("where", index.where());
          }
          out.writeEndObject();
        }
      }
      out.writeEndArray();
    }
    out.writeArrayFieldStart("foreignKeys");
    for (ForeignKeyDef fk : table.foreignKeys()) {
      out.writeStartObject();
      out.writeStringField("name", fk.name());
      strings(out, "columns", fk.columns());
      out.writeStringField("referencedTable", fk.referencedTable());
      strings(out, "referencedColumns", fk.referencedColumns());
      out.writeStringField("onDelete", fk.onDelete().name());
      out.writeStringField("onUpdate", fk.onUpdate().name());
      out.writeEndObject();
    }
    out.writeEndArray();
    if (!table.checks().isEmpty()) {
      out.writeArrayFieldStart("checks");
      for (CheckDef check : table.checks()) {
        out.writeStartObject();
        out.writeStringField("name", check.name());
        out.writeStringField("expression", check.expression());
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private static TableDef readTable(JsonNode t) {
    List<ColumnDef> columns = new ArrayList<>();
    for (JsonNode c : t.path("columns")) {
      columns.add(new ColumnDef(
          required(c, "name"),
          ColumnType.parse(required(c, "type")),
          c.path("nullable").asBoolean(false),
          c.hasNonNull("default") ? c.get("default").asText() : null,
          c.path("auto").asBoolean(false),
          c.hasNonNull("renamedFrom") ? c.get("renamedFrom").asText() : null));
    }
    List<IndexDef> indexes = new ArrayList<>();
    for (JsonNode i : t.path("indexes")) {
      indexes.add(new IndexDef(required(i, "name"), strings(i.path("columns")), false, optional(i, "where")));
    }
    for (JsonNode i : t.path("uniqueConstraints")) {
      indexes.add(new IndexDef(required(i, "name"), strings(i.path("columns")), true, optional(i, "where")));
    }
    List<ForeignKeyDef> fks = new ArrayList<>();
    for (JsonNode f : t.path("foreignKeys")) {
      fks.add(new ForeignKeyDef(
          required(f, "name"),
          strings(f.path("columns")),
          required(f, "referencedTable"),
          strings(f.path("referencedColumns")),
          ReferentialActions.parse(f.path("onDelete").asText("NO_ACTION")),
          ReferentialActions.parse(f.path("onUpdate").asText("NO_ACTION"))));
    }
    List<CheckDef> checks = new ArrayList<>();
    for (JsonNode c : t.path("checks")) {
      checks.add(new CheckDef(required(c, "name"), required(c, "expression")));
    }
    return new TableDef(
        required(t, "name"),
        t.hasNonNull("sourceClass") ? t.get("sourceClass").asText() : null,
        columns,
        strings(t.path("primaryKey")),
        indexes,
        fks,
        checks,
        t.hasNonNull("renamedFrom") ? t.get("renamedFrom").asText() : null);
  }

  private static String optional(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }

  private static String required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new ManifestException("the schema manifest has an entry without \"" + field + "\": " + node);
    }
    return value.asText();
  }

  private static void strings(JsonGenerator out, String field, List<String> values) throws IOException {
    out.writeArrayFieldStart(field);
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
