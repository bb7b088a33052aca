// The SQLite backend's side of near-duplicate detection: MinHash
// signatures, their band keys, and marking copies. The decisions are
// reconcile/'s.
#include <set>

#include "store/sqlite_store.h"

namespace sitrep::store {

Result<std::vector<std::pair<int64_t, std::vector<uint8_t>>>> SqliteStore::AddFingerprint(
    int64_t article_id, const std::vector<uint8_t>& signature, const std::vector<int64_t>& band_keys) {
  Statement& set = Cached("INSERT OR REPLACE INTO article_fingerprints (article_id, minhash) VALUES (?, ?)");
  set.Bind(1, article_id).Bind(2, signature);
  if (Status s = set.Run(); !s.ok()) return s;
  std::vector<std::pair<int64_t, std::vector<uint8_t>>> out;
  std::set<int64_t> seen;
  Statement& find = Cached(
      "SELECT f.article_id, f.minhash FROM minhash_bands b JOIN article_fingerprints f ON f.article_id = b.article_id "
      "WHERE b.band = ? AND f.article_id <> ? ORDER BY b.article_id DESC LIMIT 32");
  Statement& add = Cached("INSERT OR IGNORE INTO minhash_bands (band, article_id) VALUES (?, ?)");
  for (int64_t band : band_keys) {
    find.Bind(1, band).Bind(2, article_id);
    while (find.Step()) {
      if (seen.insert(find.Int(0)).second) out.emplace_back(find.Int(0), find.Blob(1));
    }
    Status s = find.status();
    find.Reset();
    if (!s.ok()) return s;
    add.Bind(1, band).Bind(2, article_id);
    if (Status s2 = add.Run(); !s2.ok()) return s2;
  }
  return out;
}

Status SqliteStore::MarkDuplicate(int64_t article_id, int64_t original_id) {
  // The caches keep each report's source group (its article, or the article
  // it copies). ReconcileArticle marks an article before any of its events
  // join an incident; should one already have, the cached groups are stale.
  bool stale = false;
  for (const EventRow& row : event_rows_) stale = stale || (row.article_id == article_id && row.incident_id);
  Statement& assigned = Cached("SELECT 1 FROM events WHERE article_id = ? AND incident_id IS NOT NULL LIMIT 1");
  assigned.Bind(1, article_id);
  stale = assigned.Step() || stale;
  Status s = assigned.status();
  assigned.Reset();
  if (!s.ok()) return s;
  if (stale) {
    if (s = Settle(); !s.ok()) return s;
    DropCaches();
  }
  Statement& st = Cached("UPDATE articles SET duplicate_of = ? WHERE id = ?");
  st.Bind(1, original_id).Bind(2, article_id);
  if (s = st.Run(); !s.ok()) return s;
  // Events of the batch not written yet are read back with this group.
  if (in_batch_) batch_duplicates_[article_id] = original_id;
  return Status::OK();
}

}  // namespace sitrep::store
