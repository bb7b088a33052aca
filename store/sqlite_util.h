// Internal to store/: a thin RAII layer over the SQLite C API. Every
// statement is prepared; values are bound, never spliced into SQL.
#ifndef SITREP_STORE_SQLITE_UTIL_H_
#define SITREP_STORE_SQLITE_UTIL_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sitrep/status.h"

namespace sitrep::store {

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  const Status& status() const { return status_; }

  // Binding: index is 1-based as in SQLite. Empty strings bind as NULL when
  // null_if_empty is set.
  Statement& Bind(int index, std::string_view value, bool null_if_empty = false);
  // The same without SQLite's copy of the bytes, for bulk writes: `value`
  // must stay alive until the statement is run (Run() clears bindings).
  // The copy (an allocation and a lock) was a fifth of writing an event row.
  Statement& BindStatic(int index, std::string_view value, bool null_if_empty = false);
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& BindNull(int index);
  Statement& Bind(int index, std::optional<double> value);
  Statement& Bind(int index, const std::vector<uint8_t>& blob);

  // Runs one step: true when a row is ready, false when done; errors go to status().
  bool Step();
  // Runs to completion (for statements that return no rows).
  Status Run();
  void Reset();

  int64_t Int(int column) const;
  double Double(int column) const;
  std::string Text(int column) const;
  std::vector<uint8_t> Blob(int column) const;
  bool IsNull(int column) const;

 private:
  // Bind and BindStatic: `copy` makes SQLite keep its own copy of the text.
  Statement& BindText(int index, std::string_view value, bool null_if_empty, bool copy);

  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

// Executes SQL text without parameters (schema, pragmas, transactions).
Status Exec(sqlite3* db, const char* sql);

}  // namespace sitrep::store

#endif  // SITREP_STORE_SQLITE_UTIL_H_
