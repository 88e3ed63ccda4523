package dev.strata.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.internal.schema.naming.Names;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void tableNamesAreSnakeCasePlurals() {
    assertEquals("users", Names.tableName("User"));
    assertEquals("categories", Names.tableName("Category"));
    assertEquals("addresses", Names.tableName("Address"));
    assertEquals("user_roles", Names.tableName("UserRole"));
    assertEquals("persons", Names.tableName("Person"));
    assertEquals("boxes", Names.tableName("Box"));
    assertEquals("days", Names.tableName("Day"));
    assertEquals("branches", Names.tableName("Branch"));
  }

  @Test
  void columnNamesAreSnakeCase() {
    assertEquals("created_at", Names.columnName("createdAt"));
    assertEquals("user_id", Names.columnName("userID"));
    assertEquals("http_server", Names.columnName("HTTPServer"));
    assertEquals("address2", Names.columnName("address2"));
    assertEquals("name", Names.columnName("name"));
  }

  @Test
  void defaultConstraintNames() {
    assertEquals("idx_posts_title", Names.indexName("posts", List.of("title")));
    assertEquals("uq_users_email", Names.uniqueName("users", List.of("email")));
    assertEquals("fk_posts_user_id", Names.foreignKeyName("posts", List.of("user_id")));
  }

  @Test
  void longNamesAreCutWithAStableHash() {
    String longName = "idx_" + "a".repeat(80);
    String limited = Names.limit(longName);
    assertEquals(63, limited.length());
    assertEquals(limited, Names.limit(longName));
    assertNotEquals(limited, Names.limit(longName + "b"));
    assertTrue(limited.matches("idx_a+_[0-9a-f]{8}"));
  }

  @Test
  void identifiers() {
    assertTrue(Names.isValidIdentifier("order"));
    assertTrue(Names.isValidIdentifier("_x1"));
    assertFalse(Names.isValidIdentifier("1x"));
    assertFalse(Names.isValidIdentifier("a-b"));
    assertFalse(Names.isValidIdentifier("a".repeat(64)));
  }
}
