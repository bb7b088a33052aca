// ReadInput / ReadBuffer: find the files, tell the format, call its parser.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "ingest/formats.h"
#include "sitrep/ingest.h"

namespace sitrep {

namespace fs = std::filesystem;

Status ReadBuffer(const std::string& name, std::string_view bytes, const IngestOptions& options,
                  const ArticleSink& sink, const ProblemSink& problems) {
  return ingest::ParsePlainText(name, bytes, options, sink, problems);
}

namespace {

Status ReadFile(const fs::path& path, const IngestOptions& options, const ArticleSink& sink,
                const ProblemSink& problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path.string() + ": cannot open");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return ReadBuffer(path.string(), bytes, options, sink, problems);
}

}  // namespace

Status ReadInput(const std::string& path, const IngestOptions& options, const ArticleSink& sink,
                 const ProblemSink& problems) {
  if (path == "-") {
    std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return ReadBuffer("-", bytes, options, sink, problems);
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::end(it); it.increment(ec)) {
      if (it->is_regular_file(ec)) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    Status first;
    for (const auto& f : files) {
      Status s = ReadFile(f, options, sink, problems);
      if (!s.ok()) {
        problems(s);
        if (first.ok()) first = s;
      }
    }
    return first;
  }
  Status s = fs::exists(path, ec) ? ReadFile(path, options, sink, problems)
                                   : Status::NotFound(path + ": no such file or folder");
  if (!s.ok()) problems(s);
  return s;
}

}  // namespace sitrep
