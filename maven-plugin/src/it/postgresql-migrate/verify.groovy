def log = new File(basedir, 'build.log').text
def driver = Class.forName('org.postgresql.Driver', true, this.class.classLoader).getDeclaredConstructor().newInstance()
def props = new Properties()
props.setProperty('user', 'postgres')
def connection = driver.connect('jdbc:postgresql://127.0.0.1:5432/test', props)
try {
  def rows = connection.createStatement().executeQuery(
      "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'strata_it_maven' AND table_name IN ('customers', 'strata_schema_history')")
  rows.next()
  assert rows.getInt(1) == 2 : 'the migration made its table in the schema of the URL, with the history beside it'
} finally {
  connection.createStatement().execute('DROP SCHEMA IF EXISTS strata_it_maven CASCADE')
  connection.close()
}
assert log.contains('1 migration(s) applied; database is now at version')
assert log.contains('0 pending; current version')
assert log.contains('Valid: 1 migration(s) applied, 0 pending, no drift.')
assert log.contains('strata_no_such_db')
assert !log.contains('S3cretServerPw')
true
