// The SQLite backend's side of near-duplicate detection: MinHash
// signatures, their band keys, and marking copies. The decisions are
// reconcile/'s.
#include <set>

#include "store/sqlite_store.h"

namespace sitrep::store {

namespace {

// The SQL of AddFingerprint for n band keys (?1 to ?n; the article is ?n+1):
// every band's lookup in one statement, and every band row in one insert.
// Sixteen lookups and sixteen inserts a statement each were 5% of
// reconciling (statement overhead, not the B-tree work); one statement
// with a subquery a band keeps each band's own LIMIT.
std::pair<std::string, std::string> FingerprintSql(size_t n) {
  std::string find, add;
  std::string article = "?" + std::to_string(n + 1);
  for (size_t k = 0; k < n; ++k) {
    std::string band = "?" + std::to_string(k + 1);
    find += k ? " UNION ALL " : "";
    find += "SELECT * FROM (SELECT " + std::to_string(k) +
            ", a.id, a.minhash FROM minhash_bands b JOIN articles a ON a.id = b.article_id WHERE b.band = " + band +
            " AND a.id <> " + article + " ORDER BY b.article_id DESC LIMIT 32)";
    add += (k ? ", (" : "INSERT OR IGNORE INTO minhash_bands (band, article_id) VALUES (") + band + ", " + article + ")";
  }
  return {find, add};
}

}  // namespace

Result<std::vector<std::pair<int64_t, std::vector<uint8_t>>>> SqliteStore::AddFingerprint(
    int64_t article_id, const std::vector<uint8_t>& signature, const std::vector<int64_t>& band_keys) {
  Statement& set = Cached("UPDATE articles SET minhash = ? WHERE id = ?");
  set.Bind(1, signature).Bind(2, article_id);
  if (Status s = set.Run(); !s.ok()) return s;
  std::vector<std::pair<int64_t, std::vector<uint8_t>>> out;
  const size_t n = band_keys.size();
  if (n == 0) return out;
  auto sql = fingerprint_sql_.find(n);
  if (sql == fingerprint_sql_.end()) sql = fingerprint_sql_.emplace(n, FingerprintSql(n)).first;
  Statement& find = Cached(sql->second.first.c_str());
  Statement& add = Cached(sql->second.second.c_str());
  for (size_t k = 0; k < n; ++k) find.Bind(static_cast<int>(k + 1), band_keys[k]);
  find.Bind(static_cast<int>(n + 1), article_id);
  // The neighbours band by band, in the order of the keys, each once.
  std::vector<std::vector<std::pair<int64_t, std::vector<uint8_t>>>> by_band(n);
  while (find.Step()) by_band[static_cast<size_t>(find.Int(0))].emplace_back(find.Int(1), find.Blob(2));
  Status s = find.status();
  find.Reset();
  if (!s.ok()) return s;
  std::set<int64_t> seen;
  for (auto& rows : by_band) {
    for (auto& row : rows) {
      if (seen.insert(row.first).second) out.push_back(std::move(row));
    }
  }
  for (size_t k = 0; k < n; ++k) add.Bind(static_cast<int>(k + 1), band_keys[k]);
  add.Bind(static_cast<int>(n + 1), article_id);
  if (s = add.Run(); !s.ok()) return s;
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
