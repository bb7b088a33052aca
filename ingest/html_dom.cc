#include "ingest/html_dom.h"

#include <cstring>

namespace sitrep::ingest {

namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Bytes of `s` without its leading and trailing whitespace.
uint32_t TrimmedSize(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return static_cast<uint32_t>(e - b);
}

const GumboVector* Children(const GumboNode* n) {
  if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  return nullptr;
}

}  // namespace

FlatDom::FlatDom(const GumboNode* root, size_t max_nodes) {
  std::vector<std::pair<const GumboNode*, int>> stack{{root, -1}};
  while (!stack.empty() && nodes_.size() < max_nodes) {
    auto [n, parent] = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_COMMENT) continue;
    FlatNode f;
    f.node = n;
    f.parent = parent;
    f.end = static_cast<int>(nodes_.size()) + 1;
    f.is_text = n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA;
    if (n->type == GUMBO_NODE_ELEMENT) f.tag = n->v.element.tag;
    if (n->type == GUMBO_NODE_TEMPLATE) f.tag = GUMBO_TAG_TEMPLATE;
    int self = static_cast<int>(nodes_.size());
    nodes_.push_back(f);
    if (const GumboVector* kids = Children(n)) {
      for (unsigned i = kids->length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(kids->data[i]), self});
    }
  }
  for (size_t i = nodes_.size(); i-- > 1;) {
    FlatNode& p = nodes_[nodes_[i].parent];
    if (nodes_[i].end > p.end) p.end = nodes_[i].end;
  }
}

void FlatDom::CountText() {
  enum : uint8_t { kHidden = 1, kLink = 2, kPara = 4 };
  std::vector<uint8_t> ctx(nodes_.size());
  for (size_t i = 0; i < nodes_.size(); ++i) {
    FlatNode& f = nodes_[i];
    uint8_t c = f.parent >= 0 ? ctx[f.parent] : 0;
    if (f.dropped) c |= kHidden;
    if (f.tag == GUMBO_TAG_A) c |= kLink;
    if (IsParagraphLike(f.tag)) c |= kPara;
    ctx[i] = c;
    f.text = f.link_text = f.para_text = f.paragraphs = 0;
    if (f.is_text && !(c & kHidden)) {
      f.text = TrimmedSize(NodeText(f.node));
      if (c & kLink) f.link_text = f.text;
      if (c & kPara) f.para_text = f.text;
    }
  }
  for (size_t i = nodes_.size(); i-- > 0;) {
    FlatNode& f = nodes_[i];
    if (IsParagraphLike(f.tag) && f.text > 0) ++f.paragraphs;
    if (i == 0 || (ctx[i] & kHidden)) continue;
    FlatNode& p = nodes_[f.parent];
    p.text += f.text;
    p.link_text += f.link_text;
    p.para_text += f.para_text;
    p.paragraphs += f.paragraphs;
  }
}

std::string_view Attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a && a->value ? std::string_view(a->value) : std::string_view();
}

std::string_view NodeText(const GumboNode* n) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
    return n->v.text.text ? std::string_view(n->v.text.text) : std::string_view();
  }
  return {};
}

bool IsHeading(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }

bool IsParagraphLike(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
      return true;
    default:
      return false;
  }
}

}  // namespace sitrep::ingest
