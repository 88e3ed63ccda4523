package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.Compiled.column;
import static dev.strata.processor.Compiled.compile;
import static dev.strata.processor.Compiled.schemaOf;
import static dev.strata.processor.Compiled.table;
import static dev.strata.processor.ErrorAssertions.assertError;
import static dev.strata.processor.Sources.java;
import static dev.strata.processor.Sources.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.strata.internal.schema.model.ColumnDef;
import dev.strata.internal.schema.model.ColumnType;
import dev.strata.internal.schema.model.ForeignKeyDef;
import dev.strata.internal.schema.model.IndexDef;
import dev.strata.internal.schema.model.TableDef;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Embeddable} / {@code @Embedded}: a value object's fields become prefixed columns of the model. */
class EmbeddedTest {

  private static final JavaFileObject ADDRESS = java("Address",
      "@Embeddable",
      "record Address(String street, @Column(length = 10) String zip, @Column(name = \"town\") String city) {}");

  private static List<String> nullable(TableDef table) {
    return table.columns().stream().filter(ColumnDef::nullable).map(ColumnDef::name).toList();
  }

  @Test
  void theDefaultPrefixIsTheFieldsColumnNameAndAnUnderscore() {
    JavaFileObject customer = model("Customer", "@Key long id;", "@Embedded Address homeAddress;", "String name;");

    TableDef customers = table(schemaOf(ADDRESS, customer), "customers");

    assertEquals(List.of("id", "home_address_street", "home_address_zip", "home_address_town", "name"),
        customers.columnNames());
    assertEquals(ColumnType.varchar(10), column(customers, "home_address_zip").type());
    assertEquals(List.of(), nullable(customers));
  }

  @Test
  void aGivenPrefixIsUsedAsIsAndAnEmptyOneKeepsTheNames() {
    JavaFileObject customer = model("Customer",
        "@Key long id;",
        "@Embedded(prefix = \"ship_\") Address shipping;",
        "@Embedded(prefix = \"\") Address billing;");

    assertEquals(List.of("id", "ship_street", "ship_zip", "ship_town", "street", "zip", "town"),
        table(schemaOf(ADDRESS, customer), "customers").columnNames());
  }

  @Test
  void theColumnNameOfTheFieldGivesTheDefaultPrefix() {
    JavaFileObject customer = model("Customer", "@Key long id;", "@Column(name = \"addr\") Address home;");

    assertEquals(List.of("id", "addr_street", "addr_zip", "addr_town"),
        table(schemaOf(ADDRESS, customer), "customers").columnNames());
  }

  @Test
  void aFieldOfAnEmbeddableTypeIsEmbeddedWithoutTheAnnotation() {
    JavaFileObject customer = model("Customer", "@Key long id;", "Address home;");

    assertEquals(List.of("id", "home_street", "home_zip", "home_town"),
        table(schemaOf(ADDRESS, customer), "customers").columnNames());
  }

  @Test
  void aRecordModelEmbedsThroughItsComponentsAndReportsACollisionOnTheComponentsLine() {
    JavaFileObject person = java("Person", "@Model",
        "record Person(@Key long id, @Embedded(prefix = \"at_\") Address home, @Nullable Address work) {",
        "  @interface Nullable {}",
        "}");

    TableDef people = table(schemaOf(ADDRESS, person), "persons");

    assertEquals(List.of("id", "at_street", "at_zip", "at_town", "work_street", "work_zip", "work_town"),
        people.columnNames());
    assertEquals(List.of("work_street", "work_zip", "work_town"), nullable(people));

    JavaFileObject clash = java("Person", "@Model",
        "record Person(@Key long id,",
        "    @Embedded(prefix = \"\") Address home,",
        "    String town) {}");
    assertError(compile(ADDRESS, clash), clash, "Address home", Messages.DUPLICATE_COLUMN_ACROSS, "town",
        "field home.city of test.Person (embedded from test.Address with prefix '')", "town",
        "field town of test.Person", "test.Person", Messages.FIX_PREFIX);
  }

  @Test
  void aNullableEmbeddedFieldMakesAllItsColumnsNullable() {
    JavaFileObject point = java("Point", "@Embeddable", "class Point { int x; int y; }");
    JavaFileObject shape = model("Shape",
        "@Key long id;",
        "Optional<Address> home;",
        "@Nullable Point origin;",
        "@Column(nullable = true) Point end;",
        "Point center;",
        "@interface Nullable {}");

    TableDef shapes = table(schemaOf(ADDRESS, point, shape), "shapes");

    assertEquals(List.of("home_street", "home_zip", "home_town", "origin_x", "origin_y", "end_x", "end_y"),
        nullable(shapes));
    assertFalse(column(shapes, "center_x").nullable());
  }

  @Test
  void embeddablesNestAndThePrefixesConcatenate() {
    JavaFileObject geo = java("Geo", "@Embeddable", "record Geo(double lat, double lon) {}");
    JavaFileObject place = java("Place", "@Embeddable",
        "class Place { String label; @Embedded(prefix = \"at_\") Geo geo; @Nullable Geo corner; @interface Nullable {} }");
    JavaFileObject trip = model("Trip", "@Key long id;", "@Embedded(prefix = \"from_\") Place from;",
        "Optional<Place> stop;");

    TableDef trips = table(schemaOf(geo, place, trip), "trips");

    assertEquals(List.of("id", "from_label", "from_at_lat", "from_at_lon", "from_corner_lat", "from_corner_lon",
        "stop_label", "stop_at_lat", "stop_at_lon", "stop_corner_lat", "stop_corner_lon"), trips.columnNames());
    assertEquals(List.of("from_corner_lat", "from_corner_lon", "stop_label", "stop_at_lat", "stop_at_lon",
        "stop_corner_lat", "stop_corner_lon"), nullable(trips));
  }

  @Test
  void indexesReferencesAndRenamesInsideAnEmbeddableUseThePrefixedColumn() {
    JavaFileObject country = model("Country", "@Key String code;");
    JavaFileObject postal = java("Postal", "@Embeddable",
        "record Postal(@Index String zip, @References(Country.class) String country,",
        "    @RenamedFrom(\"town\") String city, @Unique(name = \"uq_plain\") String code) {}");
    JavaFileObject shop = java("Shop",
        "@Model",
        "@Index(columns = {\"post_zip\", \"post_city\"})",
        "class Shop { @Key long id; @Embedded(prefix = \"post_\") Postal postal; }");

    TableDef shops = table(schemaOf(country, postal, shop), "shops");

    assertEquals(List.of("id", "post_zip", "post_country", "post_city", "post_code"), shops.columnNames());
    assertEquals(List.of(IndexDef.of("idx_shops_post_zip", false, "post_zip"),
        IndexDef.of("idx_shops_post_zip_post_city", false, "post_zip", "post_city"),
        IndexDef.of("uq_plain", true, "post_code")), shops.indexes());
    assertEquals(List.of(ForeignKeyDef.of("fk_shops_post_country", "post_country", "countries", "code")),
        shops.foreignKeys());
    assertEquals("post_town", column(shops, "post_city").renamedFrom());
  }

  @Test
  void renamedFromOnTheEmbeddedFieldIsThePreviousPrefixOfAllItsColumns() {
    JavaFileObject geo = java("Geo", "@Embeddable", "record Geo(double lat, @RenamedFrom(\"lng\") double lon) {}");
    JavaFileObject place = java("Place", "@Embeddable", "record Place(String label, @RenamedFrom(\"loc_\") Geo geo) {}");
    JavaFileObject trip = model("Trip", "@Key long id;", "@RenamedFrom(\"start_\") Place origin;", "Place target;");

    TableDef trips = table(schemaOf(geo, place, trip), "trips");

    assertEquals(List.of("id", "origin_label", "origin_geo_lat", "origin_geo_lon", "target_label", "target_geo_lat",
        "target_geo_lon"), trips.columnNames());
    assertEquals(java.util.Arrays.asList(null, "start_label", "start_loc_lat", "start_loc_lng", null, "target_loc_lat",
        "target_loc_lng"), trips.columns().stream().map(ColumnDef::renamedFrom).toList());
  }

  @Test
  void anEmbeddableInAMappedSuperclassIsEmbeddedInEveryModel() {
    JavaFileObject base = java("Base", "@MappedSuperclass",
        "abstract class Base { @Key long id; Address address; }");
    JavaFileObject shop = java("Shop", "@Model", "class Shop extends Base { String name; }");

    assertEquals(List.of("id", "address_street", "address_zip", "address_town", "name"),
        table(schemaOf(ADDRESS, base, shop), "shops").columnNames());
  }

  @Test
  void aColumnCollidingAfterPrefixingIsAnErrorOnBothFieldsOfTheModel() {
    JavaFileObject customer = model("Customer", "@Key long id;", "Address home;", "String homeStreet;");
    Compilation compilation = compile(ADDRESS, customer);

    Object[] args = {"home_street", "field home.street of test.Customer (embedded from test.Address with prefix 'home_')",
        "home_street", "field homeStreet of test.Customer", "test.Customer", Messages.FIX_PREFIX};
    assertError(compilation, customer, "Address home;", Messages.DUPLICATE_COLUMN_ACROSS, args);
    assertError(compilation, customer, "String homeStreet;", Messages.DUPLICATE_COLUMN_ACROSS, args);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void twoEmbeddedFieldsWithTheSamePrefixCollide() {
    JavaFileObject customer = model("Customer", "@Key long id;",
        "@Embedded(prefix = \"\") Address home;", "@Embedded(prefix = \"\") Address work;");
    Compilation compilation = compile(ADDRESS, customer);

    Object[] args = {"street", "field home.street of test.Customer (embedded from test.Address with prefix '')",
        "street", "field work.street of test.Customer (embedded from test.Address with prefix '')", "test.Customer",
        Messages.FIX_PREFIX};
    assertError(compilation, customer, "Address work;", Messages.DUPLICATE_COLUMN_ACROSS, args);
    assertError(compilation, customer, "Address home;", Messages.DUPLICATE_COLUMN_ACROSS, args);
    assertThat(compilation).hadErrorCount(6);
  }

  @Test
  void embeddedOnATypeThatIsNotEmbeddableIsAnError() {
    JavaFileObject money = java("Money", "record Money(long cents) {}");
    JavaFileObject order = model("Order", "@Key long id;", "@Embedded Money total;");

    assertError(compile(money, order), order, "Money total", Messages.EMBEDDED_NOT_EMBEDDABLE,
        "test.Order.total", "test.Money");
  }

  @Test
  void anEmbeddableThatContainsItselfIsAnError() {
    JavaFileObject node = java("Node", "@Embeddable", "class Node { String label; Link next; }");
    JavaFileObject link = java("Link", "@Embeddable", "class Link { int weight; @Embedded Node target; }");
    JavaFileObject graph = model("Graph", "@Key long id;", "Node root;");

    assertError(compile(node, link, graph), link, "Node target", Messages.EMBEDDED_CYCLE,
        "test.Node", "test.Node -> test.Link -> test.Node", "test.Link.target");
  }

  @Test
  void aKeyInsideAnEmbeddableIsAnError() {
    JavaFileObject code = java("Code", "@Embeddable", "record Code(@Key String value) {}");
    JavaFileObject item = model("Item", "@Key long id;", "Code code;");

    assertError(compile(code, item), code, "@Key String value", Messages.EMBEDDED_KEY, "Key", "test.Code.value",
        "a field of @Embeddable test.Code (embedded in test.Item as code.value)");
  }

  @Test
  void aKeyOrSingleColumnAnnotationOnTheEmbeddedFieldIsAnError() {
    JavaFileObject item = model("Item", "@Key long id;", "@Key Address home;", "@Index Address work;",
        "@References(Item.class) Address other;");
    Compilation compilation = compile(ADDRESS, item);

    assertError(compilation, item, "@Key Address home", Messages.EMBEDDED_KEY, "Key", "test.Item.home",
        "the @Embedded field itself");
    assertError(compilation, item, "@Index Address work", Messages.EMBEDDED_FIELD_ANNOTATION, "Index",
        "test.Item.work", "test.Address", "Index");
    assertError(compilation, item, "Address other", Messages.EMBEDDED_FIELD_ANNOTATION, "References",
        "test.Item.other", "test.Address", "References");
  }

  @Test
  void aColumnAttributeOfOneColumnOnTheEmbeddedFieldIsAnError() {
    JavaFileObject item = model("Item", "@Key long id;", "@Column(name = \"at\", length = 20) Address home;");

    assertError(compile(ADDRESS, item), item, "Address home", Messages.EMBEDDED_COLUMN_ATTRIBUTE,
        "length", "test.Item.home", "length", "test.Address");
  }

  @Test
  void errorsOfAnEmbeddedFieldNameTheModelAndThePath() {
    JavaFileObject blob = java("Blob", "@Embeddable", "record Blob(Object data) {}");
    JavaFileObject file = model("File", "@Key long id;", "Blob content;");

    assertError(compile(blob, file), blob, "Object data", Messages.UNSUPPORTED_TYPE,
        "test.File", "content.data", "java.lang.Object");
  }
}
