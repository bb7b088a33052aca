// Internal to store/: the database schema as a list of migrations.
#ifndef SITREP_STORE_SCHEMA_H_
#define SITREP_STORE_SCHEMA_H_

#include <sqlite3.h>

#include "sitrep/status.h"

namespace sitrep::store {

// The schema version a fully migrated database has (PRAGMA user_version).
int LatestSchemaVersion();

// Brings the database to LatestSchemaVersion(), each migration in its own
// transaction. A database newer than this binary is refused, not touched.
Status Migrate(sqlite3* db);

}  // namespace sitrep::store

#endif  // SITREP_STORE_SCHEMA_H_
