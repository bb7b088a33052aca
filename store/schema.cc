// The schema, one migration per version. Never edit a migration that has
// shipped: add a new one. Version N is migrations[N-1].
#include "store/schema.h"

#include <string>

#include "store/sqlite_util.h"

namespace sitrep::store {

namespace {

const char* const kMigrations[] = {
    // 1: articles, entities, mentions, events, quantities, incidents; full-text
    // search over articles (evidence sentences are part of their article's text).
    R"sql(
CREATE TABLE articles (
  id           INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  source       TEXT NOT NULL,
  part         INTEGER NOT NULL DEFAULT 0,
  url          TEXT,
  title        TEXT,
  outlet       TEXT,
  published    TEXT,
  format       TEXT,
  text         TEXT NOT NULL,
  text_chars   INTEGER NOT NULL,
  supersedes   INTEGER REFERENCES articles(id),
  duplicate_of INTEGER REFERENCES articles(id),
  minhash      BLOB,              -- reconcile/minhash.h signature
  ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_published ON articles(published);

CREATE TABLE entities (
  id      INTEGER PRIMARY KEY,
  type    TEXT NOT NULL,
  key     TEXT NOT NULL,          -- folded canonical name: one row per real thing
  name    TEXT NOT NULL,
  role    TEXT,
  country TEXT,
  lat REAL, lon REAL, feature TEXT, admin1 TEXT, geo_country TEXT,
  UNIQUE (type, key)
);
CREATE TABLE entity_aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  alias     TEXT NOT NULL,
  PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);

CREATE TABLE mentions (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  entity_id  INTEGER NOT NULL REFERENCES entities(id),
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  PRIMARY KEY (article_id, start)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE events (
  id             INTEGER PRIMARY KEY,
  article_id     INTEGER NOT NULL REFERENCES articles(id),
  local_id       TEXT NOT NULL,
  type           TEXT NOT NULL,
  subtype        TEXT,
  actor_name     TEXT, actor_entity INTEGER REFERENCES entities(id), actor_country TEXT,
  target_name    TEXT, target_entity INTEGER REFERENCES entities(id), target_country TEXT,
  location_name  TEXT, location_entity INTEGER REFERENCES entities(id),
  lat REAL, lon REAL, admin1 TEXT, country TEXT,
  date_value     TEXT, date_precision TEXT, date_text TEXT,
  date_start     TEXT, date_end TEXT,  -- the date as a day range, for filtering
  day            TEXT,                 -- date_start, else the article's publication day
  source         TEXT, status TEXT NOT NULL,
  modality       TEXT NOT NULL,
  plover         TEXT,
  rule           TEXT NOT NULL,
  confidence     REAL NOT NULL,
  evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
  incident_id    INTEGER REFERENCES incidents(id)
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_incident ON events(incident_id);
CREATE INDEX events_type_day ON events(type, day);

CREATE TABLE incidents (
  id              INTEGER PRIMARY KEY,
  type            TEXT NOT NULL,
  subtype         TEXT,
  location_name   TEXT, location_entity INTEGER REFERENCES entities(id),
  lat REAL, lon REAL, admin1 TEXT, country TEXT,
  actor_name      TEXT, actor_country TEXT,
  date_value      TEXT,
  date_start      TEXT NOT NULL DEFAULT '',  -- '' when no calendar date is known
  date_end        TEXT NOT NULL DEFAULT '',
  sources         INTEGER NOT NULL DEFAULT 0,
  articles        INTEGER NOT NULL DEFAULT 0,
  events          INTEGER NOT NULL DEFAULT 0,
  conflict        INTEGER NOT NULL DEFAULT 0,
  summary         TEXT
);
CREATE INDEX incidents_type_date ON incidents(type, date_start);
CREATE INDEX incidents_location_date ON incidents(location_entity, date_start);
CREATE INDEX incidents_date ON incidents(date_start, id);
CREATE INDEX incidents_country_date ON incidents(country, date_start);
CREATE INDEX incidents_admin1 ON incidents(admin1 COLLATE NOCASE);

-- MinHash band keys of article signatures (reconcile/minhash.h).
CREATE TABLE minhash_bands (
  band       INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

CREATE TABLE quantities (
  event_id  INTEGER NOT NULL REFERENCES events(id),
  kind      TEXT NOT NULL,
  value     REAL NOT NULL,
  max       REAL,
  unit      TEXT, qualifier TEXT, currency TEXT, text TEXT
);
CREATE INDEX quantities_event ON quantities(event_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
)sql",

    // 2: articles are added to the full-text index by the store, all of a
    // batch in one statement at commit, not by a trigger row by row. With
    // an FTS5 table written in a transaction, every later statement that
    // opens a savepoint (an upsert, INSERT OR IGNORE, a checked foreign
    // key) makes FTS5 write its pending terms out as a new segment: a
    // segment per statement, the largest cost of ingest.
    R"sql(
DROP TRIGGER articles_fts_insert;
)sql",

    // 3: cheaper rows to write. incidents_admin1 served no query: the one
    // filter on admin1 ORs it with location_name, which has no index, so
    // SQLite scans incidents_date instead; it cost a B-tree insert per
    // incident.
    R"sql(
DROP INDEX IF EXISTS incidents_admin1;
)sql",

    // 4: an article's MinHash signature in a table of its own. Written into
    // articles.minhash, it was an UPDATE of a row that holds the whole text:
    // SQLite rewrote the row and its overflow pages, a second copy of every
    // article written to the WAL. The old column is dropped with its data
    // moved (SQLite >= 3.35).
    R"sql(
CREATE TABLE article_fingerprints (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id),
  minhash    BLOB NOT NULL        -- reconcile/minhash.h signature
);
INSERT INTO article_fingerprints (article_id, minhash) SELECT id, minhash FROM articles WHERE minhash IS NOT NULL;
ALTER TABLE articles DROP COLUMN minhash;
)sql",
};

constexpr int kCount = sizeof(kMigrations) / sizeof(kMigrations[0]);

Result<int> UserVersion(sqlite3* db) {
  Statement st(db, "PRAGMA user_version");
  if (!st.status().ok()) return st.status();
  if (!st.Step()) return st.status().ok() ? Status::Corruption("no user_version") : st.status();
  return static_cast<int>(st.Int(0));
}

}  // namespace

int LatestSchemaVersion() { return kCount; }

Status Migrate(sqlite3* db) {
  auto version = UserVersion(db);
  if (!version.ok()) return version.status();
  if (*version > kCount) {
    return Status::Unsupported("database schema version " + std::to_string(*version) +
                               " is newer than this sitrep (" + std::to_string(kCount) + "); upgrade sitrep");
  }
  for (int v = *version; v < kCount; ++v) {
    Status s = Exec(db, "BEGIN IMMEDIATE");
    if (s.ok()) s = Exec(db, kMigrations[v]);
    if (s.ok()) s = Exec(db, ("PRAGMA user_version = " + std::to_string(v + 1)).c_str());
    if (s.ok()) s = Exec(db, "COMMIT");
    if (!s.ok()) {
      (void)Exec(db, "ROLLBACK");
      return s.WithContext("migrating the database to schema version " + std::to_string(v + 1));
    }
  }
  return Status::OK();
}

}  // namespace sitrep::store
