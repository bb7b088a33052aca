// ReadStream: from the bytes of one input to the parser of its format.
#include "ingest/formats.h"
#include "ingest/html.h"

namespace sitrep::ingest {

namespace {

constexpr size_t kHead = 8192;

// Reads the first bytes and puts them back in front of the rest.
Result<std::string> Peek(std::unique_ptr<ByteSource>* source) {
  auto head = ReadUpTo(**source, kHead);
  if (!head.ok()) return head.status();
  *source = NewPrefixedSource(*head, std::move(*source));
  return head;
}

bool IsUtf16(std::string_view head) {
  return head.size() >= 2 && ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF'));
}

Status TooLargeForOneDocument(const Input& input, uint64_t size) {
  std::string m = input.name();
  m.append(": ").append(HumanBytes(size)).append(" is over the ");
  m.append(HumanBytes(input.options().max_document_bytes));
  m.append(" budget for one document; raise --max-document-bytes or split it");
  return Status::TooLarge(m);
}

Status Named(const Input& input, std::string_view what) {
  std::string m = input.name();
  m.append(": ").append(what);
  return Status::InvalidArgument(m);
}

// Text, HTML and JSON documents are read whole; they must fit the budget.
void ReadDocument(Input& input, ByteSource& source, Format format) {
  auto bytes = ReadAll(source, input.options().max_document_bytes, input.name());
  if (!bytes.ok()) return input.Problem(bytes.status());
  if (format == Format::kText) return ParseText(input, *bytes);
  if (format == Format::kJsonDocument) return ParseJsonDocument(input, *bytes);
  Status s = ParseHtml(input.name(), *bytes, input.options(), input.article_sink(), input.problem_sink());
  input.Problem(s);
}

}  // namespace

void ReadStream(Input& input, std::unique_ptr<ByteSource> source, std::optional<uint64_t> known_size) {
  // The size on disk says nothing once the bytes are inflated.
  uint64_t size = known_size.value_or(0);
  bool sized = known_size.has_value();
  if (sized && size == 0) return input.Problem(Named(input, "empty file"));
  auto head = Peek(&source);
  if (!head.ok()) return input.Problem(head.status());
  if (IsGzip(*head)) {
    input.set_compressed(true);
    source = NewGzipSource(std::move(source), input.name(), input.options().max_document_bytes);
    sized = false;
    head = Peek(&source);
    if (!head.ok()) return input.Problem(head.status());
  }
  if (head->empty()) return input.Problem(Named(input, "empty file"));
  if (IsUtf16(*head)) {
    return input.Problem(Named(input, "UTF-16 text; convert it to UTF-8 first (iconv -f UTF-16 -t UTF-8)"));
  }
  if (LooksBinary(*head)) return input.Problem(Named(input, "binary data, not text (is it a PDF/image/archive?)"));
  Format format = SniffFormat(*head, input.name());
  if (format == Format::kJsonLines) return ParseJsonLines(input, *source);
  if (sized && size > input.options().max_document_bytes) return input.Problem(TooLargeForOneDocument(input, size));
  if (format == Format::kFeed) return ParseFeed(input, *source);
  ReadDocument(input, *source, format);
}

}  // namespace sitrep::ingest
