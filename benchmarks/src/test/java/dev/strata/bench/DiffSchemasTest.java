package dev.strata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import org.junit.jupiter.api.Test;

class DiffSchemasTest {

  @Test
  void theSameSizeAndSeedGiveTheSameSchema() {
    assertEquals(DiffSchemas.schema(300, 42), DiffSchemas.schema(300, 42));
    assertNotEquals(DiffSchemas.schema(300, 42), DiffSchemas.schema(300, 43));
  }

  @Test
  void tablesReferenceEarlierTablesAndSomeHaveIndexes() {
    SchemaDef schema = DiffSchemas.schema(1000, 42);

    assertEquals(1000, schema.tables().size());
    assertEquals("t_00001", schema.tables().get(0).name());
    long withKeys = schema.tables().stream().filter(t -> !t.foreignKeys().isEmpty()).count();
    assertTrue(withKeys > 100 && withKeys < 300, withKeys + " tables with a foreign key");
    assertTrue(schema.tables().stream().anyMatch(t -> !t.indexes().isEmpty()));
    for (TableDef t : schema.tables()) {
      t.foreignKeys().forEach(fk -> assertTrue(fk.referencedTable().compareTo(t.name()) < 0, fk.toString()));
    }
  }

  @Test
  void theNewColumnGoesIntoTheMiddleTable() {
    SchemaDef schema = DiffSchemas.schema(9, 1);
    SchemaDef changed = DiffSchemas.withNewColumn(schema);

    assertEquals("t_00005", DiffSchemas.middleTable(9));
    TableDef before = schema.table("t_00005").orElseThrow();
    TableDef after = changed.table("t_00005").orElseThrow();
    assertEquals(before.columns().size() + 1, after.columns().size());
    assertEquals(schema.withTable(after), changed);
  }
}
