package dev.strata.generator;

import dev.strata.internal.schema.model.SchemaDef;
import java.util.List;
import java.util.Objects;

/**
 * The schema the existing migrations produce, which {@link Generator} diffs the models against.
 *
 * @param schema the schema; hints in it are ignored
 * @param source where it comes from
 * @param versions the versions of the existing migrations; a new migration sorts after them
 */
public record CurrentSchema(SchemaDef schema, SchemaSource source, List<String> versions) {

  public CurrentSchema {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(source, "source");
    versions = List.copyOf(versions);
  }

  /** {@code schema} from {@code source}, with no existing versions to stay ahead of. */
  public static CurrentSchema of(SchemaDef schema, SchemaSource source) {
    return new CurrentSchema(schema, source, List.of());
  }
}
