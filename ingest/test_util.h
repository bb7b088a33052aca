// Helpers for the ingest tests: read an input and keep what came out,
// gzip bytes, make a scratch folder.
#ifndef SITREP_INGEST_TEST_UTIL_H_
#define SITREP_INGEST_TEST_UTIL_H_

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "sitrep/ingest.h"

namespace sitrep::ingest::testing {

struct Outcome {
  Status status;
  std::vector<Article> articles;
  std::vector<Status> problems;

  std::string AllProblems() const {
    std::string out;
    for (const auto& p : problems) out += p.message() + "\n";
    return out;
  }
};

inline Outcome Read(const std::string& name, std::string_view bytes, IngestOptions options = {}) {
  Outcome o;
  o.status = ReadBuffer(
      name, bytes, options, [&](Article a) { o.articles.push_back(std::move(a)); },
      [&](const Status& s) { o.problems.push_back(s); });
  return o;
}

inline Outcome ReadPath(const std::string& path, IngestOptions options = {}) {
  Outcome o;
  o.status = ReadInput(
      path, options, [&](Article a) { o.articles.push_back(std::move(a)); },
      [&](const Status& s) { o.problems.push_back(s); });
  return o;
}

// Gzip of `data`, fed to zlib in pieces of `piece` bytes so that large
// inputs can be made from a repeated pattern without holding them.
inline std::string Gzip(std::string_view data, size_t repeat = 1) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out;
  char buf[1 << 16];
  for (size_t r = 0; r < repeat; ++r) {
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    int flush = r + 1 == repeat ? Z_FINISH : Z_NO_FLUSH;
    int ret;
    do {
      zs.next_out = reinterpret_cast<Bytef*>(buf);
      zs.avail_out = sizeof buf;
      ret = deflate(&zs, flush);
      out.append(buf, sizeof buf - zs.avail_out);
    } while (zs.avail_out == 0 || (flush == Z_FINISH && ret != Z_STREAM_END));
  }
  deflateEnd(&zs);
  return out;
}

class ScratchDir {
 public:
  ScratchDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "sitrep_ingest_XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ec);
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string Write(const std::string& rel, std::string_view bytes) const {
    std::filesystem::path p = std::filesystem::path(path_) / rel;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p.string();
  }

 private:
  std::string path_;
};

// Resident memory of this process now, in bytes.
inline size_t CurrentRss() {
  long pages = 0, resident = 0;
  std::ifstream("/proc/self/statm") >> pages >> resident;
  return static_cast<size_t>(resident) * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

// Runs `work` in a child process, so that its peak memory can be measured
// apart from everything this test binary did before.
struct ChildRun {
  int exit_code = -1;
  size_t peak_rss = 0;  // bytes, the child's high-water mark
};
inline ChildRun RunInChild(const std::function<int()>& work) {
  ChildRun run;
  pid_t pid = ::fork();
  if (pid == 0) ::_exit(work());
  int status = 0;
  struct rusage ru{};
  if (pid < 0 || ::wait4(pid, &status, 0, &ru) != pid) return run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.peak_rss = static_cast<size_t>(ru.ru_maxrss) * 1024;
  return run;
}

}  // namespace sitrep::ingest::testing

#endif  // SITREP_INGEST_TEST_UTIL_H_
