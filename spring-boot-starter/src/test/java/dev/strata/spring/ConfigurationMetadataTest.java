package dev.strata.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The configuration metadata the processor generates, which IDEs use to complete and document
 * {@code strata.*} in {@code application.properties}.
 */
class ConfigurationMetadataTest {

  @Test
  void listsEveryPropertyWithTypeDefaultAndDescription() throws Exception {
    Map<String, Map<String, Object>> properties = properties();

    assertEquals(List.of("strata.enabled", "strata.lock-timeout", "strata.out-of-order", "strata.password",
        "strata.url", "strata.user", "strata.validate-on-start"), List.copyOf(properties.keySet()));
    assertProperty(properties, "strata.enabled", "java.lang.Boolean", true);
    assertProperty(properties, "strata.url", "java.lang.String", null);
    assertProperty(properties, "strata.user", "java.lang.String", null);
    assertProperty(properties, "strata.password", "java.lang.String", null);
    assertProperty(properties, "strata.out-of-order", "java.lang.Boolean", false);
    assertProperty(properties, "strata.lock-timeout", "java.time.Duration", "10m");
    assertProperty(properties, "strata.validate-on-start", "java.lang.Boolean", false);
    properties.forEach((name, p) -> assertTrue(String.valueOf(p.get("description")).length() > 20,
        name + " has no description"));
  }

  private static void assertProperty(Map<String, Map<String, Object>> properties, String name, String type,
      Object defaultValue) {
    Map<String, Object> p = properties.get(name);
    assertEquals(type, p.get("type"), name);
    assertEquals(StrataProperties.class.getName(), p.get("sourceType"), name);
    assertEquals(defaultValue, p.get("defaultValue"), name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> properties() throws Exception {
    // The starter's own copy: every Boot jar carries a file of the same name.
    URL root = StrataProperties.class.getProtectionDomain().getCodeSource().getLocation();
    String name = "META-INF/spring-configuration-metadata.json";
    URL file = root.toString().endsWith(".jar") ? URI.create("jar:" + root + "!/" + name).toURL()
        : root.toURI().resolve(name).toURL();
    String json;
    try (InputStream in = file.openStream()) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Object> metadata = new ObjectMapper().readValue(json, Map.class);
    Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
    for (Object p : (List<Object>) metadata.get("properties")) {
      Map<String, Object> property = (Map<String, Object>) p;
      properties.put((String) property.get("name"), property);
    }
    return properties;
  }
}
