#include "cli/db_command.h"

#include <filesystem>
#include <iostream>

#include "cli/commands.h"

namespace sitrep::cli {

void Report(const std::string& command, const Status& status) {
  std::cerr << "sitrep " << command << ": " << status.message() << "\n";
  SetExitCode(2);
}

std::unique_ptr<Store> OpenStoreOrReport(const std::string& command, const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    Report(command, Status::NotFound("no database at " + path + "; create one with `sitrep ingest PATH --db " +
                                     path + "`"));
    return nullptr;
  }
  auto store = Store::OpenSqlite(path);
  if (!store.ok()) {
    Report(command, store.status());
    return nullptr;
  }
  return std::move(store.value());
}

}  // namespace sitrep::cli
