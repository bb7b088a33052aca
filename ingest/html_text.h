// Internal to ingest/: the text of a flattened HTML subtree, with block
// elements as paragraphs ("\n\n"), list items and <br> as lines ("\n"), and
// inline elements joined so that neither "word1word2" nor "word ," appears.
#ifndef SITREP_INGEST_HTML_TEXT_H_
#define SITREP_INGEST_HTML_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/html_dom.h"

namespace sitrep::ingest {

// Collects text, collapsing whitespace, and cuts it into lines and blocks.
class TextBuilder {
 public:
  // With drop_furniture, lines that are site furniture ("Read more",
  // "© 2024 ...") are left out.
  explicit TextBuilder(bool drop_furniture) : drop_furniture_(drop_furniture) {}

  void Text(std::string_view s);
  void Boundary() { boundary_ = true; }    // an inline element starts or ends
  void Space() { space_ = !line_.empty(); }  // a table cell starts or ends
  void Br();
  void LineBreak();
  void BlockBreak();
  std::string Finish();
  // The first line left out for being only a date: the article's date when
  // the page gives none in its markup.
  const std::string& date_line() const { return date_line_; }

 private:
  bool drop_furniture_;
  bool space_ = false;
  bool boundary_ = false;
  bool after_br_ = false;
  std::string line_, block_, out_, date_line_;
};

// Text of the subtrees rooted at `roots` (indices into dom), dropped parts
// skipped. With drop_furniture, *date_line (if not null) gets the first
// date-only line left out.
std::string RenderText(const FlatDom& dom, const std::vector<int>& roots, bool drop_furniture,
                       std::string* date_line = nullptr);

// One-line text of node i (a heading, a title): whitespace collapsed.
std::string InlineText(const FlatDom& dom, int i);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTML_TEXT_H_
