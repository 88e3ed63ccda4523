def migrations = new File(basedir, 'src/main/java/db/migration')
def sources = migrations.listFiles().findAll { it.name.endsWith('.java') }*.name.sort()
assert sources.size() == 2 : "two migrations, one per model change, none twice: ${sources}"
assert sources[0] ==~ /V\d{14}__init\.java/
assert sources[1] ==~ /V\d{14}__add_comments\.java/
// The snapshot is a resource, so the processor finds it in the class output after Maven copies it.
def snapshot = new File(basedir, 'src/main/resources/META-INF/strata/snapshot.json')
assert snapshot.isFile()
assert snapshot.text.contains('"indexDigest"')
assert !new File(migrations, 'schema.json').exists()

def log = new File(basedir, 'build.log').text
// 2 and 5
assert log.contains('No schema changes detected')
// 3
assert log.contains('The models and the migrations differ (1 change); run mvn compile strata:generate to write the migration')
assert log.contains('  - create table comments')
// 4
assert log.contains('is newer than the compiled migration index')
assert log.contains('compile first')
// 5
assert log =~ /strata-maven-plugin:[^:]+:check \(models-match-migrations\)/
// 6
assert log.contains('2 migration(s) applied; database is now at version')
assert log.contains('0 pending; current version')
assert new File(basedir, 'target/app.db').isFile()
// 7
assert log.contains('cannot open database postgresql://postgres:***@127.0.0.1:1/test')
assert !log.contains('S3cretUrlPw')
assert !log.contains('S3cretParamPw')
true
