// RSS 2.0, RSS 1.0 (RDF) and Atom through expat, fed chunk by chunk: each
// item is handed on at its end tag, so a feed cut short keeps what came
// before the cut.
#include <expat.h>

#include <array>
#include <string>
#include <vector>

#include "ingest/dates.h"
#include "ingest/feed_item.h"
#include "ingest/formats.h"

namespace sitrep::ingest {

namespace {

constexpr std::string_view kRss1 = "http://purl.org/rss/1.0/";
constexpr std::string_view kRss2 = "http://backend.userland.com/rss2";  // rarely declared
constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kAtom = "http://www.w3.org/2005/Atom";
constexpr std::string_view kAtom03 = "http://purl.org/atom/ns#";
constexpr std::string_view kDc = "http://purl.org/dc/elements/1.1/";
constexpr std::string_view kContent = "http://purl.org/rss/1.0/modules/content/";
constexpr size_t kMaxDepth = 256;
constexpr size_t kChunk = 64 << 10;

struct Name {
  std::string_view ns, local;
  bool Is(std::string_view n, std::string_view l) const { return ns == n && local == l; }
  bool IsRss(std::string_view l) const { return (ns.empty() || ns == kRss1 || ns == kRss2) && local == l; }
  bool IsAtom(std::string_view l) const { return (ns == kAtom || ns == kAtom03) && local == l; }
};

// expat joins namespace and local name with ' ' (XML_ParserCreateNS below).
Name Split(const XML_Char* raw) {
  std::string_view s(raw);
  size_t sp = s.rfind(' ');
  if (sp == std::string_view::npos) return {{}, s};
  return {s.substr(0, sp), s.substr(sp + 1)};
}

std::string_view Attr(const XML_Char** attrs, std::string_view name) {
  for (size_t i = 0; attrs[i]; i += 2)
    if (Split(attrs[i]).local == name) return attrs[i + 1];
  return {};
}

class FeedParser {
 public:
  explicit FeedParser(Input& input) : input_(input), item_(input.options().max_article_bytes) {
    parser_ = XML_ParserCreateNS(nullptr, ' ');
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, &FeedParser::OnStart, &FeedParser::OnEnd);
    XML_SetCharacterDataHandler(parser_, &FeedParser::OnText);
    // HTML entities (&nbsp; &mdash;) are common in feeds that declare no
    // DTD. Acting as if there were an unread external one makes them
    // "skipped" rather than fatal; they are kept as text for later decoding.
    XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE);
    XML_UseForeignDTD(parser_, XML_TRUE);
    XML_SetExternalEntityRefHandler(parser_, &FeedParser::OnExternalEntity);
    XML_SetSkippedEntityHandler(parser_, &FeedParser::OnSkippedEntity);
  }
  ~FeedParser() { XML_ParserFree(parser_); }
  FeedParser(const FeedParser&) = delete;
  FeedParser& operator=(const FeedParser&) = delete;

  void Run(ByteSource& source);

 private:
  static void XMLCALL OnStart(void* self, const XML_Char* name, const XML_Char** attrs) {
    static_cast<FeedParser*>(self)->Start(Split(name), attrs);
  }
  static void XMLCALL OnEnd(void* self, const XML_Char* name) { static_cast<FeedParser*>(self)->End(Split(name)); }
  static void XMLCALL OnText(void* self, const XML_Char* s, int len) {
    static_cast<FeedParser*>(self)->item_.AddText(std::string_view(s, static_cast<size_t>(len)));
  }
  // The foreign DTD is empty; parsing it (nothing) is what tells expat that
  // an external subset was read.
  static int XMLCALL OnExternalEntity(XML_Parser parser, const XML_Char* context, const XML_Char*,
                                      const XML_Char*, const XML_Char*) {
    XML_Parser dtd = XML_ExternalEntityParserCreate(parser, context, nullptr);
    if (!dtd) return XML_STATUS_ERROR;
    XML_Status s = XML_Parse(dtd, "", 0, XML_TRUE);
    XML_ParserFree(dtd);
    return s;
  }
  static void XMLCALL OnSkippedEntity(void* self, const XML_Char* name, int is_parameter_entity) {
    if (!is_parameter_entity) {
      std::string entity = "&";  // appended, not "&" + std::string: GCC 12 warns falsely on that form
      entity += name;
      entity += ';';
      static_cast<FeedParser*>(self)->item_.AddText(entity);
    }
  }

  void Start(Name name, const XML_Char** attrs);
  void End(Name name);
  void StartRoot(Name name);
  void StartItemChild(Name name, const XML_Char** attrs);
  void Stop(const Status& problem) {
    input_.Problem(problem);
    XML_StopParser(parser_, XML_FALSE);
  }

  Input& input_;
  XML_Parser parser_;
  std::vector<std::string> stack_;  // local names of the open elements
  std::string format_;              // "rss" or "atom" once the root is seen
  size_t item_depth_ = 0;           // depth of the open item, 0 when none
  FeedItem item_;
  int items_ = 0;
  std::string outlet_;
};

void FeedParser::Start(Name name, const XML_Char** attrs) {
  if (stack_.empty()) StartRoot(name);
  stack_.emplace_back(name.local);
  if (stack_.size() > kMaxDepth) return Stop(Status::InvalidArgument(input_.name() + ": XML nested too deeply"));
  if (item_.capturing()) return item_.OpenInner(name.local);
  if (item_depth_ == 0 && (name.IsRss("item") || name.IsAtom("entry"))) {
    item_depth_ = stack_.size();
    item_.Reset();
    return;
  }
  if (item_depth_ && stack_.size() == item_depth_ + 1) return StartItemChild(name, attrs);
  if (item_depth_ == 0 && stack_.size() >= 2 && (name.IsRss("title") || name.IsAtom("title"))) {
    const std::string& parent = stack_[stack_.size() - 2];
    if (parent == "channel" || parent == "feed") item_.Capture(FeedItem::kOutlet, Attr(attrs, "type"));
  }
}

void FeedParser::StartRoot(Name name) {
  if (name.local == "rss" || name.Is(kRdf, "RDF")) format_ = "rss";
  else if (name.IsAtom("feed")) format_ = "atom";
  else Stop(Status::Unsupported(input_.name() + ": XML, but not an RSS or Atom feed (its root is <" +
                                std::string(name.local) + ">)"));
}

void FeedParser::StartItemChild(Name name, const XML_Char** attrs) {
  std::string_view type = Attr(attrs, "type");
  if (name.IsRss("title") || name.IsAtom("title") || name.Is(kDc, "title")) item_.Capture(FeedItem::kTitle, type);
  else if (name.IsAtom("link")) item_.OfferLink(Attr(attrs, "href"), Attr(attrs, "rel"));
  else if (name.IsRss("link")) item_.Capture(FeedItem::kLink, type);
  else if (name.IsRss("guid") && Attr(attrs, "isPermaLink") != "false") item_.Capture(FeedItem::kGuid, type);
  else if (name.Is(kContent, "encoded")) item_.Capture(FeedItem::kContent, "html");
  else if (name.IsAtom("content")) item_.Capture(FeedItem::kContent, type.empty() ? "text" : type);
  else if (name.IsRss("description")) item_.Capture(FeedItem::kSummary, "html");
  else if (name.IsAtom("summary")) item_.Capture(FeedItem::kSummary, type.empty() ? "text" : type);
  else if (name.IsRss("pubDate") || name.IsAtom("published") || name.IsAtom("issued") || name.Is(kDc, "date")) {
    item_.Capture(FeedItem::kPublished, type);
  } else if (name.IsAtom("updated") || name.IsAtom("modified")) {
    item_.Capture(FeedItem::kUpdated, type);
  }
}

void FeedParser::End(Name name) {
  if (item_.capturing()) item_.CloseElement(name.local);
  if (item_depth_ == 0 && item_.has_outlet() && !item_.capturing()) outlet_ = item_.TakeOutlet();
  if (item_depth_ && stack_.size() == item_depth_) {
    item_depth_ = 0;
    int part = items_++;
    Article a;
    Status s = item_.Finish(input_.name(), part, &a);
    if (!s.ok()) {
      input_.Problem(s);
    } else {
      a.format = format_;
      a.outlet = outlet_;
      input_.Emit(std::move(a));
    }
  }
  if (!stack_.empty()) stack_.pop_back();
}

void FeedParser::Run(ByteSource& source) {
  const size_t budget = input_.options().max_document_bytes;
  size_t total = 0;
  for (;;) {
    void* buf = XML_GetBuffer(parser_, kChunk);
    if (!buf) return input_.Problem(Status::IOError(input_.name() + ": out of memory parsing XML"));
    auto got = source.Read(static_cast<char*>(buf), kChunk);
    if (!got.ok()) return input_.Problem(got.status());
    total += *got;
    if (total > budget) {
      return input_.Problem(Status::TooLarge(input_.name() + ": more than " + HumanBytes(budget) +
                                             ", over the budget for one document; raise "
                                             "--max-document-bytes or split it"));
    }
    bool last = *got == 0;
    if (XML_ParseBuffer(parser_, static_cast<int>(*got), last) != XML_STATUS_OK) {
      if (XML_GetErrorCode(parser_) == XML_ERROR_ABORTED) return;  // Stop() reported why
      return input_.Problem(Status::Corruption(
          input_.name() + ":" + std::to_string(XML_GetCurrentLineNumber(parser_)) + ": malformed XML (" +
          XML_ErrorString(XML_GetErrorCode(parser_)) + ")"));
    }
    if (last) break;
  }
  if (items_ == 0) input_.Problem(Status::InvalidArgument(input_.name() + ": feed has no items"));
}

}  // namespace

void ParseFeed(Input& input, ByteSource& source) {
  FeedParser parser(input);
  parser.Run(source);
}

}  // namespace sitrep::ingest
