#include "ingest/html_furniture.h"

#include <array>
#include <string>

#include "ingest/html_meta.h"

namespace sitrep::ingest {

namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool Has(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

// Lowercased line with bullets, arrows, ellipses and trailing colons trimmed.
std::string NormalizeLine(std::string_view line) {
  std::string s;
  s.reserve(line.size());
  for (char c : line) s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  static constexpr std::array<std::string_view, 12> kTrim = {
      " ", ":", ".", ">", "|", "-", "\xC2\xBB", "\xE2\x80\xBA", "\xE2\x86\x92", "\xE2\x80\xA6", "\xE2\x80\xA2",
      "\xC2\xAB"};
  for (bool again = true; again && !s.empty();) {
    again = false;
    for (std::string_view t : kTrim) {
      if (s.size() >= t.size() && std::string_view(s).substr(s.size() - t.size()) == t) {
        s.resize(s.size() - t.size());
        again = true;
      }
      if (StartsWith(s, t)) {
        s.erase(0, t.size());
        again = true;
      }
    }
  }
  return s;
}

constexpr std::array<std::string_view, 52> kFurnitureLines = {
    "continue reading", "read more", "read full story", "read the full story", "most viewed", "most read",
    "most popular", "most shared", "related sources", "related", "related articles", "related stories",
    "related news", "related content", "recommended", "recommended stories", "you may also like",
    "you might also like", "more stories", "more from this section", "share", "share this", "share this article",
    "share this story", "share this post", "connect with us", "you cannot copy content of this page",
    "advertisement", "advertising", "sponsored", "sponsored content", "scroll to continue",
    "story continues below advertisement", "skip to content", "skip to main content", "trending", "tags",
    "comments", "leave a comment", "show comments", "facebook", "twitter", "telegram", "whatsapp", "linkedin",
    "email", "print", "copy link", "reddit", "loading", "back to top", "listen to this article"};

constexpr std::array<std::string_view, 13> kFurniturePrefixes = {
    "continue reading", "read more", "read also", "also read", "see also", "related:", "more:", "share on ",
    "follow us", "subscribe to", "sign up for", "download our app", "click here to"};

// Feeds: WordPress ends every item with "The post X appeared first on Y."
bool IsFeedFooter(std::string_view s) {
  return s.size() <= 400 && StartsWith(s, "the post ") && Has(s, " appeared first on ");
}

// "Published on 4 March 2024 By ...", "Updated: 10:42", "By Olena Kovalenko".
bool IsByline(std::string_view s) {
  if (s.size() > 120) return false;
  for (std::string_view w : {"last updated", "published", "posted", "updated"}) {
    if (!StartsWith(s, w)) continue;
    std::string_view rest = s.substr(w.size());
    if (StartsWith(rest, " on ") || StartsWith(rest, ":") || StartsWith(rest, " at ") || StartsWith(rest, " -") ||
        StartsWith(rest, " |") || StartsWith(rest, " by ")) {
      return true;
    }
    return rest.size() > 1 && rest[0] == ' ' && rest[1] >= '0' && rest[1] <= '9';
  }
  return StartsWith(s, "by ") && s.size() <= 50 && s.back() != '.';
}

bool IsCopyright(std::string_view s) {
  if (Has(s, "all rights reserved")) return s.size() <= 250;
  if (StartsWith(s, "\xC2\xA9") || StartsWith(s, "copyright") || StartsWith(s, "(c) ")) return s.size() <= 250;
  return Has(s, "\xC2\xA9") && s.size() <= 120;
}

bool IsCookieNotice(std::string_view s) {
  if (!Has(s, "cookie") || s.size() > 400) return false;
  return Has(s, "we use") || Has(s, "uses cookies") || Has(s, "accept") || Has(s, "consent") ||
         Has(s, "privacy") || Has(s, "cookie settings") || Has(s, "cookie policy");
}

}  // namespace

bool IsFurnitureLine(std::string_view line) {
  if (line.size() > 400) return false;
  std::string s = NormalizeLine(line);
  if (s.empty()) return false;
  for (std::string_view f : kFurnitureLines) {
    if (s == f) return true;
  }
  if (s.size() <= 200) {
    for (std::string_view p : kFurniturePrefixes) {
      if (StartsWith(s, p)) return true;
    }
  }
  return IsByline(s) || IsCopyright(s) || IsCookieNotice(s) || IsFeedFooter(s);
}

bool IsDateLine(std::string_view line) {
  if (line.size() > 40 || NormalizeDate(line).empty()) return false;
  static constexpr std::array<std::string_view, 10> kAllowed = {"at", "am", "pm", "gmt", "utc", "eet", "cet",
                                                                "msk", "kyiv", "time"};
  static constexpr std::array<std::string_view, 19> kNames = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
      "mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  std::string word;
  auto ok = [&] {
    if (word.empty()) return true;
    for (std::string_view a : kAllowed) if (word == a) return true;
    for (std::string_view n : kNames) if (word.starts_with(n)) return true;
    return false;
  };
  for (char c : line) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      word += static_cast<char>(c | 0x20);
      continue;
    }
    if (!ok()) return false;
    word.clear();
  }
  return ok();
}

bool IsFurnitureName(std::string_view names) {
  if (names.find_first_not_of(' ') == std::string_view::npos) return false;
  std::string compact;
  std::string word;
  compact.reserve(names.size());
  // Substrings distinctive enough to match inside compound names
  // ("article-share-bar", "relatedStories"); short ones must be whole words.
  static constexpr std::array<std::string_view, 35> kParts = {
      "share", "social", "related", "recommend", "cookie", "consent", "newsletter", "subscri", "byline",
      "author", "comment", "promo", "advert", "breadcrumb", "navbar", "navigation", "sidebar", "widget",
      "popup", "modal", "paywall", "popular", "mostviewed", "mostread", "footer", "sponsor", "outbrain",
      "taboola", "disqus", "signup", "menu", "adsbygoogle", "adunit", "contentinfo", "complementary"};
  static constexpr std::array<std::string_view, 8> kWords = {"ad", "ads", "nav", "tags", "tag",
                                                              "adslot", "banner", "toolbar"};
  bool hit = false;
  auto end_word = [&] {
    for (std::string_view w : kWords) hit |= word == w;
    hit |= word.size() > 3 && word.ends_with("nav");  // subnav, topnav
    word.clear();
  };
  for (char c : names) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      compact += c;
      word += c;
    } else {
      end_word();
    }
  }
  end_word();
  if (hit) return true;
  if (Has(compact, "commentary")) return false;
  for (std::string_view p : kParts) {
    if (Has(compact, p)) return true;
  }
  return false;
}

}  // namespace sitrep::ingest

namespace sitrep::ingest {

namespace {

bool AlwaysDropped(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DATALIST: case GUMBO_TAG_MAP:
      return true;
    default:
      return false;
  }
}

bool StructuralFurniture(GumboTag t, bool in_article) {
  switch (t) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_MENU:
      return true;
    case GUMBO_TAG_HEADER:
      return !in_article;
    default:
      return false;
  }
}

bool Hidden(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT) return false;
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden")) return true;
  std::string_view style = Attr(n, "style");
  if (style.empty()) return false;
  std::string compact;
  for (char c : style) {
    if (c != ' ') compact += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return compact.find("display:none") != std::string::npos;
}

bool HoldsArticle(const FlatNode& f) {
  if (f.tag == GUMBO_TAG_ARTICLE || f.tag == GUMBO_TAG_MAIN) return true;
  if (f.tag == GUMBO_TAG_UNKNOWN) return false;
  return Attr(f.node, "role") == "main" || Attr(f.node, "itemprop") == "articleBody";
}

// class, id, role and a short aria-label, space-separated; "" when none.
std::string Names(const GumboNode* n) {
  std::string_view cls = Attr(n, "class"), id = Attr(n, "id"), role = Attr(n, "role");
  std::string_view aria = Attr(n, "aria-label");
  if (aria.size() >= 40) aria = {};
  if (cls.empty() && id.empty() && role.empty() && aria.empty()) return {};
  std::string s;
  s.reserve(cls.size() + id.size() + role.size() + aria.size() + 3);
  for (std::string_view part : {cls, id, role, aria}) {
    s += part;
    s += ' ';
  }
  return s;
}

// Elements that hold the article: ancestors of semantic article containers,
// and elements holding at least half of the page's paragraph text.
std::vector<bool> Protected(const FlatDom& dom) {
  std::vector<bool> keep(dom.size());
  uint32_t total = dom[0].para_text;
  for (size_t i = 0; i < dom.size(); ++i) {
    const FlatNode& f = dom[i];
    if (f.is_text) continue;
    if (total >= 400 && f.para_text * 2 >= total) keep[i] = true;
    if (!HoldsArticle(f)) continue;
    // An <article> itself may still be a comment or a teaser; its ancestors stay.
    int from = f.tag == GUMBO_TAG_ARTICLE ? f.parent : static_cast<int>(i);
    for (int a = from; a >= 0 && !keep[a]; a = dom[a].parent) keep[a] = true;
  }
  keep[0] = true;
  return keep;
}

// Article classes carry CMS taxonomy ("tag-ukraine", "category-news"), so
// only a few names mark an <article> as a comment or a teaser.
bool IsFurnitureArticle(std::string_view cls) {
  std::string lower;
  for (char c : cls) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  for (std::string_view w : {"comment", "related", "teaser", "promo", "recommend", "sponsor"}) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

void MarkFurniture(FlatDom& dom, Furniture level) {
  for (size_t i = 0; i < dom.size(); ++i) {
    FlatNode& f = dom[i];
    if (!f.is_text && (AlwaysDropped(f.tag) || Hidden(f.node))) f.dropped = true;
  }
  dom.CountText();
  if (level == Furniture::kNonText) return;
  bool by_name = level == Furniture::kAll;
  std::vector<bool> keep = Protected(dom);
  std::vector<bool> in_article(dom.size());
  for (size_t i = 1; i < dom.size(); ++i) {
    FlatNode& f = dom[i];
    in_article[i] = in_article[f.parent] || f.tag == GUMBO_TAG_ARTICLE;
    if (f.is_text || f.dropped || keep[i]) continue;
    if (f.tag == GUMBO_TAG_BODY || f.tag == GUMBO_TAG_HTML || f.tag == GUMBO_TAG_MAIN) continue;
    if (f.tag == GUMBO_TAG_ARTICLE) {
      f.dropped = by_name && IsFurnitureArticle(Attr(f.node, "class"));
      continue;
    }
    if (StructuralFurniture(f.tag, in_article[f.parent]) || (by_name && IsFurnitureName(Names(f.node)))) {
      f.dropped = true;
    }
  }
  dom.CountText();
}

}  // namespace sitrep::ingest
