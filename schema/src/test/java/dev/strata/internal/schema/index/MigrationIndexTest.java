package dev.strata.internal.schema.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.internal.schema.index.MigrationIndex.Entry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationIndexTest {

  private static final String A = "a".repeat(64);
  private static final String B = "0123456789abcdef".repeat(4);

  private static final Entry V1 = new Entry("db.migration.V1__create", "1", "create", A);
  private static final Entry V2 = new Entry("db.migration.V2__alter", "2", "alter", B);

  /** A stream of {@code text} that fails when read past byte {@code limit}. */
  private static final class Guarded extends InputStream {
    private final byte[] bytes;
    private final int limit;
    private int position;

    Guarded(String text, int limit) {
      this.bytes = text.getBytes(StandardCharsets.UTF_8);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      if (position >= limit) {
        throw new IOException("read past byte " + limit);
      }
      return position < bytes.length ? bytes[position++] & 0xff : -1;
    }
  }

  @Test
  void theDigestLineHeadsAnIndexWhoseEntriesAllHaveDigests() {
    String text = MigrationIndex.write(List.of(V2, V1));

    String body = "db.migration.V1__create\t1\tcreate\t" + A + "\n" + "db.migration.V2__alter\t2\talter\t" + B + "\n";
    assertEquals("#digest\t" + MigrationIndex.sha256(body) + "\n" + body, text);
    assertEquals(MigrationIndex.sha256(body), MigrationIndex.digestOf(List.of(V1, V2)));
    assertEquals(MigrationIndex.digestOf(List.of(V1, V2)), MigrationIndex.digestOf(List.of(V2, V1, V1)));
    assertEquals(List.of(V1, V2), MigrationIndex.read(text));
  }

  @Test
  void oneEntryWithoutADigestMeansNoDigestLine() {
    Entry plain = new Entry("db.migration.V3__seed", "3", "seed");
    String text = MigrationIndex.write(List.of(V1, plain));

    assertNull(MigrationIndex.digestOf(List.of(V1, plain)));
    assertNull(MigrationIndex.digestOf(List.of()));
    assertEquals("db.migration.V1__create\t1\tcreate\t" + A + "\ndb.migration.V3__seed\t3\tseed\n", text);
    assertEquals(List.of(V1, plain), MigrationIndex.read(text));
  }

  @Test
  void theIndexDigestChangesWithAnySourceDigest() {
    assertTrue(!MigrationIndex.digestOf(List.of(V1, V2)).equals(
        MigrationIndex.digestOf(List.of(V1, V2.withSourceDigest(A)))));
  }

  @Test
  void readDigestReadsOnlyTheFirstLine() throws IOException {
    String text = MigrationIndex.write(List.of(V1, V2)) + "x".repeat(10_000) + "\n";
    Guarded in = new Guarded(text, 128);

    assertEquals(MigrationIndex.digestOf(List.of(V1, V2)), MigrationIndex.readDigest(in));
    assertEquals("#digest\t".length() + 64 + 1, in.position);
  }

  @Test
  void readDigestStopsAtItsLimitOnALongFirstLine() throws IOException {
    assertNull(MigrationIndex.readDigest(new Guarded("#digest\t" + "a".repeat(500) + "\n", 128)));
  }

  @Test
  void readDigestAllowsACarriageReturn() throws IOException {
    assertEquals(A, MigrationIndex.readDigest(new Guarded("#digest\t" + A + "\r\nrest\n", 128)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "\n",
      "db.migration.V1__create\t1\tcreate\n",
      "#digest " + "a", // a space, not a tab
      "#digest\t",
      "#Digest\taaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
      "#digest\tAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n",
      "#digest\taaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
      "#digest\taaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
      "#digest\taaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaag\n",
      "#digest\t\taaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
      " #digest\taaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"})
  void malformedDigestLinesGiveNull(String text) throws IOException {
    assertNull(MigrationIndex.readDigest(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void readsIndexesWrittenBeforeSourceDigests() {
    List<Entry> entries = MigrationIndex.read(
        "db.migration.V1__create\t1\tcreate\ndb.migration.V2__alter\t2\t\n\ndb.migration.V3__seed_users\n");

    assertEquals(List.of(
            new Entry("db.migration.V1__create", "1", "create"),
            new Entry("db.migration.V2__alter", "2", ""),
            new Entry("db.migration.V3__seed_users", "3", "seed users")),
        entries);
    assertNull(entries.get(0).sourceDigest());
  }

  @Test
  void aMalformedSourceDigestNamesTheLine() {
    String text = "#digest\t" + A + "\ndb.migration.V1__create\t1\tcreate\t" + A + "\n"
        + "db.migration.V2__alter\t2\talter\tABC\n";

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MigrationIndex.read(text));

    assertEquals("line 3 of the migration index: source digest of db.migration.V2__alter is not 64 lowercase hex"
        + " digits: ABC", e.getMessage());
  }

  @Test
  void aLineWithoutVersionOrConventionalNameNamesTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MigrationIndex.read("db.migration.V1__create\t1\tcreate\nCreateUsers\n"));

    assertTrue(e.getMessage().startsWith("line 2 of the migration index names CreateUsers"), e.getMessage());
  }

  @Test
  void aDialectsLineFollowsTheDigestLineAndTheDigestCoversIt() throws IOException {
    String text = MigrationIndex.write(List.of(V2, V1), List.of("sqlite", "postgresql"));
    String digest = MigrationIndex.digestOf(List.of(V1, V2), List.of("postgresql", "sqlite"));
    assertEquals("#digest\t" + digest + "\n#dialects\tpostgresql,sqlite\n"
        + "db.migration.V1__create\t1\tcreate\t" + A + "\ndb.migration.V2__alter\t2\talter\t" + B + "\n", text);
    assertEquals(MigrationIndex.sha256(text.substring(text.indexOf('\n') + 1)), digest);
    assertTrue(!digest.equals(MigrationIndex.digestOf(List.of(V1, V2))), "the option changes the digest");
    assertEquals(digest, MigrationIndex.readDigest(new Guarded(text, 128)), "the first line alone gives it");
    assertEquals(List.of("postgresql", "sqlite"), MigrationIndex.readDialects(text));
    int firstEntryEnd = text.indexOf('\n', text.indexOf("db.migration.V1")) + 1;
    assertEquals(List.of("postgresql", "sqlite"), MigrationIndex.readDialects(new Guarded(text, firstEntryEnd)),
        "the header alone gives them: nothing past the first entry is read");
    assertEquals(List.of(V1, V2), MigrationIndex.read(text));
  }

  @Test
  void allDialectsIsTheIndexWithoutTheOption() {
    assertEquals(MigrationIndex.write(List.of(V1)), MigrationIndex.write(List.of(V1), List.of("sqlite", "mysql", "postgresql")));
    assertEquals(MigrationIndex.write(List.of(V1)), MigrationIndex.write(List.of(V1), null));
    assertEquals(MigrationIndex.DIALECTS, MigrationIndex.readDialects(MigrationIndex.write(List.of(V1))));
    assertEquals(List.of("mysql"), MigrationIndex.readDialects("#dialects\tmysql\n"), "an index without migrations");
    assertThrows(IllegalArgumentException.class, () -> MigrationIndex.write(List.of(V1), List.of("oracle")));
    assertThrows(IllegalArgumentException.class, () -> MigrationIndex.write(List.of(V1), List.of()));
  }

  @Test
  void anIndexWithoutDigestsStillRecordsItsDialects() {
    Entry plain = new Entry("db.migration.V3__x", "3", "x");
    String text = MigrationIndex.write(List.of(plain), List.of("sqlite"));
    assertEquals("#dialects\tsqlite\ndb.migration.V3__x\t3\tx\n", text);
    assertEquals(List.of("sqlite"), MigrationIndex.readDialects(text));
  }
}
