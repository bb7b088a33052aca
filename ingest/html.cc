// ParseHtml / HtmlToText: a scan that bounds the page (html_prepass), gumbo,
// a flat copy of its tree (html_dom), furniture marks (html_furniture), the
// choice of article blocks (html_content), metadata (html_meta) and text
// (html_text).
#include "ingest/html.h"

#include "ingest/html_arena.h"
#include "ingest/html_content.h"
#include "ingest/html_dom.h"
#include "ingest/html_furniture.h"
#include "ingest/html_meta.h"
#include "ingest/html_prepass.h"
#include "ingest/html_text.h"

namespace sitrep::ingest {

namespace {

// A news page has some thousands of nodes; this bounds the flat copy (48
// bytes a node) of a page that is all empty tags.
constexpr size_t kMaxNodes = 2u << 20;

const std::string& FirstOf(std::initializer_list<const std::string*> candidates) {
  static const std::string kEmpty;
  for (const std::string* c : candidates) {
    if (!c->empty()) return *c;
  }
  return kEmpty;
}

// Drops lines at the top of the body that repeat the headline.
void DropHeadline(std::string* body, const std::string& title) {
  if (title.empty()) return;
  for (int k = 0; k < 3; ++k) {
    size_t end = body->find('\n');
    if (std::string_view(*body).substr(0, end) != title) return;
    size_t next = end == std::string::npos ? body->size() : body->find_first_not_of('\n', end);
    body->erase(0, next == std::string::npos ? body->size() : next);
  }
}

bool LooksLikeMarkup(const std::string& s) {
  return s.find("<p") != std::string::npos || s.find("<br") != std::string::npos ||
         s.find("</") != std::string::npos;
}

void Truncate(Article* a, size_t max_bytes) {
  if (a->body.size() <= max_bytes) return;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(a->body[cut]) & 0xC0) == 0x80) --cut;
  a->body.resize(cut);
  a->warnings.push_back("article text cut to " + std::to_string(max_bytes) + " bytes");
}

struct Page {
  const FlatDom& dom;
  const PageMeta& meta;
  std::string outlet, published, url, title;
};

Article MakeArticle(const Page& page, const ContentPart& part, bool listing) {
  Article a;
  a.format = "html";
  a.outlet = page.outlet;
  a.url = page.url;
  std::string heading = part.heading >= 0 ? InlineText(page.dom, part.heading) : std::string();
  std::string time = NormalizeDate(TimeIn(page.dom, part.scope));
  if (listing) {
    a.title = heading.empty() ? page.title : heading;
    a.published = time;
  } else {
    const PageMeta& m = page.meta;
    a.title = StripSiteSuffix(FirstOf({&m.og_title, &m.ld_headline, &heading, &page.title}), a.outlet);
    a.published = FirstOf({&m.meta_published, &m.ld_published, &time, &m.meta_date});
  }
  std::string date_line;
  a.body = RenderText(page.dom, part.roots, /*drop_furniture=*/true, &date_line);
  if (a.published.empty()) a.published = NormalizeDate(date_line);
  if (a.published.empty() && listing) a.published = page.published;
  DropHeadline(&a.body, a.title);
  if (!heading.empty() && heading != a.title) DropHeadline(&a.body, heading);
  if (!listing && page.meta.ld_body.size() > a.body.size()) {
    a.body = LooksLikeMarkup(page.meta.ld_body) ? HtmlToText(page.meta.ld_body) : page.meta.ld_body;
  }
  return a;
}

std::vector<ContentPart> MarkAndFind(FlatDom& dom, Furniture level) {
  for (size_t i = 0; i < dom.size(); ++i) dom[i].dropped = false;
  MarkFurniture(dom, level);
  DropTeasers(dom);
  return FindContent(dom);
}

}  // namespace

Status ParseHtml(const std::string& name, std::string_view html, const IngestOptions& options,
                 const ArticleSink& sink, const ProblemSink& problems) {
  if (html.size() > options.max_document_bytes) {
    problems(Status::TooLarge(name + ": HTML page larger than " + std::to_string(options.max_document_bytes) +
                              " bytes; raise max_document_bytes to read it"));
    return Status::OK();
  }
  PreparedHtml prep = PrepareHtml(html);
  GumboTree tree(prep.html);
  FlatDom dom(tree.root(), kMaxNodes);
  std::vector<ContentPart> parts = MarkAndFind(dom, Furniture::kAll);
  // A short page inside a wrapper named like furniture ("has-sidebar") loses
  // all its text to the names; it is read again by structure alone.
  if (parts.empty()) parts = MarkAndFind(dom, Furniture::kStructure);
  PageMeta meta = CollectMeta(dom, prep.json_ld);
  Page page{dom, meta, {}, {}, {}, {}};
  page.outlet = FirstOf({&meta.og_site_name, &meta.ld_publisher, &meta.application_name, &options.default_outlet});
  page.published = FirstOf({&meta.meta_published, &meta.ld_published, &meta.meta_date, &options.default_published});
  page.url = FirstOf({&meta.canonical, &meta.og_url, &meta.ld_url});
  page.title = StripSiteSuffix(FirstOf({&meta.title_tag, &meta.twitter_title}), page.outlet);
  bool listing = parts.size() > 1;
  int emitted = 0;
  for (const ContentPart& part : parts) {
    Article a = MakeArticle(page, part, listing);
    if (a.body.empty()) continue;
    if (a.published.empty()) a.published = options.default_published;
    a.source = name;
    a.part = emitted++;
    if (prep.dropped_tags > 0) {
      a.warnings.push_back(std::to_string(prep.dropped_tags) + " HTML tags nested too deep were ignored");
    }
    Truncate(&a, options.max_article_bytes);
    sink(std::move(a));
  }
  if (emitted == 0 && !meta.ld_body.empty()) {
    ContentPart none;
    Article a = MakeArticle(page, none, false);
    a.source = name;
    if (a.published.empty()) a.published = options.default_published;
    Truncate(&a, options.max_article_bytes);
    if (!a.body.empty()) {
      sink(std::move(a));
      ++emitted;
    }
  }
  if (emitted == 0) problems(Status::NotFound(name + ": HTML page holds no article text"));
  return Status::OK();
}

std::string HtmlToText(std::string_view html_fragment) {
  PreparedHtml prep = PrepareHtml(html_fragment);
  GumboTree tree(prep.html);
  FlatDom dom(tree.root(), kMaxNodes);
  MarkFurniture(dom, Furniture::kNonText);
  return RenderText(dom, {0}, /*drop_furniture=*/true);
}

}  // namespace sitrep::ingest
