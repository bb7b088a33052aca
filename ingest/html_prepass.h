// Internal to ingest/: a linear scan over raw HTML before gumbo sees it.
//
// gumbo 0.10 spends time linear in the open-element depth on every start
// tag, so 100,000 nested <div>s cost minutes; it also tokenizes script and
// style bodies byte by byte for nothing. The scan copies the page while
// (1) dropping start tags (and their end tags) beyond a nesting budget, and
// formatting tags (<b>, <a>, <font>) left open beyond a budget of their own,
// (2) emptying <script>, <style> bodies and comments, keeping the JSON-LD
// scripts' text aside. It never recurses and never looks back.
#ifndef SITREP_INGEST_HTML_PREPASS_H_
#define SITREP_INGEST_HTML_PREPASS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::ingest {

struct PreparedHtml {
  std::string html;                    // what to give gumbo
  std::vector<std::string> json_ld;    // bodies of <script type="application/ld+json">
  size_t dropped_tags = 0;             // start tags dropped for nesting beyond the budget
};

struct PrepassOptions {
  size_t max_depth = 400;              // open elements kept, as counted by the scan
  size_t max_formatting = 200;         // unclosed <b>, <i>, <a>, <font>... kept
  size_t max_json_ld_bytes = 4u << 20;  // per script; longer ones are skipped
  size_t max_json_ld_scripts = 32;
};

PreparedHtml PrepareHtml(std::string_view in, const PrepassOptions& options = {});

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTML_PREPASS_H_
