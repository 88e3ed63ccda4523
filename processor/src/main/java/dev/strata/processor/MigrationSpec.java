package dev.strata.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Migration} class as read, with the facts its checks need.
 *
 * @param element the class
 * @param annotation its {@code @Migration}
 * @param binaryName the binary class name, as the runtime loads it
 * @param version the version
 * @param description the description
 * @param implementsMigration whether it implements {@code dev.strata.Migration}
 * @param concrete whether it is a non-abstract class
 * @param instantiable whether it has a no-argument constructor and needs no enclosing instance
 */
record MigrationSpec(
    TypeElement element,
    AnnotationMirror annotation,
    String binaryName,
    String version,
    String description,
    boolean implementsMigration,
    boolean concrete,
    boolean instantiable) {}
