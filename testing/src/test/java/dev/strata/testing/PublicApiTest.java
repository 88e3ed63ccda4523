package dev.strata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What users of {@code dev.strata.testing} compile against: three public types, none of whose
 * public members mentions an internal type ({@code dev.strata.internal.*}), which may change in
 * any release.
 */
class PublicApiTest {

  @Test
  void thePublicTypesAreTheAnnotationTheExtensionAndTheTester() throws Exception {
    assertEquals(Set.of("MigrationTester", "StrataExtension", "StrataTest"), publicTypes().stream()
        .map(Class::getSimpleName).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void noPublicMemberMentionsAnInternalType() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : publicTypes()) {
      List<Member> members = new ArrayList<>();
      members.addAll(List.of(type.getDeclaredMethods()));
      members.addAll(List.of(type.getDeclaredConstructors()));
      members.addAll(List.of(type.getDeclaredFields()));
      for (Member member : members) {
        if (!Modifier.isPublic(member.getModifiers()) && !Modifier.isProtected(member.getModifiers())) {
          continue;
        }
        for (Type t : signature(member)) {
          if (t.getTypeName().contains("dev.strata.internal.")) {
            leaks.add(type.getSimpleName() + "." + member.getName() + " uses " + t.getTypeName());
          }
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  private static List<Type> signature(Member member) {
    List<Type> types = new ArrayList<>();
    if (member instanceof Method m) {
      types.add(m.getGenericReturnType());
    }
    if (member instanceof Executable e) {
      types.addAll(List.of(e.getGenericParameterTypes()));
      types.addAll(List.of(e.getGenericExceptionTypes()));
    }
    if (member instanceof Field f) {
      types.add(f.getGenericType());
    }
    return types;
  }

  private static List<Class<?>> publicTypes() throws Exception {
    Path root = Path.of(StrataTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(root.resolve("dev/strata/testing"))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          Class<?> type = Class.forName("dev.strata.testing." + name.replace(".class", ""));
          if (Modifier.isPublic(type.getModifiers())) {
            types.add(type);
          }
        }
      }
    }
    return types;
  }
}
