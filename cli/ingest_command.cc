// sitrep ingest PATH... — extract and store articles in the database.
#include <sys/stat.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/commit_pacer.h"
#include "cli/progress.h"
#include "sitrep/extract.h"
#include "sitrep/ingest.h"
#include "sitrep/reconcile.h"
#include "sitrep/store.h"
#include "sitrep/text.h"

namespace sitrep::cli {

namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db = "sitrep.db", published, outlet, data_dir;
  size_t batch = kDefaultCommitArticles;         // articles a transaction at most
  double commit_seconds = kDefaultCommitSeconds;  // and seconds a transaction at most
};

// Input bytes under the paths, for the ETA.
size_t TotalBytes(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  size_t total = 0;
  std::error_code ec;
  for (const auto& p : paths) {
    if (fs::is_directory(p, ec)) {
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::end(it); it.increment(ec)) {
        if (it->is_regular_file(ec)) total += it->file_size(ec);
      }
    } else if (fs::is_regular_file(p, ec)) {
      total += fs::file_size(p, ec);
    }
  }
  return total;
}

void RunIngest(const IngestArgs& args) {
  auto extractor = Extractor::Open(args.data_dir.empty() ? DefaultDataDir() : args.data_dir);
  if (!extractor.ok()) {
    std::cerr << "sitrep ingest: " << extractor.status().message() << "\n";
    return SetExitCode(2);
  }
  auto store = Store::OpenSqlite(args.db);
  if (!store.ok()) {
    std::cerr << "sitrep ingest: " << store.status().message() << "\n";
    return SetExitCode(2);
  }
  IngestOptions options;
  options.default_published = args.published;
  options.default_outlet = args.outlet;

  size_t seen = 0, stored = 0, skipped = 0, versions = 0, problems = 0, in_batch = 0, body_bytes = 0;
  Progress progress("ingest:", TotalBytes(args.paths));
  CommitPacer pacer(args.batch, args.commit_seconds);
  Status failure;
  auto flush = [&]() {
    if (in_batch == 0) return;
    if (Status s = (*store)->CommitBatch(); !s.ok() && failure.ok()) failure = s;
    in_batch = 0;
  };
  auto sink = [&](Article article) {
    if (!failure.ok()) return;
    ++seen;
    body_bytes += article.body.size();
    Document doc = MakeDocument(std::move(article));
    auto has = (*store)->HasArticle(doc.id);
    if (has.ok() && *has) {
      ++skipped;
      progress.Update(seen, body_bytes);
      return;
    }
    if (in_batch == 0) {
      if (Status s = (*store)->BeginBatch(); !s.ok()) {
        failure = s;
        return;
      }
      pacer.Begin();
    }
    Record record = (*extractor)->Extract(std::move(doc));
    auto put = (*store)->Put(record);
    if (!put.ok()) {
      failure = put.status();
      return;
    }
    if (put->inserted) {
      if (Status s = ReconcileArticle(**store, put->article_id, record.doc); !s.ok()) {
        failure = s.WithContext("reconciling " + record.doc.source);
        return;
      }
    }
    stored += put->inserted;
    versions += put->supersedes != 0;
    skipped += !put->inserted;
    if (pacer.Due(++in_batch)) flush();
    progress.Update(seen, body_bytes);
  };
  auto report = [&](const Status& s) {
    std::cerr << "sitrep: " << s.message() << "\n";
    ++problems;
  };
  for (const auto& path : args.paths) {
    (void)ReadInput(path, options, sink, report);
    if (!failure.ok()) break;
  }
  if (failure.ok()) {
    flush();
  } else {
    // Never commit a batch that failed part-way: it would keep an article
    // without its reconciliation. The articles of the batch are read again
    // by the next run.
    (void)(*store)->RollbackBatch();
  }
  if (!failure.ok()) {
    std::cerr << "sitrep ingest: " << failure.message() << "\nsitrep ingest: the database keeps every "
              << "article committed before the failure; run again to continue.\n";
    return SetExitCode(2);
  }
  auto stats = (*store)->Stats();
  std::cerr << "sitrep ingest: " << seen << " articles read, " << stored << " stored (" << versions
            << " new versions), " << skipped << " already stored, " << problems << " problems";
  if (stats.ok()) std::cerr << "; " << args.db << " holds " << stats->articles << " articles, " << stats->events << " events";
  std::cerr << "\n";
  SetExitCode(problems ? 1 : 0);
}

}  // namespace

void AddIngestCommand(CLI::App& app) {
  auto args = std::make_shared<IngestArgs>();
  auto* cmd = app.add_subcommand("ingest", "Extract articles and store them in the database (idempotent)");
  cmd->add_option("paths", args->paths, "Files, folders (read recursively) or - for stdin")->required();
  cmd->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  cmd->add_option("--published", args->published, "Publication date (YYYY-MM-DD) for inputs that give none");
  cmd->add_option("--outlet", args->outlet, "Outlet name for inputs that give none");
  cmd->add_option("--data", args->data_dir, "Folder of lexicons, gazetteer and patterns");
  cmd->add_option("--batch", args->batch, "Articles a transaction at most")->capture_default_str()->check(CLI::Range(1, 100000));
  cmd->add_option("--commit-seconds", args->commit_seconds,
                  "Commit at least this often: what a kill loses, and what readers wait for")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 3600.0));
  cmd->callback([args] { RunIngest(*args); });
}

}  // namespace sitrep::cli
