// sitrep load RECORDS.jsonl — store records extracted elsewhere
// (`sitrep extract --with-text` on other machines), then reconcile them.
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/progress.h"
#include "sitrep/reconcile.h"
#include "sitrep/record.h"
#include "sitrep/store.h"

namespace sitrep::cli {

namespace {

struct LoadArgs {
  std::vector<std::string> files;
  std::string db = "sitrep.db";
};

void RunLoad(const LoadArgs& args) {
  auto store = Store::OpenSqlite(args.db);
  if (!store.ok()) {
    std::cerr << "sitrep load: " << store.status().message() << "\n";
    return SetExitCode(2);
  }
  size_t stored = 0, skipped = 0, problems = 0, read = 0;
  Progress progress("load:", 0);
  for (const auto& file : args.files) {
    std::ifstream in(file == "-" ? "/dev/stdin" : file);
    if (!in) {
      std::cerr << "sitrep load: " << file << ": cannot open\n";
      ++problems;
      continue;
    }
    std::string line;
    size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      auto record = RecordFromJson(line);
      if (!record.ok()) {
        std::cerr << "sitrep load: " << file << ":" << line_no << ": " << record.status().message() << "\n";
        ++problems;
        continue;
      }
      ++read;
      auto put = (*store)->Put(*record);
      if (put.ok() && put->inserted) {
        Status s = ReconcileArticle(**store, put->article_id, record->doc);
        if (!s.ok()) put = s;
      }
      if (!put.ok()) {
        std::cerr << "sitrep load: " << file << ":" << line_no << ": " << put.status().message() << "\n";
        return SetExitCode(2);
      }
      (put->inserted ? stored : skipped)++;
      progress.Update(read, 0);
    }
  }
  std::cerr << "sitrep load: " << stored << " records stored, " << skipped << " already stored, " << problems
            << " problems\n";
  SetExitCode(problems ? 1 : 0);
}

}  // namespace

void AddLoadCommand(CLI::App& app) {
  auto args = std::make_shared<LoadArgs>();
  auto* cmd = app.add_subcommand("load", "Store records from `sitrep extract --with-text` (JSON Lines)");
  cmd->add_option("files", args->files, "Record files (JSON Lines), or - for stdin")->required();
  cmd->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  cmd->callback([args] { RunLoad(*args); });
}

}  // namespace sitrep::cli
