#include "ingest/html_meta.h"

#include <array>
#include <nlohmann/json.hpp>

#include "ingest/html_text.h"

namespace sitrep::ingest {

namespace {

using json = nlohmann::json;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return std::string(s);
}

void SetOnce(std::string* field, std::string_view value) {
  if (field->empty()) *field = Trim(value);
}

void ReadMetaTag(const GumboNode* n, PageMeta* m) {
  std::string key = Lower(Attr(n, "property"));
  if (key.empty()) key = Lower(Attr(n, "name"));
  if (key.empty()) key = Lower(Attr(n, "itemprop"));
  std::string_view content = Attr(n, "content");
  if (key.empty() || content.empty()) return;
  if (key == "og:title") SetOnce(&m->og_title, content);
  else if (key == "twitter:title") SetOnce(&m->twitter_title, content);
  else if (key == "og:site_name") SetOnce(&m->og_site_name, content);
  else if (key == "application-name") SetOnce(&m->application_name, content);
  else if (key == "og:url") SetOnce(&m->og_url, content);
  else if (key == "article:published_time" || key == "og:article:published_time" || key == "datepublished" ||
           key == "article:published")
    SetOnce(&m->meta_published, NormalizeDate(content));
  else if (key == "date" || key == "pubdate" || key == "publishdate" || key == "publish-date" ||
           key == "dc.date" || key == "dc.date.issued" || key == "dcterms.date" || key == "sailthru.date" ||
           key == "parsely-pub-date")
    SetOnce(&m->meta_date, NormalizeDate(content));
}

bool IsArticleType(const json& type) {
  auto one = [](const json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    return s.ends_with("Article") || s == "BlogPosting" || s == "LiveBlogPosting" || s == "Report";
  };
  if (type.is_array()) {
    for (const json& t : type) {
      if (one(t)) return true;
    }
    return false;
  }
  return one(type);
}

std::string StringField(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && it->front().is_string()) return it->front().get<std::string>();
  return {};
}

// publisher: "Name", {"name": ...}, [{"name": ...}], or {"@id": ...} naming
// an organization elsewhere in the graph.
std::string PublisherName(const json& pub, const std::vector<std::pair<std::string, std::string>>& names) {
  const json* p = &pub;
  if (p->is_array() && !p->empty()) p = &p->front();
  if (p->is_string()) return p->get<std::string>();
  if (!p->is_object()) return {};
  std::string name = StringField(*p, "name");
  if (!name.empty()) return name;
  std::string id = StringField(*p, "@id");
  for (const auto& [k, v] : names) {
    if (k == id) return v;
  }
  return {};
}

}  // namespace

void ReadJsonLd(std::string_view text, PageMeta* m) {
  // CMSs write raw newlines and tabs inside JSON strings, which JSON forbids;
  // as spaces they are harmless both inside strings and between tokens.
  std::string clean(text);
  for (char& c : clean) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  json doc = json::parse(clean, nullptr, false);
  if (doc.is_discarded()) return;
  std::vector<const json*> objects;
  std::vector<std::pair<std::string, std::string>> names;  // @id -> name
  std::vector<const json*> stack{&doc};
  for (size_t budget = 20000; !stack.empty() && budget > 0; --budget) {
    const json* j = stack.back();
    stack.pop_back();
    if (j->is_array()) {
      for (auto it = j->rbegin(); it != j->rend(); ++it) stack.push_back(&*it);
    } else if (j->is_object()) {
      objects.push_back(j);
      std::string id = StringField(*j, "@id"), name = StringField(*j, "name");
      if (!id.empty() && !name.empty()) names.emplace_back(id, name);
      if (auto g = j->find("@graph"); g != j->end()) stack.push_back(&*g);
    }
  }
  for (const json* o : objects) {
    auto type = o->find("@type");
    if (type == o->end() || !IsArticleType(*type)) continue;
    SetOnce(&m->ld_headline, StringField(*o, "headline"));
    SetOnce(&m->ld_published, NormalizeDate(StringField(*o, "datePublished")));
    SetOnce(&m->ld_url, StringField(*o, "url"));
    SetOnce(&m->ld_body, StringField(*o, "articleBody"));
    if (auto pub = o->find("publisher"); pub != o->end()) SetOnce(&m->ld_publisher, PublisherName(*pub, names));
  }
}

PageMeta CollectMeta(const FlatDom& dom, const std::vector<std::string>& json_ld) {
  PageMeta m;
  for (size_t i = 0; i < dom.size(); ++i) {
    const FlatNode& f = dom[i];
    if (f.tag == GUMBO_TAG_META) {
      ReadMetaTag(f.node, &m);
    } else if (f.tag == GUMBO_TAG_LINK && m.canonical.empty()) {
      std::string rel = Lower(Attr(f.node, "rel"));
      if (rel == "canonical") m.canonical = Trim(Attr(f.node, "href"));
    } else if (f.tag == GUMBO_TAG_TITLE && m.title_tag.empty()) {
      m.title_tag = InlineText(dom, static_cast<int>(i));
    }
  }
  for (const std::string& text : json_ld) ReadJsonLd(text, &m);
  return m;
}

std::string StripSiteSuffix(std::string_view title, std::string_view site) {
  std::string t = Trim(title), s = Lower(Trim(site));
  if (s.empty()) return t;
  static constexpr std::array<std::string_view, 7> kSeparators = {
      " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ", " :: ", " \xE2\x80\xA2 "};
  for (std::string_view sep : kSeparators) {
    size_t at = t.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    if (Lower(Trim(std::string_view(t).substr(at + sep.size()))) == s) return Trim(std::string_view(t).substr(0, at));
  }
  return t;
}

}  // namespace sitrep::ingest
