// PROVISIONAL: text of every element, no metadata. Replaced by the HTML stage.
#include "ingest/html.h"

#include <gumbo.h>

#include <vector>

namespace sitrep::ingest {

std::string HtmlToText(std::string_view html) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string text;
  std::vector<const GumboNode*> stack{out->root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT) {
      text += n->v.text.text;
      text += ' ';
    } else if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag != GUMBO_TAG_SCRIPT &&
               n->v.element.tag != GUMBO_TAG_STYLE) {
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return text;
}

Status ParseHtml(const std::string& name, std::string_view html, const IngestOptions& options,
                 const ArticleSink& sink, const ProblemSink& problems) {
  Article a;
  a.source = name;
  a.format = "html";
  a.body = HtmlToText(html);
  a.published = options.default_published;
  a.outlet = options.default_outlet;
  sink(std::move(a));
  return Status::OK();
}

}  // namespace sitrep::ingest
