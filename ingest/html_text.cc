#include "ingest/html_text.h"

#include "ingest/html_furniture.h"

namespace sitrep::ingest {

namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Code point starting at s[i] (lenient: a stray byte stands for itself).
char32_t DecodeAt(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) return c;
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  char32_t cp = c & (0x3F >> n);
  for (int k = 1; k <= n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
  return cp;
}

// Code point that ends s.
char32_t DecodeLast(std::string_view s) {
  size_t i = s.size() - 1;
  for (int k = 0; k < 3 && i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; ++k) --i;
  return DecodeAt(s, i);
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  return true;
}

// Whether two pieces of text that meet at an inline element's edge need a
// space: "<a>Kyiv</a>said" does, "<a>Kyiv</a>," does not.
bool NeedsSpace(char32_t prev, char32_t next) {
  bool pw = IsWordChar(prev), nw = IsWordChar(next);
  if (pw && nw) return true;
  bool p_closer = prev == ',' || prev == ';' || prev == ':' || prev == '!' || prev == '?' || prev == ')' ||
                  prev == U'\u201D';
  bool n_opener = next == '(' || next == U'\u201C';
  return (p_closer && nw) || (pw && n_opener);
}

bool IsBlock(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR: case GUMBO_TAG_HTML: case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_LEGEND: case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

bool IsList(GumboTag t) { return t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DL || t == GUMBO_TAG_MENU; }

bool IsLine(GumboTag t) {
  return t == GUMBO_TAG_LI || t == GUMBO_TAG_DT || t == GUMBO_TAG_DD || t == GUMBO_TAG_TR;
}

// What an element's start and end do to the text.
class Walker {
 public:
  explicit Walker(TextBuilder* b) : b_(b) {}
  void Edge(const FlatNode& f, bool open) {
    GumboTag t = f.tag;
    if (f.node->type == GUMBO_NODE_DOCUMENT) return;
    if (t == GUMBO_TAG_BR) {
      if (open) b_->Br();
    } else if (IsList(t)) {
      b_->BlockBreak();
      lists_ += open ? 1 : -1;
    } else if (IsLine(t)) {
      b_->LineBreak();
    } else if (IsBlock(t)) {
      if (lists_ > 0) b_->LineBreak();
      else b_->BlockBreak();
    } else if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) {
      b_->Space();
    } else if (t != GUMBO_TAG_SUP && t != GUMBO_TAG_SUB && t != GUMBO_TAG_WBR) {
      b_->Boundary();
    }
  }

 private:
  TextBuilder* b_;
  int lists_ = 0;
};

}  // namespace

void TextBuilder::Text(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    bool nbsp = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
    if (IsSpace(c) || nbsp) {
      space_ = !line_.empty();
      i += nbsp;
      continue;
    }
    if (space_) {
      line_ += ' ';
    } else if (boundary_ && !line_.empty() && line_.size() > 1 && NeedsSpace(DecodeLast(line_), DecodeAt(s, i))) {
      line_ += ' ';  // line_.size() > 1 spares drop caps: "<span>T</span>he"
    }
    space_ = boundary_ = after_br_ = false;
    line_ += static_cast<char>(c);
  }
}

void TextBuilder::Br() {
  if (line_.empty() && after_br_) {
    BlockBreak();
    return;
  }
  LineBreak();
  after_br_ = true;
}

void TextBuilder::LineBreak() {
  space_ = boundary_ = false;
  if (line_.empty()) return;
  bool date = drop_furniture_ && IsDateLine(line_);
  if (date && date_line_.empty()) date_line_ = line_;
  if (!date && !(drop_furniture_ && IsFurnitureLine(line_))) {
    if (!block_.empty()) block_ += '\n';
    block_ += line_;
  }
  line_.clear();
}

void TextBuilder::BlockBreak() {
  LineBreak();
  after_br_ = false;
  if (block_.empty()) return;
  if (!out_.empty()) out_ += "\n\n";
  out_ += block_;
  block_.clear();
}

std::string TextBuilder::Finish() {
  BlockBreak();
  return std::move(out_);
}

std::string RenderText(const FlatDom& dom, const std::vector<int>& roots, bool drop_furniture,
                       std::string* date_line) {
  TextBuilder b(drop_furniture);
  Walker w(&b);
  std::vector<int> open;
  for (int root : roots) {
    for (int j = root; j < dom[root].end;) {
      while (!open.empty() && dom[open.back()].end <= j) {
        w.Edge(dom[open.back()], false);
        open.pop_back();
      }
      const FlatNode& f = dom[j];
      if (f.dropped) {
        b.Boundary();
        j = f.end;
        continue;
      }
      if (f.is_text) {
        b.Text(NodeText(f.node));
      } else {
        w.Edge(f, true);
        open.push_back(j);
      }
      ++j;
    }
    while (!open.empty()) {
      w.Edge(dom[open.back()], false);
      open.pop_back();
    }
    b.BlockBreak();
  }
  std::string text = b.Finish();
  if (date_line) *date_line = b.date_line();
  return text;
}

std::string InlineText(const FlatDom& dom, int i) {
  std::string s = RenderText(dom, {i}, false);
  std::string out;
  for (char c : s) {
    if (c != '\n') out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  return out;
}

}  // namespace sitrep::ingest
