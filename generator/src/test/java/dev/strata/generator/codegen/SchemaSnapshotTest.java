package dev.strata.generator.codegen;

import dev.strata.fixtures.Defs;
import static dev.strata.ddl.Ddl.BIGINT;
import static dev.strata.ddl.Ddl.column;
import static dev.strata.ddl.Ddl.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaSnapshotTest {

  @Test
  void snapshotIsTheManifestWithoutHints() {
    TableDef hinted = Defs.def(table("users").column(column("id", BIGINT)))
        .withSourceClass("com.example.User").withRenamedFrom("people")
        .mapColumn("id", c -> c.withRenamedFrom("user_id"));
    String text = SchemaSnapshot.render(new SchemaDef(List.of(hinted)));
    assertEquals(ManifestCodec.write(new SchemaDef(List.of(Defs.def(table("users").column(column("id", BIGINT)))))), text);
    assertFalse(text.contains("sourceClass") || text.contains("renamedFrom"), text);
    assertTrue(text.endsWith("}\n"));
  }
}
