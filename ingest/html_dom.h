// Internal to ingest/: a gumbo tree flattened into pre-order, so that every
// later pass (furniture marking, scoring, rendering) is a loop over an array
// and nothing recurses on the page's nesting.
#ifndef SITREP_INGEST_HTML_DOM_H_
#define SITREP_INGEST_HTML_DOM_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::ingest {

struct FlatNode {
  const GumboNode* node = nullptr;
  int parent = -1;         // index of the parent, -1 for the root
  int end = 0;             // one past the last descendant: the subtree is [i, end)
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // GUMBO_TAG_UNKNOWN for text nodes too
  bool is_text = false;
  bool dropped = false;    // furniture: this subtree is not article text
  uint32_t text = 0;       // bytes of text in the subtree, dropped parts excluded
  uint32_t link_text = 0;  // of which inside <a>
  uint32_t para_text = 0;  // of which inside paragraph-like blocks (p, li, blockquote, h2-h6, pre)
  uint32_t paragraphs = 0; // paragraph-like blocks with some text
};

class FlatDom {
 public:
  // Flattens the subtree at `root`; stops adding nodes past `max_nodes`.
  FlatDom(const GumboNode* root, size_t max_nodes);

  size_t size() const { return nodes_.size(); }
  const FlatNode& operator[](size_t i) const { return nodes_[i]; }
  FlatNode& operator[](size_t i) { return nodes_[i]; }

  // Fills text, link_text, para_text and paragraphs bottom-up, skipping
  // dropped subtrees. Call after marking furniture.
  void CountText();

  // True when `a` is `d` or one of its ancestors.
  bool Contains(int a, int d) const { return a <= d && d < nodes_[a].end; }

 private:
  std::vector<FlatNode> nodes_;
};

// Attribute value, or "" when absent.
std::string_view Attr(const GumboNode* n, const char* name);
// Text node contents ("" for elements).
std::string_view NodeText(const GumboNode* n);

bool IsHeading(GumboTag t);
// Elements whose text stands as a paragraph of its own.
bool IsParagraphLike(GumboTag t);

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTML_DOM_H_
