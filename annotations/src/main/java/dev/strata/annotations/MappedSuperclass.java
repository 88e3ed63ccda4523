package dev.strata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class, usually abstract, whose fields are columns of every {@link Model} that extends
 * it: shared columns such as {@code id} or {@code created_at} written once.
 *
 * <p>The columns of a model come in class order from the top of the hierarchy down: those of the
 * topmost mapped superclass first, the model's own last. Every field annotation ({@link Key},
 * {@link Column}, {@link Index}, {@link References}, ...) works on an inherited field as on the
 * model's own, with the model's table (so a default index name is {@code idx_<model table>_<col>}).
 * A model field may not repeat an inherited column name (compared ignoring case).
 *
 * <p>Every superclass of a model between it and {@code java.lang.Object} either carries this
 * annotation or declares no field that would be a column (only {@code static}, {@code transient}
 * or {@code @Transient} fields): Strata does not silently drop fields a model inherits. The class
 * itself is no table unless it is also a {@link Model}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MappedSuperclass {}
