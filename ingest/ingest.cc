// ReadInput / ReadBuffer: find the files and open them; dispatch.cc does the rest.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "ingest/formats.h"
#include "sitrep/ingest.h"

namespace sitrep {

namespace fs = std::filesystem;

namespace {

std::string DisplayName(const std::string& name) { return name == "-" ? "<stdin>" : name; }

Status OpenError(const std::string& name, int err) {
  if (err == ENOENT || err == ENOTDIR) return Status::NotFound(name + ": no such file or folder");
  if (err == EACCES || err == EPERM) return Status::IOError(name + ": permission denied");
  return Status::IOError(name + ": cannot open (" + std::strerror(err) + ")");
}

// A size is known, and checked before reading, for regular files only.
std::optional<uint64_t> KnownSize(int fd) {
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return static_cast<uint64_t>(st.st_size);
}

void ReadFile(ingest::Input& input, const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return input.Problem(OpenError(path, errno));
  std::optional<uint64_t> size = KnownSize(fd);
  ingest::ReadStream(input, ingest::NewFdSource(fd, /*owns=*/true, path), size);
}

bool IsHidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Every file under `root`, sorted by path, without hidden files or folders.
// Symbolic links to folders are not followed (no cycles); a folder that
// cannot be read is a problem.
std::vector<std::string> ListFolder(const std::string& root, ingest::Input& input) {
  std::vector<std::string> files;
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      if (IsHidden(p)) continue;
      std::error_code ec2;
      if (it->is_symlink(ec2) && fs::is_directory(p, ec2)) continue;
      if (it->is_directory(ec2)) pending.push_back(p);
      else files.push_back(p.string());
    }
    if (ec) input.Problem(Status::IOError(dir.string() + ": cannot read folder (" + ec.message() + ")"));
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

Status ReadBuffer(const std::string& name, std::string_view bytes, const IngestOptions& options,
                  const ArticleSink& sink, const ProblemSink& problems) {
  ingest::Input input(DisplayName(name), options, sink, problems);
  ingest::ReadStream(input, ingest::NewMemorySource(bytes), bytes.size());
  return input.first_problem();
}

Status ReadInput(const std::string& path, const IngestOptions& options, const ArticleSink& sink,
                 const ProblemSink& problems) {
  ingest::Input input(DisplayName(path), options, sink, problems);
  if (path == "-") {
    ingest::ReadStream(input, ingest::NewFdSource(STDIN_FILENO, /*owns=*/false, input.name()),
                       KnownSize(STDIN_FILENO));
    return input.first_problem();
  }
  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    ReadFile(input, path);
    return input.first_problem();
  }
  Status first;
  for (const std::string& file : ListFolder(path, input)) {
    // A folder of articles also holds pictures, tables and its README:
    // those are passed over quietly (naming such a file reads it anyway).
    if (ingest::IsNonInputExtension(file) || ingest::IsFolderDocumentation(file)) continue;
    ingest::Input one(file, options, sink, problems);
    ReadFile(one, file);
    if (first.ok()) first = one.first_problem();
  }
  return first.ok() ? input.first_problem() : first;
}

}  // namespace sitrep
