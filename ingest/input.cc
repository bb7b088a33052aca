// Input: what every parser's articles and problems go through.
#include "ingest/formats.h"

namespace sitrep::ingest {

namespace {
bool IsBlankText(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}
}  // namespace

void Input::Emit(Article a) {
  if (a.source.empty()) a.source = name_;
  if (a.published.empty()) a.published = options_.default_published;
  if (a.outlet.empty()) a.outlet = options_.default_outlet;
  if (compressed_ && a.format.find("+gzip") == std::string::npos) a.format += "+gzip";
  std::string which = a.source + (a.part > 0 ? " part " + std::to_string(a.part) : "");
  if (a.body.size() > options_.max_article_bytes) {
    Problem(Status::TooLarge(which + ": the article is " + HumanBytes(a.body.size()) + ", over the " +
                             HumanBytes(options_.max_article_bytes) +
                             " budget for one article; skipped it (raise --max-article-bytes)"));
    return;
  }
  if (IsBlankText(a.body) && IsBlankText(a.title)) {
    Problem(Status::InvalidArgument(which + ": no article text"));
    return;
  }
  ++articles_;
  sink_(std::move(a));
}

void Input::Problem(const Status& problem) {
  if (problem.ok() || problem.message() == last_problem_) return;
  last_problem_ = problem.message();
  if (first_problem_.ok()) first_problem_ = problem;
  problems_(problem);
}

}  // namespace sitrep::ingest
