// sitrep load RECORDS.jsonl — store records extracted elsewhere
// (`sitrep extract --with-text` on other machines), then reconcile them.
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/commit_pacer.h"
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
  size_t stored = 0, skipped = 0, problems = 0, read = 0, in_batch = 0;
  CommitPacer pacer(kDefaultCommitArticles, kDefaultCommitSeconds);
  Progress progress("load:", 0);
  // Each record is stored and reconciled inside a batch, so a crash or a
  // failure never keeps a record without its reconciliation; a failed
  // batch is rolled back, never committed.
  auto fail = [&](const std::string& where, const Status& s) {
    (void)(*store)->RollbackBatch();
    std::cerr << "sitrep load: " << where << s.message() << "\nsitrep load: the database keeps every record "
              << "committed before the failure; run again to continue.\n";
    SetExitCode(2);
  };
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
      if (in_batch == 0) {
        if (Status s = (*store)->BeginBatch(); !s.ok()) return fail("", s);
        pacer.Begin();
      }
      auto put = (*store)->Put(*record);
      if (put.ok() && put->inserted) {
        Status s = ReconcileArticle(**store, put->article_id, record->doc);
        if (!s.ok()) put = s;
      }
      if (!put.ok()) return fail(file + ":" + std::to_string(line_no) + ": ", put.status());
      (put->inserted ? stored : skipped)++;
      if (pacer.Due(++in_batch)) {
        in_batch = 0;
        if (Status s = (*store)->CommitBatch(); !s.ok()) return fail("", s);
      }
      progress.Update(read, 0);
    }
  }
  if (in_batch > 0) {
    if (Status s = (*store)->CommitBatch(); !s.ok()) return fail("", s);
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
