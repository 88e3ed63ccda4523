package dev.strata.internal.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexPredicatesTest {

  /** What a model says, and what PostgreSQL 16's pg_get_expr(indpred) printed for it. */
  private static final List<String[]> PRINTED = List.of(
      new String[] {"status = 'open'", "((status)::text = 'open'::text)"},
      new String[] {"status IN ('open','held') and n > 0",
          "(((status)::text = ANY ((ARRAY['open'::character varying, 'held'::character varying])::text[])) AND (n > 0))"},
      new String[] {"status != 'x' and code NOT LIKE 'a%'", "(((status)::text <> 'x'::text) AND (code !~~ 'a%'::text))"},
      new String[] {"n between 1 and 5", "((n >= 1) AND (n <= 5))"},
      new String[] {"d > '2024-01-01' AND active", "((d > '2024-01-01'::date) AND active)"},
      new String[] {"n > -1 and price >= 0.5 and deleted_at IS NULL",
          "((n > '-1'::integer) AND (price >= 0.5) AND (deleted_at IS NULL))"},
      new String[] {"NOT active OR code ILIKE 'x%'", "((NOT active) OR (code ~~* 'x%'::text))"},
      new String[] {"status NOT IN ('a','b')",
          "((status)::text <> ALL ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"},
      new String[] {"(n > 1 or n < 0) and active", "(((n > 1) OR (n < 0)) AND active)"},
      new String[] {"lower(code) = 'x' and n <> 3 and code = 'a''b'",
          "((lower(code) = 'x'::text) AND (n <> 3) AND (code = 'a''b'::text))"},
      new String[] {"\"Status\" = 'open'", "((status)::text = 'open'::text)"});

  @Test
  void postgresqlsSpellingIsEquivalentToTheModels() {
    for (String[] pair : PRINTED) {
      assertTrue(IndexPredicates.equivalent(pair[0], pair[1]),
          pair[0] + " -> " + IndexPredicates.normalize(pair[0]) + " vs " + IndexPredicates.normalize(pair[1]));
    }
  }

  @Test
  void differentPredicatesAreNotEquivalent() {
    assertFalse(IndexPredicates.equivalent("status = 'open'", "status = 'Open'"), "literals keep their case");
    assertFalse(IndexPredicates.equivalent("n > 1", "n >= 1"));
    assertFalse(IndexPredicates.equivalent("n > 1", "n > -1"));
    assertFalse(IndexPredicates.equivalent("deleted_at IS NULL", "deleted_at IS NOT NULL"));
    assertFalse(IndexPredicates.equivalent("a", null));
    assertTrue(IndexPredicates.equivalent(null, null));
    assertFalse(IndexPredicates.equivalent("status IN ('a')", "status NOT IN ('a')"));
  }

  @Test
  void sameIndexComparesPredicatesAsTheDatabaseSeesThem() {
    IndexDef model = new IndexDef("i", List.of("a"), true, "status = 'open'");
    assertTrue(IndexPredicates.sameIndex(model, model.withWhere("((status)::text = 'open'::text)")));
    assertFalse(IndexPredicates.sameIndex(model, model.withWhere(null)));
    assertFalse(IndexPredicates.sameIndex(model, new IndexDef("i", List.of("a"), false, "status = 'open'")));
  }

  @Test
  void mentionsFindsAColumnOutsideLiteralsFunctionNamesAndCasts() {
    assertTrue(IndexPredicates.mentions("deleted_at IS NULL", "deleted_at"));
    assertTrue(IndexPredicates.mentions("\"Deleted_At\" IS NULL", "deleted_at"));
    assertFalse(IndexPredicates.mentions("status = 'deleted_at'", "deleted_at"));
    assertFalse(IndexPredicates.mentions("lower(code) = 'x'", "lower"));
    assertFalse(IndexPredicates.mentions("(code)::text = 'x'", "text"));
    assertFalse(IndexPredicates.mentions("deleted_at_2 IS NULL", "deleted_at"));
    assertFalse(IndexPredicates.mentions(null, "a"));
  }

  @Test
  void renameColumnRewritesMentionsOnly() {
    assertEquals("removed_at IS NULL AND note <> 'deleted_at'",
        IndexPredicates.renameColumn("deleted_at IS NULL AND note <> 'deleted_at'", "deleted_at", "removed_at"));
    assertEquals("\"removed_at\" IS NULL", IndexPredicates.renameColumn("\"deleted_at\" IS NULL", "deleted_at", "removed_at"));
    assertEquals("n > 0", IndexPredicates.renameColumn("n > 0", "m", "k"));
    assertEquals(null, IndexPredicates.renameColumn(null, "m", "k"));
  }

  @Test
  void aBlankPredicateIsNoPredicate() {
    assertEquals(null, new IndexDef("i", List.of("a"), false, "  ").where());
    assertEquals("a > 0", new IndexDef("i", List.of("a"), false, " a > 0 ").where());
    assertFalse(IndexDef.of("i", false, "a").partial());
  }
}
