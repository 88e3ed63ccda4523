// Runs only where PostgreSQL answers on 127.0.0.1:5432; on CI (CI=true) an unreachable server fails the build.
def driver = Class.forName('org.postgresql.Driver', true, this.class.classLoader).getDeclaredConstructor().newInstance()
def props = new Properties()
props.setProperty('user', 'postgres')
props.setProperty('connectTimeout', '5')
try {
  def connection = driver.connect('jdbc:postgresql://127.0.0.1:5432/test', props)
  try {
    connection.createStatement().execute('DROP SCHEMA IF EXISTS strata_it_maven CASCADE; CREATE SCHEMA strata_it_maven')
  } finally {
    connection.close()
  }
  return true
} catch (java.sql.SQLException e) {
  if ('true'.equalsIgnoreCase(System.getenv('CI'))) {
    throw new IllegalStateException('PostgreSQL test database unreachable on CI: ' + e.message, e)
  }
  println "PostgreSQL unreachable, skipping: ${e.message}"
  return false
}
