// Site furniture: the lines a news site puts around every article (sharing
// buttons, newsletter boxes, related links, copyright). The lists are
// generic, gathered from common site templates, not from one site; a line
// is only ever matched whole (or by its opening words), and only when short.
#include <array>
#include <string_view>
#include <unordered_set>

#include "ingest/text_lines.h"

namespace sitrep::ingest {

namespace {

// Whole lines, after NormalizeForMatch.
constexpr std::array<std::string_view, 68> kLines = {
    "advertisement", "advertisements", "sponsored", "sponsored content", "ad", "story continues below",
    "article continues below", "continue reading", "read more", "read the full story", "read full article",
    "keep reading", "show more", "load more", "see more", "share", "share this", "share this article",
    "share this story", "share this post", "share on facebook", "share on twitter", "share on x",
    "share on linkedin", "share via email", "click to share", "copy link", "link copied", "tweet", "email",
    "print", "whatsapp", "telegram", "facebook", "twitter", "linkedin", "subscribe", "subscribe now",
    "sign up", "sign in", "log in", "login", "register", "menu", "search", "home", "skip to content",
    "skip to main content", "back to top", "scroll to top", "close", "loading", "connect with us",
    "follow us", "listen to this article", "leave a comment", "view comments", "show comments",
    "no comments", "trending", "trending now", "breaking news", "latest news", "latest", "newsletter",
    "get the app", "cookie settings", "accept all cookies"};

// Opening words of a furniture line.
constexpr std::array<std::string_view, 22> kPrefixes = {
    "follow us on",         "sign up for",          "subscribe to our",   "subscribe to the",
    "join our",             "get our newsletter",   "get the latest",     "download our app",
    "download the app",     "you cannot copy",      "copyright ©",        "copyright (c)",
    "©",                    "(c) 20",               "we use cookies",     "this website uses cookies",
    "by continuing to use", "click here to",        "share this article", "support our journalism",
    "please enable javascript", "all rights reserved"};

// Lines that open the furniture at the end of a page.
constexpr std::array<std::string_view, 33> kTails = {
    "related",         "related sources",   "related articles",  "related posts",     "related stories",
    "related news",    "related content",   "related topics",    "read also",         "see also",
    "also read",       "you may also like", "you might also like", "more from",       "more stories",
    "more news",       "most viewed",       "most read",         "most popular",      "popular posts",
    "recommended",     "recommended for you", "trending stories", "latest posts",     "recent posts",
    "comments",        "leave a reply",     "about the author",  "tags",              "topics",
    "filed under",     "sources",           "what to read next"};

constexpr std::array<std::string_view, 3> kTailPrefixes = {"tags:", "filed under", "topics:"};

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

FurnitureKind ClassifyFurniture(std::string_view line) {
  if (line.size() > 120) return FurnitureKind::kNone;
  static const std::unordered_set<std::string_view> lines(kLines.begin(), kLines.end());
  static const std::unordered_set<std::string_view> tails(kTails.begin(), kTails.end());
  std::string norm = NormalizeForMatch(line);
  if (tails.count(norm)) return FurnitureKind::kTail;
  for (auto p : kTailPrefixes)
    if (StartsWith(norm, p)) return FurnitureKind::kTail;
  if (lines.count(norm)) return FurnitureKind::kLine;
  for (auto p : kPrefixes)
    if (StartsWith(norm, p)) return FurnitureKind::kLine;
  if (norm.size() < 80 && norm.find("all rights reserved") != std::string::npos) return FurnitureKind::kLine;
  return FurnitureKind::kNone;
}

}  // namespace sitrep::ingest
