package dev.strata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.ddl.Ddl;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What users compile against shows no internal type: every public or protected member of every
 * public class of {@code dev.strata} and {@code dev.strata.ddl}, and their supertypes, name only
 * API types, the JDK and {@code dev.strata.annotations}.
 */
class ApiSurfaceTest {
  private static final String INTERNAL = "dev.strata.internal.";

  @Test
  void noPublicSignatureOfTheApiNamesAnInternalType() throws Exception {
    List<Class<?>> api = new ArrayList<>();
    api.addAll(publicClasses(Migrator.class));
    api.addAll(publicClasses(Ddl.class));
    assertTrue(api.size() > 20, "the scan found the API classes: " + api);

    List<String> leaks = new ArrayList<>();
    for (Class<?> type : api) {
      check(leaks, type, "extends", type.getGenericSuperclass());
      for (Type supertype : type.getGenericInterfaces()) {
        check(leaks, type, "implements", supertype);
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers())) {
          checkAll(leaks, type, c.toGenericString(), c.getGenericParameterTypes(), c.getGenericExceptionTypes());
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic()) {
          check(leaks, type, m.toGenericString(), m.getGenericReturnType());
          checkAll(leaks, type, m.toGenericString(), m.getGenericParameterTypes(), m.getGenericExceptionTypes());
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          check(leaks, type, f.toGenericString(), f.getGenericType());
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  private static void checkAll(List<String> leaks, Class<?> owner, String member, Type[]... groups) {
    for (Type[] types : groups) {
      for (Type t : types) {
        check(leaks, owner, member, t);
      }
    }
  }

  private static void check(List<String> leaks, Class<?> owner, String member, Type type) {
    if (type != null && type.getTypeName().contains(INTERNAL)) {
      leaks.add(owner.getName() + ": " + member);
    }
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** The public classes (nested ones included) of {@code anchor}'s package, from its class folder. */
  private static List<Class<?>> publicClasses(Class<?> anchor) throws IOException, URISyntaxException {
    Path folder = Path.of(anchor.getResource(anchor.getSimpleName() + ".class").toURI()).getParent();
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String simple = file.getFileName().toString().replace(".class", "");
        if (simple.equals("package-info")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(anchor.getPackageName() + "." + simple, false, anchor.getClassLoader());
          if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()) {
            classes.add(type);
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError("cannot load " + simple, e);
        }
      }
    }
    return classes;
  }
}
