package dev.strata.internal.schema.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The databases' rewrites of CHECK expressions compare equal to what the model wrote. */
class CheckExpressionsTest {

  private static void same(String model, String stored) {
    assertTrue(CheckExpressions.equivalent(model, stored),
        model + " vs " + stored + ": " + CheckExpressions.normalize(model) + " | " + CheckExpressions.normalize(stored));
  }

  @Test
  void postgresqlRewrites() {
    same("amount >= 0", "(amount >= 0)");
    same("status IN ('open', 'closed')",
        "((status)::text = ANY ((ARRAY['open'::character varying, 'closed'::character varying])::text[]))");
    same("status NOT IN ('a', 'b')",
        "((status)::text <> ALL ((ARRAY['a'::character varying, 'b'::character varying])::text[]))");
    same("qty BETWEEN 1 AND 5", "((qty >= 1) AND (qty <= 5))");
    same("name LIKE 'a%'", "((name)::text ~~ 'a%'::text)");
    same("length(note) < 10", "(length((note)::text) < 10)");
    same("x IN (1, 2)", "(x = ANY (ARRAY[1, 2]))");
    same("price != 0", "(price <> (0)::numeric)");
    same("ends_at > starts_at", "(ends_at > starts_at)");
    same("amount >= -1", "(amount >= '-1'::integer)");
    same("amount >= -1 AND s <> 'x''y' AND amount NOT IN (3, 4)",
        "((amount >= '-1'::integer) AND ((s)::text <> 'x''y'::text) AND (amount <> ALL (ARRAY[3, 4])))");
    same("amount BETWEEN 1 AND 5 AND s LIKE 'a%' AND s IS NOT NULL",
        "(((amount >= 1) AND (amount <= 5)) AND ((s)::text ~~ 'a%'::text) AND (s IS NOT NULL))");
    same("s IN ('a')", "((s)::text = 'a'::text)");
    same("s NOT IN ('a')", "((s)::text <> 'a'::text)");
    same("id IN (1)", "(id = 1)");
    same("NOT (id > 1) AND b IS TRUE AND n <> 1.5 AND s <> 'x' AND id BETWEEN -2 AND 2",
        "((NOT (id > 1)) AND (b IS TRUE) AND (n <> 1.5) AND ((s)::text <> 'x'::text) AND ((id >= '-2'::integer)"
            + " AND (id <= 2)))");
    same("coalesce(s, 'z') <> '' AND s IS DISTINCT FROM 'q' AND lower(s) = s AND s ILIKE 'a%' AND s NOT LIKE 'b%'",
        "(((COALESCE(s, 'z'::character varying))::text <> ''::text) AND ((s)::text IS DISTINCT FROM 'q'::text)"
            + " AND (lower((s)::text) = (s)::text) AND ((s)::text ~~* 'a%'::text) AND ((s)::text !~~ 'b%'::text))");
    same("price >= 0 AND length(note) < 10 OR online", "(((price >= (0)::numeric) AND (length(note) < 10)) OR online)");
  }

  @Test
  void mysqlAndMariadbRewrites() {
    same("amount >= 0", "(`amount` >= 0)");
    same("status IN ('open', 'closed')", "(`status` in (_utf8mb4'open',_utf8mb4'closed'))");
    same("status IN ('open', 'closed')", "`status` in ('open','closed')");
    same("s IN ('a')", "`s` in ('a')");
    same("qty BETWEEN 1 AND 5", "(`qty` between 1 and 5)");
    same("note IS NOT NULL OR online", "((`note` is not null) or `online`)");
    same("\"Total\" > 0", "`total` > 0");
    same("amount BETWEEN 1 AND 5 AND s LIKE 'a%' AND s IS NOT NULL",
        "`amount` between 1 and 5 and `s` like 'a%' and `s` is not null");
  }

  @Test
  void differentChecksStayDifferent() {
    assertFalse(CheckExpressions.equivalent("amount >= 0", "amount > 0"));
    assertFalse(CheckExpressions.equivalent("status IN ('open')", "status IN ('OPEN')"));
    assertFalse(CheckExpressions.equivalent("a < b", "b < a"));
    assertFalse(CheckExpressions.equivalent("amount >= 0", null));
    assertFalse(CheckExpressions.equivalent("s = '-1'", "s = -1"));
  }
}
