package dev.strata.internal.ddl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads the schema-model value that a public {@code dev.strata.ddl} builder wraps, so the API
 * shows no internal type while the recorder still gets the model value (the JDK's "shared
 * secrets" pattern). Each builder class registers its reader in its static initializer; any
 * instance therefore has its reader registered. This package depends on nothing of Strata's, so
 * the registration adds no package cycle.
 */
public final class DdlValues {
  private static final Map<Class<?>, Function<Object, ?>> READERS = new ConcurrentHashMap<>();

  private DdlValues() {}

  /** Called once by each builder class of {@code dev.strata.ddl}. */
  @SuppressWarnings("unchecked")
  public static <B> void register(Class<B> type, Function<? super B, ?> reader) {
    READERS.put(type, (Function<Object, ?>) reader);
  }

  /**
   * The model value behind {@code builder}.
   *
   * @throws IllegalArgumentException when {@code builder} is no registered builder
   * @throws ClassCastException when its value is not a {@code type}
   */
  public static <T> T unwrap(Object builder, Class<T> type) {
    Function<Object, ?> reader = READERS.get(builder.getClass());
    if (reader == null) {
      throw new IllegalArgumentException(builder.getClass().getName() + " is not a DDL builder");
    }
    return type.cast(reader.apply(builder));
  }
}
