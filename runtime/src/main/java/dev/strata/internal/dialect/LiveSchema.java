package dev.strata.internal.dialect;

import dev.strata.internal.schema.model.SchemaDef;
import java.util.List;
import java.util.Objects;

/**
 * A live database as an {@link Introspector} read it: the part the schema model holds exactly,
 * and everything else, named ({@link Unmodelled}). Nothing the database holds is in neither.
 *
 * @param schema the tables, columns, keys and indexes the model holds exactly
 * @param unmodelled what it does not, in table order, then in the order read
 */
public record LiveSchema(SchemaDef schema, List<Unmodelled> unmodelled) {

  public LiveSchema {
    Objects.requireNonNull(schema, "schema");
    unmodelled = List.copyOf(unmodelled);
  }

  /** The objects carried as per-dialect SQL ({@link Unmodelled.Kind#VERBATIM}), in order. */
  public List<Unmodelled> verbatim() {
    return unmodelled.stream().filter(u -> u.kind() == Unmodelled.Kind.VERBATIM).toList();
  }

  /** The columns of a type only one database knows ({@link Unmodelled.Kind#ENGINE_SPECIFIC}). */
  public List<Unmodelled> engineSpecific() {
    return unmodelled.stream().filter(u -> u.kind() == Unmodelled.Kind.ENGINE_SPECIFIC).toList();
  }

  /** The objects left out that no statement recreates ({@link Unmodelled.Kind#NOT_CARRIED}). */
  public List<Unmodelled> notCarried() {
    return unmodelled.stream().filter(u -> u.kind() == Unmodelled.Kind.NOT_CARRIED).toList();
  }

  /** {@link Unmodelled#describe()} of each, in order: the lines the commands print. */
  public List<String> lines() {
    return unmodelled.stream().map(Unmodelled::describe).toList();
  }
}
