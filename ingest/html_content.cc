#include "ingest/html_content.h"

#include <algorithm>
#include <string>

#include "ingest/html_text.h"

namespace sitrep::ingest {

namespace {

// Below this much text outside links, an <article> or a story block is a
// teaser (a headline and a one-line summary in a "related" rail).
constexpr uint32_t kTeaserChars = 200;

uint32_t Plain(const FlatNode& f) { return f.text - f.link_text; }

bool IsFullArticle(const FlatNode& f) { return Plain(f) >= kTeaserChars; }

bool IsTitleHeading(GumboTag t) { return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3; }

std::vector<int> Children(const FlatDom& dom, int i) {
  std::vector<int> kids;
  for (int j = i + 1; j < dom[i].end; j = dom[j].end) kids.push_back(j);
  return kids;
}

int FirstWith(const FlatDom& dom, int scope, bool (*pred)(const FlatNode&)) {
  if (scope < 0) return -1;
  for (int j = scope; j < dom[scope].end; ++j) {
    if (pred(dom[j])) return j;
  }
  return -1;
}

// A <time>, or an element a CMS names for a story's date or byline.
bool IsDateMark(const FlatNode& f) {
  if (f.tag == GUMBO_TAG_TIME) return true;
  if (f.is_text) return false;
  if (Attr(f.node, "itemprop") == "datePublished") return true;
  std::string_view cls = Attr(f.node, "class");
  for (std::string_view w : {"date", "byline", "published", "timestamp", "posted-on"}) {
    if (cls.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// Per node: its first h1-h3 and whether it holds a <time>, computed bottom-up
// once so that looking at every block of the page stays linear.
struct Index {
  explicit Index(const FlatDom& dom) : heading(dom.size(), -1), timed(dom.size(), 0) {
    for (size_t i = dom.size(); i-- > 1;) {
      if (IsTitleHeading(dom[i].tag)) heading[i] = static_cast<int>(i);
      if (IsDateMark(dom[i])) timed[i] = 1;
      int p = dom[i].parent;
      if (heading[i] >= 0 && (heading[p] < 0 || heading[i] < heading[p])) heading[p] = heading[i];
      timed[p] |= timed[i];
    }
  }
  std::vector<int> heading;
  std::vector<uint8_t> timed;
};

// A heading that links away, as story titles on a front page do (anchors
// within the page, as section headings carry, do not count).
bool HeadingLinks(const FlatDom& dom, int h) {
  auto away = [&](int a) { return dom[a].tag == GUMBO_TAG_A && !Attr(dom[a].node, "href").starts_with("#"); };
  if (dom[h].parent >= 0 && away(dom[h].parent)) return true;
  for (int j = h + 1; j < dom[h].end; ++j) {
    if (away(j)) return true;
  }
  return false;
}

// A block of a listing page: its own heading, full text, and a sign that it
// is a story rather than a section of one: its own <time> or a linked title.
bool IsStoryBlock(const FlatDom& dom, const Index& idx, int c) {
  const FlatNode& f = dom[c];
  if (f.is_text || f.dropped || idx.heading[c] < 0) return false;
  int h = idx.heading[c];
  if (Plain(f) < kTeaserChars + dom[h].text || f.paragraphs < 2) return false;
  return idx.timed[c] || HeadingLinks(dom, h);
}

// The largest set of sibling story blocks in `container`, if they hold at
// least half of its text.
std::vector<int> StoryBlocks(const FlatDom& dom, const Index& idx, int container) {
  std::vector<int> best;
  for (int i = container; i < dom[container].end;) {
    if (dom[i].dropped) {
      i = dom[i].end;
      continue;
    }
    if (!dom[i].is_text && dom[i].end - i > 2) {
      std::vector<int> stories;
      for (int c : Children(dom, i)) {
        if (IsStoryBlock(dom, idx, c)) stories.push_back(c);
      }
      if (stories.size() > best.size()) best = std::move(stories);
    }
    ++i;
  }
  uint32_t sum = 0;
  for (int s : best) sum += Plain(dom[s]);
  if (best.size() < 2 || sum * 2 < Plain(dom[container])) return {};
  return best;
}

bool IsInline(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_FONT: case GUMBO_TAG_SPAN: case GUMBO_TAG_SMALL: case GUMBO_TAG_U: case GUMBO_TAG_SUP:
    case GUMBO_TAG_SUB: case GUMBO_TAG_MARK: case GUMBO_TAG_ABBR: case GUMBO_TAG_CITE: case GUMBO_TAG_Q:
    case GUMBO_TAG_TIME: case GUMBO_TAG_LABEL: case GUMBO_TAG_CODE: case GUMBO_TAG_BIG: case GUMBO_TAG_TT:
    case GUMBO_TAG_NOBR: case GUMBO_TAG_S: case GUMBO_TAG_STRIKE: case GUMBO_TAG_UNKNOWN:
      return true;
    default:
      return false;
  }
}

// The nearest ancestor of node i that is not an inline element.
int BlockAncestor(const FlatDom& dom, int i) {
  int a = dom[i].parent;
  while (a >= 0 && IsInline(dom[a].tag) && dom[a].node->type == GUMBO_NODE_ELEMENT) a = dom[a].parent;
  return a;
}

double LinkDensity(const FlatNode& f) { return f.text ? static_cast<double>(f.link_text) / f.text : 0.0; }

// Readability-style: each paragraph scores its parent fully and its
// grandparent by half; the best-scoring block, discounted by link density,
// is the article, with its siblings that score well or are long paragraphs.
std::vector<int> BestBlock(const FlatDom& dom, int container) {
  std::vector<double> score(dom.size(), 0.0);
  for (int j = container; j < dom[container].end;) {
    const FlatNode& f = dom[j];
    if (f.dropped || f.tag == GUMBO_TAG_A) {
      j = f.end;
      continue;
    }
    bool unit = f.tag == GUMBO_TAG_P || f.tag == GUMBO_TAG_PRE || f.tag == GUMBO_TAG_BLOCKQUOTE;
    // Text straight inside a block (old table layouts, <br>-separated divs)
    // counts as a paragraph of that block.
    int parent = unit ? f.parent : f.is_text ? BlockAncestor(dom, j) : -1;
    uint32_t len = unit ? Plain(f) : f.is_text ? f.text : 0;
    if (len >= 25 && parent >= 0) {
      double s = 1.0 + std::min(len / 100.0, 3.0);
      score[parent] += s;
      if (dom[parent].parent >= 0) score[dom[parent].parent] += s / 2;
    }
    j = unit ? f.end : j + 1;
  }
  int best = -1;
  double best_score = 0;
  for (int j = container; j < dom[container].end; ++j) {
    double s = score[j] * (1.0 - LinkDensity(dom[j]));
    if (s > best_score) best = j, best_score = s;
  }
  if (best < 0) return {container};
  if (best == container || dom[best].parent < 0) return {best};
  std::vector<int> roots;
  double threshold = std::max(10.0, best_score * 0.2);
  for (int c : Children(dom, dom[best].parent)) {
    const FlatNode& f = dom[c];
    bool keep = c == best || score[c] * (1.0 - LinkDensity(f)) >= threshold ||
                (f.tag == GUMBO_TAG_P && Plain(f) >= 80 && LinkDensity(f) < 0.25);
    if (keep && !f.dropped) roots.push_back(c);
  }
  return roots;
}

uint32_t PlainSum(const FlatDom& dom, const std::vector<int>& roots) {
  uint32_t n = 0;
  for (int r : roots) n += Plain(dom[r]);
  return n;
}

bool IsArticle(const FlatNode& f) { return f.tag == GUMBO_TAG_ARTICLE; }
bool IsBody(const FlatNode& f) { return f.tag == GUMBO_TAG_BODY; }
bool IsH1(const FlatNode& f) { return f.tag == GUMBO_TAG_H1; }
bool IsArticleBody(const FlatNode& f) { return !f.is_text && !f.dropped && Attr(f.node, "itemprop") == "articleBody"; }
bool IsMain(const FlatNode& f) {
  return !f.dropped && (f.tag == GUMBO_TAG_MAIN || (!f.is_text && Attr(f.node, "role") == "main"));
}

ContentPart Single(const FlatDom& dom, std::vector<int> roots) {
  ContentPart part;
  int scope = roots.front();
  for (int a = scope; a >= 0; a = dom[a].parent) {
    if (IsArticle(dom[a])) {
      scope = a;
      break;
    }
  }
  if (!IsArticle(dom[scope]) && dom[scope].parent >= 0 && !IsBody(dom[scope])) scope = dom[scope].parent;
  part.scope = scope;
  part.heading = FirstWith(dom, scope, IsH1);
  part.roots = std::move(roots);
  return part;
}

std::vector<ContentPart> Listing(const FlatDom& dom, const Index& idx, const std::vector<int>& blocks) {
  std::vector<ContentPart> parts;
  for (int b : blocks) parts.push_back({{b}, b, idx.heading[b]});
  return parts;
}

}  // namespace

void DropTeasers(FlatDom& dom) {
  std::vector<int> articles;
  for (int i = 0; i < static_cast<int>(dom.size()); ++i) {
    if (IsArticle(dom[i]) && !dom[i].dropped && dom[i].text > 0) articles.push_back(i);
  }
  if (articles.size() < 2) return;
  bool changed = false;
  for (int a : articles) {
    if (IsFullArticle(dom[a])) continue;
    dom[a].dropped = true;
    changed = true;
  }
  if (changed) dom.CountText();
}

std::vector<ContentPart> FindContent(const FlatDom& dom) {
  Index idx(dom);
  std::vector<int> articles;
  for (int i = 0; i < static_cast<int>(dom.size()); ++i) {
    if (!IsArticle(dom[i]) || (!articles.empty() && dom.Contains(articles.back(), i))) continue;
    if (IsFullArticle(dom[i])) articles.push_back(i);
  }
  if (articles.size() >= 2) return Listing(dom, idx, articles);
  int body = std::max(FirstWith(dom, 0, IsBody), 0);
  std::vector<int> best = BestBlock(dom, body);
  if (PlainSum(dom, best) == 0) return {};
  int semantic = articles.empty() ? FirstWith(dom, body, IsArticleBody) : articles.front();
  if (semantic < 0) {
    int main = FirstWith(dom, body, IsMain);
    std::vector<int> stories = StoryBlocks(dom, idx, main >= 0 ? main : body);
    if (!stories.empty()) return Listing(dom, idx, stories);
    semantic = main;
  }
  // A semantic container that misses most of the text (an empty <main>
  // beside the real story) loses to the scored block.
  if (semantic >= 0 && Plain(dom[semantic]) * 4 >= PlainSum(dom, best)) return {Single(dom, {semantic})};
  return {Single(dom, std::move(best))};
}

std::string TimeIn(const FlatDom& dom, int scope) {
  if (scope < 0) return {};
  int mark = -1;
  for (int j = scope; j < dom[scope].end; ++j) {
    if (dom[j].tag == GUMBO_TAG_TIME) {
      std::string_view dt = Attr(dom[j].node, "datetime");
      return dt.empty() ? InlineText(dom, j) : std::string(dt);
    }
    if (mark < 0 && IsDateMark(dom[j])) mark = j;
  }
  if (mark < 0) return {};
  std::string_view content = Attr(dom[mark].node, "content");
  return content.empty() ? InlineText(dom, mark) : std::string(content);
}

}  // namespace sitrep::ingest
