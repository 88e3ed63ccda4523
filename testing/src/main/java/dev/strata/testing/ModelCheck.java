package dev.strata.testing;

import dev.strata.internal.database.Dialects;
import dev.strata.internal.dialect.Introspector;
import dev.strata.internal.introspect.SchemaDrift;
import dev.strata.internal.manifest.ManifestCodec;
import dev.strata.internal.manifest.ManifestException;
import dev.strata.internal.schema.model.SchemaDef;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The live schema against the models: the manifest ({@code META-INF/strata/schema.json}) read
 * with the codec, the database read by the runtime's introspection, and the two compared as
 * {@code validate()} compares a database with its migrations ({@link SchemaDrift}, which first
 * projects the expected schema onto what the database can hold, so a type the database spells
 * differently is no difference). Drift speaks of "migrations"; here the expected side is the
 * models, and the sentences say so.
 */
final class ModelCheck {

  private ModelCheck() {}

  /**
   * Each difference between the database behind {@code dataSource} and the models that
   * {@code loader} sees, one sentence each, sorted by table; empty when they agree.
   *
   * @throws AssertionError when there is no manifest on the class path or it cannot be read
   * @throws SQLException when the database cannot be read
   */
  static List<String> differences(ClassLoader loader, DataSource dataSource) throws SQLException {
    SchemaDef models = manifest(loader).withoutHints();
    try (Connection connection = dataSource.getConnection()) {
      Introspector introspector = Dialects.introspector(connection);
      return new SchemaDrift(introspector.dialect()).differences(models, introspector.schema()).stream()
          .map(ModelCheck::aboutModels).toList();
    }
  }

  private static SchemaDef manifest(ClassLoader loader) {
    URL url = loader.getResource(ManifestCodec.MANIFEST_PATH);
    if (url == null) {
      throw new AssertionError("no schema manifest (" + ManifestCodec.MANIFEST_PATH + ") on the test class path:"
          + " the Strata annotation processor did not run when the models were compiled. Put strata-processor in"
          + " the maven-compiler-plugin's annotationProcessorPaths and rebuild");
    }
    try (InputStream in = url.openStream()) {
      return ManifestCodec.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | ManifestException e) {
      throw new AssertionError("cannot read the schema manifest " + url + ": " + e.getMessage()
          + "; rebuild so the annotation processor rewrites it", e);
    }
  }

  /** A drift sentence, which names the migrations as the expected side, said of the models. */
  static String aboutModels(String difference) {
    if (difference.endsWith(" exists in the database but in no migration")) {
      return difference.substring(0, difference.length() - " exists in the database but in no migration".length())
          + " is in the database but in no model";
    }
    if (difference.endsWith(" is missing")) {
      return difference.substring(0, difference.length() - " is missing".length())
          + " is in the models but not in the database";
    }
    if (difference.endsWith(" in the migrations")) {
      return difference.substring(0, difference.length() - " in the migrations".length()) + " in the models";
    }
    return difference;
  }
}
