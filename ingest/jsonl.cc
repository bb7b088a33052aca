// JSON Lines: one article a line, read as the lines stream past.
#include <initializer_list>
#include <nlohmann/json.hpp>

#include "ingest/dates.h"
#include "ingest/formats.h"
#include "ingest/json_flat.h"

namespace sitrep::ingest {

namespace {

using nlohmann::json;

// Deeper nesting than this is no article; refused before parsing, so a
// line of a million "[" costs nothing.
constexpr int kMaxDepth = 64;

// Records the parser's message for a line that did not parse.
class ErrorSax : public nlohmann::json_sax<json> {
 public:
  std::string message;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) override {
    message = ex.what();
    return false;
  }
};

// "[json.exception.parse_error.101] parse error at line 1, column 7: ..."
// becomes "column 7: ..." (or "line 3, column 7: ..." past the first line).
std::string ParseErrorOf(std::string_view text) {
  ErrorSax sax;
  json::sax_parse(text, &sax);
  std::string m = sax.message;
  if (size_t at = m.find("parse error at "); at != std::string::npos) m.erase(0, at + 15);
  if (m.rfind("line 1, ", 0) == 0) m.erase(0, 8);
  return m.empty() ? "syntax error" : m;
}

bool TooDeep(std::string_view line) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if ((c == '{' || c == '[') && ++depth > kMaxDepth) {
      return true;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return false;
}

// The first of `keys` whose value is a non-empty string.
std::string Field(const json& obj, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = obj.find(k);
    if (it != obj.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) return *it;
  }
  return "";
}

// The same for an object read by the flat fast path (json_flat.h).
std::string Field(const FlatObject& obj, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    for (const auto& [key, value] : obj) {
      if (key == k && !value.empty()) return value;
    }
  }
  return "";
}

bool IsBlankLine(const std::string& line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string::npos;
}

// Parses JSON that is no deeper than kMaxDepth, or says why not.
Status ParseBounded(std::string_view text, const std::string& where, json* out) {
  if (TooDeep(text)) return Status::InvalidArgument(where + ": nested deeper than 64 levels, skipped");
  *out = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (out->is_discarded()) {
    return Status::InvalidArgument(where + ": not JSON (" + ParseErrorOf(text) + ")");
  }
  return Status::OK();
}

// Turns the fields of one JSON object into an article, or says what is
// wrong with it. Object is a json object or a FlatObject.
template <typename Object>
Status FromFields(const Object& obj, const std::string& where, Article* a) {
  a->body = Field(obj, {"text", "body", "content"});
  if (IsBlankLine(a->body)) return Status::InvalidArgument(where + ": no text field (text, body or content)");
  a->title = Field(obj, {"title", "headline"});
  a->url = Field(obj, {"url", "link"});
  a->outlet = Field(obj, {"outlet", "site", "source_name"});
  a->source = Field(obj, {"source"});
  if (a->source.empty()) a->source = where;
  std::string date = Field(obj, {"published", "date"});
  a->published = NormalizeDate(date);
  if (a->published.empty() && !date.empty()) a->warnings.push_back("publication date not understood: " + date);
  a->format = "jsonl";
  return Status::OK();
}

Status FromObject(const json& obj, const std::string& where, Article* a) {
  if (!obj.is_object()) return Status::InvalidArgument(where + ": not a JSON object");
  return FromFields(obj, where, a);
}

}  // namespace

void ParseJsonLines(Input& input, ByteSource& source) {
  LineReader lines(source, input.options().max_article_bytes);
  std::string line;
  FlatObject flat;
  bool too_long = false;
  while (lines.Next(&line, &too_long)) {
    std::string where = input.name() + ":" + std::to_string(lines.line_number());
    if (too_long) {
      input.Problem(Status::TooLarge(where + ": the line is over the " +
                                     HumanBytes(input.options().max_article_bytes) +
                                     " budget for one article; skipped it (raise --max-article-bytes)"));
      continue;
    }
    if (lines.line_number() == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (IsBlankLine(line)) continue;
    Article a;
    Status s;
    if (ParseFlatObject(line, &flat)) {
      s = FromFields(flat, where, &a);
    } else {  // anything unusual, and every error: nlohmann::json
      json obj;
      s = ParseBounded(line, where, &obj);
      if (s.ok()) s = FromObject(obj, where, &a);
    }
    if (s.ok()) input.Emit(std::move(a));
    else input.Problem(s);
  }
  input.Problem(lines.status());
}

void ParseJsonDocument(Input& input, std::string_view bytes) {
  json doc;
  Status s = ParseBounded(bytes, input.name(), &doc);
  if (!s.ok()) return input.Problem(s);
  if (!doc.is_array()) {
    Article a;
    s = FromObject(doc, input.name(), &a);
    if (!s.ok()) return input.Problem(s);
    a.format = "json";
    return input.Emit(std::move(a));
  }
  for (size_t i = 0; i < doc.size(); ++i) {
    Article a;
    std::string where = input.name() + " item " + std::to_string(i);
    s = FromObject(doc[i], where, &a);
    if (!s.ok()) {
      input.Problem(s);
      continue;
    }
    if (a.source == where) a.source = input.name();
    a.part = static_cast<int>(i);
    a.format = "json";
    input.Emit(std::move(a));
  }
}

}  // namespace sitrep::ingest
