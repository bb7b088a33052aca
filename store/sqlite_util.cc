#include "store/sqlite_util.h"

#include <string>
#include <utility>

namespace sitrep::store {

namespace {
Status Error(sqlite3* db, std::string_view what) {
  return Status::IOError(std::string(what) + ": " + sqlite3_errmsg(db));
}
}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_,
                         nullptr) != SQLITE_OK) {
    status_ = Error(db, "preparing SQL");
    stmt_ = nullptr;
  }
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& o) noexcept
    : db_(std::exchange(o.db_, nullptr)), stmt_(std::exchange(o.stmt_, nullptr)), status_(std::move(o.status_)) {}

Statement& Statement::operator=(Statement&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(stmt_);
    db_ = std::exchange(o.db_, nullptr);
    stmt_ = std::exchange(o.stmt_, nullptr);
    status_ = std::move(o.status_);
  }
  return *this;
}

Statement& Statement::BindText(int i, std::string_view v, bool null_if_empty, bool copy) {
  if (!stmt_) return *this;
  if (null_if_empty && v.empty()) {
    sqlite3_bind_null(stmt_, i);
  } else {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
  }
  return *this;
}
Statement& Statement::Bind(int i, std::string_view v, bool null_if_empty) { return BindText(i, v, null_if_empty, true); }
Statement& Statement::BindStatic(int i, std::string_view v, bool null_if_empty) {
  return BindText(i, v, null_if_empty, false);
}
Statement& Statement::Bind(int i, int64_t v) {
  if (stmt_) sqlite3_bind_int64(stmt_, i, v);
  return *this;
}
Statement& Statement::Bind(int i, double v) {
  if (stmt_) sqlite3_bind_double(stmt_, i, v);
  return *this;
}
Statement& Statement::BindNull(int i) {
  if (stmt_) sqlite3_bind_null(stmt_, i);
  return *this;
}
Statement& Statement::Bind(int i, std::optional<double> v) { return v ? Bind(i, *v) : BindNull(i); }
Statement& Statement::Bind(int i, const std::vector<uint8_t>& blob) {
  if (stmt_) sqlite3_bind_blob(stmt_, i, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
  return *this;
}

bool Statement::Step() {
  if (!stmt_ || !status_.ok()) return false;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = Error(db_, "running SQL");
  return false;
}

Status Statement::Run() {
  while (Step()) {
  }
  Status s = status_;
  Reset();
  return s;
}

void Statement::Reset() {
  if (!stmt_) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  if (status_.code() != Status::Code::kOk && stmt_) status_ = Status::OK();
}

int64_t Statement::Int(int c) const { return sqlite3_column_int64(stmt_, c); }
double Statement::Double(int c) const { return sqlite3_column_double(stmt_, c); }
bool Statement::IsNull(int c) const { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
std::string Statement::Text(int c) const {
  const unsigned char* p = sqlite3_column_text(stmt_, c);
  return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_, c)) : std::string();
}

std::vector<uint8_t> Statement::Blob(int c) const {
  const auto* p = static_cast<const uint8_t*>(sqlite3_column_blob(stmt_, c));
  return p ? std::vector<uint8_t>(p, p + sqlite3_column_bytes(stmt_, c)) : std::vector<uint8_t>();
}

Status Exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    Status s = Status::IOError(std::string("SQL failed: ") + (err ? err : "unknown error"));
    sqlite3_free(err);
    return s;
  }
  return Status::OK();
}

}  // namespace sitrep::store
