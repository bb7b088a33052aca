// Internal to ingest/: helpers shared by the HTML tests.
#ifndef SITREP_INGEST_HTML_TESTING_H_
#define SITREP_INGEST_HTML_TESTING_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "ingest/html.h"

namespace sitrep::ingest::html_testing {

struct Parsed {
  std::vector<Article> articles;
  std::vector<std::string> problems;
};

inline Parsed Parse(std::string_view html, const IngestOptions& options = {}) {
  Parsed p;
  Status s = ParseHtml("page.html", html, options, [&](Article a) { p.articles.push_back(std::move(a)); },
                       [&](const Status& st) { p.problems.push_back(st.message()); });
  EXPECT_TRUE(s.ok()) << s.ToString();
  return p;
}

// A paragraph long enough that no page below reads as a teaser.
inline const char kPara1[] =
    "<p>Ukrainian air defence units reported shooting down most of the drones launched overnight toward the "
    "Kyiv region, while debris damaged two houses in a village near Bila Tserkva.</p>";
inline const char kPara2[] =
    "<p>The regional governor said emergency crews worked until dawn and that no one was hurt, adding that "
    "power had been restored to the affected streets by the morning.</p>";

inline std::string Page(std::string_view head, std::string_view body) {
  return "<!DOCTYPE html><html><head>" + std::string(head) + "</head><body>" + std::string(body) +
         "</body></html>";
}

}  // namespace sitrep::ingest::html_testing

#endif  // SITREP_INGEST_HTML_TESTING_H_
