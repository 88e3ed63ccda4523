package dev.strata.processor;

import dev.strata.internal.schema.index.MigrationIndex;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Sources.MIGRATION_API;
import static dev.strata.processor.Sources.java;
import static dev.strata.processor.Sources.migration;
import static dev.strata.processor.Sources.model;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.strata.internal.manifest.ManifestCodec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The same sources give the same bytes, whatever order javac sees them in. */
class DeterminismTest {

  private static final List<JavaFileObject> SOURCES = List.of(
      MIGRATION_API,
      model("Author", "@Key @Auto long id;", "@Unique String email;", "@Index String name;"),
      model("Book",
          "@Key @Auto long id;",
          "@References(value = Author.class, onDelete = ReferentialAction.CASCADE) long authorId;",
          "@References(Publisher.class) Optional<Long> publisherId;",
          "@Index(name = \"by_title\") String title;"),
      java("Publisher",
          "@Model",
          "@Unique(columns = {\"name\", \"city\"})",
          "@Index(columns = \"city\")",
          "record Publisher(@Key long id, String name, String city) {}"),
      model("Tag", "@Key String name;"),
      model("BookTag", "@Key long bookId;", "@Key String tagName;"),
      migration("V20260101000000__create", "20260101000000", "create"),
      migration("V20260102000000__books", "20260102000000", "books"),
      migration("V20260103000000__tags", "20260103000000", "tags"));

  @Test
  void shuffledSourcesGiveByteIdenticalOutput() {
    List<String> expected = outputs(SOURCES);

    List<JavaFileObject> reversed = new ArrayList<>(SOURCES);
    Collections.reverse(reversed);
    assertEquals(expected, outputs(reversed));
    for (long seed = 1; seed <= 3; seed++) {
      List<JavaFileObject> shuffled = new ArrayList<>(SOURCES);
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(expected, outputs(shuffled));
    }
  }

  private static List<String> outputs(List<JavaFileObject> sources) {
    Compilation compilation = Compiled.compile(sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
    return List.of(
        Compiled.generated(compilation, ManifestCodec.MANIFEST_PATH).orElseThrow(),
        Compiled.generated(compilation, MigrationIndex.PATH).orElseThrow());
  }
}
