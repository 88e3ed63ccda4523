package dev.strata.internal.manifest;

import dev.strata.internal.schema.model.ReferentialActions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.annotations.ReferentialAction;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the schema manifest ({@code META-INF/strata/schema.json}).
 *
 * <p>Shape: {@code {"formatVersion":1,"tables":[{"name", "sourceClass", "renamedFrom"?,
 * "columns":[{"name","type","nullable","default"?,"auto","renamedFrom"?}], "primaryKey":[...],
 * "indexes":[{"name","columns"}], "uniqueConstraints":[{"name","columns"}],
 * "foreignKeys":[{"name","columns","referencedTable","referencedColumns","onDelete","onUpdate"}]}]}}.
 * Tables are sorted by name, indexes and foreign keys by name, columns in declaration order; the
 * text is indented by two spaces with {@code \n} line ends and a final newline, so the same schema
 * always gives the same bytes.
 */
public final class ManifestCodec {

  /** Where the processor writes the manifest, relative to the class output. */
  public static final String MANIFEST_PATH = "META-INF/strata/schema.json";

  /** The manifest format this codec writes and reads. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ManifestCodec() {}

  /** The manifest text of {@code schema}. */
  public static String write(SchemaDef schema) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.set("tables", tablesNode(schema));
    return print(root);
  }

  /** The {@code "tables"} array of {@code schema}. */
  static ArrayNode tablesNode(SchemaDef schema) {
    ArrayNode tables = MAPPER.createArrayNode();
    for (TableDef table : schema.tables()) {
      tables.add(tableNode(table));
    }
    return tables;
  }

  /** {@code root} indented by two spaces, with {@code \n} line ends and a final newline. */
  static String print(ObjectNode root) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write manifest", e);
    }
  }

  /** An empty JSON object, to fill and {@link #print}. */
  static ObjectNode objectNode() {
    return MAPPER.createObjectNode();
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
      root = MAPPER.readTree(json);
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

  private static ObjectNode tableNode(TableDef table) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", table.name());
    if (table.sourceClass() != null) {
      node.put("sourceClass", table.sourceClass());
    }
    if (table.renamedFrom() != null) {
      node.put("renamedFrom", table.renamedFrom());
    }
    ArrayNode columns = node.putArray("columns");
    for (ColumnDef column : table.columns()) {
      ObjectNode c = columns.addObject();
      c.put("name", column.name());
      c.put("type", column.type().toString());
      c.put("nullable", column.nullable());
      if (column.defaultValue() != null) {
        c.put("default", column.defaultValue());
      }
      c.put("auto", column.auto());
      if (column.renamedFrom() != null) {
        c.put("renamedFrom", column.renamedFrom());
      }
    }
    strings(node.putArray("primaryKey"), table.primaryKey());
    ArrayNode indexes = node.putArray("indexes");
    ArrayNode uniques = node.putArray("uniqueConstraints");
    for (IndexDef index : table.indexes()) {
      ObjectNode i = (index.unique() ? uniques : indexes).addObject();
      i.put("name", index.name());
      strings(i.putArray("columns"), index.columns());
    }
    ArrayNode fks = node.putArray("foreignKeys");
    for (ForeignKeyDef fk : table.foreignKeys()) {
      ObjectNode f = fks.addObject();
      f.put("name", fk.name());
      strings(f.putArray("columns"), fk.columns());
      f.put("referencedTable", fk.referencedTable());
      strings(f.putArray("referencedColumns"), fk.referencedColumns());
      f.put("onDelete", fk.onDelete().name());
      f.put("onUpdate", fk.onUpdate().name());
    }
    return node;
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
      indexes.add(new IndexDef(required(i, "name"), strings(i.path("columns")), false));
    }
    for (JsonNode i : t.path("uniqueConstraints")) {
      indexes.add(new IndexDef(required(i, "name"), strings(i.path("columns")), true));
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
    return new TableDef(
        required(t, "name"),
        t.hasNonNull("sourceClass") ? t.get("sourceClass").asText() : null,
        columns,
        strings(t.path("primaryKey")),
        indexes,
        fks,
        t.hasNonNull("renamedFrom") ? t.get("renamedFrom").asText() : null);
  }

  private static String required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new ManifestException("the schema manifest has an entry without \"" + field + "\": " + node);
    }
    return value.asText();
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
