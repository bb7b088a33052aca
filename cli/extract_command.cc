// sitrep extract PATH... — articles in, one JSON record per article out.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "sitrep/extract.h"
#include "sitrep/ingest.h"
#include "sitrep/record.h"
#include "sitrep/text.h"

namespace sitrep::cli {

namespace {
int g_exit_code = 0;

struct ExtractArgs {
  std::vector<std::string> paths;
  std::string published, outlet, format = "jsonl", data_dir;
  bool with_text = false;
  size_t max_article_bytes = IngestOptions{}.max_article_bytes;
  size_t max_document_bytes = IngestOptions{}.max_document_bytes;
};

void RunExtract(const ExtractArgs& args) {
  auto extractor = Extractor::Open(args.data_dir.empty() ? DefaultDataDir() : args.data_dir);
  if (!extractor.ok()) {
    std::cerr << "sitrep extract: " << extractor.status().message() << "\n";
    SetExitCode(2);
    return;
  }
  IngestOptions options;
  options.default_published = args.published;
  options.default_outlet = args.outlet;
  options.max_article_bytes = args.max_article_bytes;
  options.max_document_bytes = args.max_document_bytes;
  JsonOptions json;
  json.with_text = args.with_text;
  json.indent = args.format == "pretty" ? 2 : -1;

  size_t articles = 0, problems = 0;
  auto sink = [&](Article article) {
    Record record = (*extractor)->Extract(MakeDocument(std::move(article)));
    for (const auto& w : record.doc.warnings) std::cerr << "sitrep: " << record.doc.source << ": " << w << "\n";
    std::string line = ToJson(record, json);
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stdout);
    ++articles;
  };
  auto report = [&](const Status& s) {
    std::cerr << "sitrep: " << s.message() << "\n";
    ++problems;
  };
  for (const auto& path : args.paths) (void)ReadInput(path, options, sink, report);
  std::fflush(stdout);
  if (isatty(STDERR_FILENO)) {
    std::cerr << "sitrep extract: " << articles << " articles, " << problems << " problems\n";
  }
  SetExitCode(problems ? 1 : 0);
}
}  // namespace

int ExitCode() { return g_exit_code; }
void SetExitCode(int code) { g_exit_code = code; }

void AddExtractCommand(CLI::App& app) {
  auto args = std::make_shared<ExtractArgs>();
  auto* cmd = app.add_subcommand("extract", "Write one JSON record per article (entities, events, evidence)");
  cmd->add_option("paths", args->paths, "Files, folders (read recursively) or - for stdin")->required();
  cmd->add_option("--published", args->published, "Publication date (YYYY-MM-DD) for inputs that give none");
  cmd->add_option("--outlet", args->outlet, "Outlet name for inputs that give none");
  cmd->add_option("--format", args->format, "jsonl (one record a line) or pretty")
      ->check(CLI::IsMember({"jsonl", "pretty"}));
  cmd->add_flag("--with-text", args->with_text, "Add doc.text, the cleaned text that offsets refer to");
  cmd->add_option("--data", args->data_dir, "Folder of lexicons, gazetteer and patterns");
  cmd->add_option("--max-article-bytes", args->max_article_bytes, "Byte budget for one article");
  cmd->add_option("--max-document-bytes", args->max_document_bytes,
                  "Byte budget for one text file, HTML page or feed (JSON Lines are streamed)");
  cmd->callback([args] { RunExtract(*args); });
}

}  // namespace sitrep::cli
