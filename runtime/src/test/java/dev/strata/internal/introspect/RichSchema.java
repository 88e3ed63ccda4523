package dev.strata.internal.introspect;

import dev.strata.fixtures.Defs;
import static dev.strata.ddl.Ddl.*;
import static dev.strata.annotations.ReferentialAction.CASCADE;
import static dev.strata.annotations.ReferentialAction.NO_ACTION;
import static dev.strata.annotations.ReferentialAction.RESTRICT;
import static dev.strata.annotations.ReferentialAction.SET_DEFAULT;
import static dev.strata.annotations.ReferentialAction.SET_NULL;

import dev.strata.Database;
import dev.strata.internal.schema.model.SchemaDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;

/**
 * A schema using every logical type, reserved-word names, composite and auto keys, multi-column
 * and unique indexes, foreign keys with every action, defaults and nullable columns. Tables are
 * listed in an order they can be created in.
 */
final class RichSchema {
  private RichSchema() {}

  static List<TableDef> tables(Database database) {
    // InnoDB does not implement SET DEFAULT; the MySQL dialect refuses it.
    boolean setDefault = database == Database.SQLITE || database == Database.POSTGRESQL;
    TableDef user = Defs.def(table("user")
        .column(column("id", BIGINT).auto())
        .column(column("order", varchar(100)).defaultValue("'draft'"))
        .column(column("group", INTEGER).nullable())
        .column(column("flag", BOOLEAN).defaultValue("true"))
        .column(column("small", SMALLINT).defaultValue("0"))
        .column(column("num", INTEGER).defaultValue("-1"))
        .column(column("big", BIGINT).nullable())
        .column(column("ratio", REAL).defaultValue("1.5"))
        .column(column("precise", DOUBLE).defaultValue("-2.5"))
        .column(column("amount", decimal(19, 2)).defaultValue("0"))
        .column(column("name", varchar(255)).defaultValue("'it''s'"))
        .column(column("initial", character(1)).nullable())
        .column(column("data", BLOB).nullable())
        .column(column("uid", UUID).nullable())
        .column(column("born", DATE).nullable().defaultValue("'2000-01-01'"))
        .column(column("wake", TIME).nullable())
        .column(column("created", TIMESTAMP).defaultValue("CURRENT_TIMESTAMP"))
        .column(column("seen", TIMESTAMP_TZ).nullable())
        .column(column("notes", raw("TEXT")).nullable().defaultValue("'none'"))
        .primaryKey("id")
        .index(unique("uq_user_name", "name"))
        .index(index("idx_user_group_order", "group", "order"))
        );
    TableDef group = Defs.def(table("group")
        .column(column("id", INTEGER).auto())
        .column(column("select", varchar(50)))
        .primaryKey("id")
        .index(unique("uq_group_select", "select"))
        );
    TableDef membership = Defs.def(table("membership")
        .column(column("user_id", BIGINT))
        .column(column("group_id", INTEGER).defaultValue("1"))
        .column(column("role", varchar(20)).defaultValue("'member'"))
        .primaryKey("user_id", "group_id")
        .index(index("idx_membership_group_id_role", "group_id", "role"))
        .foreignKey(foreignKey("fk_membership_user_id", "user_id").references("user", "id")
            .onDelete(CASCADE).onUpdate(RESTRICT))
        .foreignKey(foreignKey("fk_membership_group_id", "group_id").references("group", "id")
            .onDelete(setDefault ? SET_DEFAULT : NO_ACTION).onUpdate(CASCADE))
        );
    TableDef note = Defs.def(table("note")
        .column(column("id", BIGINT))
        .column(column("user_id", BIGINT).nullable())
        .column(column("group_id", INTEGER).nullable())
        .column(column("text", varchar(1000)))
        .primaryKey("id")
        .foreignKey(foreignKey("fk_note_membership", "user_id", "group_id")
            .references("membership", "user_id", "group_id").onDelete(SET_NULL))
        );
    TableDef category = Defs.def(table("category")
        .column(column("id", INTEGER))
        .column(column("parent_id", INTEGER).nullable())
        .primaryKey("id")
        .index(index("idx_category_parent_id", "parent_id"))
        .foreignKey(foreignKey("fk_category_parent_id", "parent_id").references("category", "id")
            .onDelete(CASCADE).onUpdate(NO_ACTION))
        );
    TableDef event = Defs.def(table("event")
        .column(column("tenant", INTEGER))
        .column(column("id", BIGINT).auto())
        .column(column("payload", varchar(200)).nullable())
        .primaryKey("tenant", "id")
        );
    TableDef log = Defs.def(table("log")
        .column(column("at", TIMESTAMP))
        .column(column("message", varchar(500)).nullable())
        );
    return List.of(user, group, membership, note, category, event, log);
  }

  static SchemaDef schema(Database database) {
    return new SchemaDef(tables(database));
  }
}
