// A one-entry, per-thread memo of the last sentence scanned.
#include "extract/sentence_scan.h"

#include <xxhash.h>

#include <algorithm>
#include <string>

#include "util/calendar.h"

namespace sitrep::extract {
namespace {

struct Key {
  const char* text = nullptr;
  size_t text_size = 0;
  const Token* tokens = nullptr;
  size_t token_count = 0;
  uint32_t first_token = 0, end_token = 0;
  uint64_t hash = 0;

  bool SameSentence(const Key& o) const {
    return text == o.text && text_size == o.text_size && tokens == o.tokens &&
           token_count == o.token_count && first_token == o.first_token &&
           end_token == o.end_token && hash == o.hash;
  }
};

struct Memo {
  bool valid = false;
  Key key;
  std::string published;
  SentenceScan scan;
};

}  // namespace

const SentenceScan& ScanSentence(const Document& doc, const Sentence& s) {
  thread_local Memo memo;
  Key key;
  key.text = doc.text.data();
  key.text_size = doc.text.size();
  key.tokens = doc.tokens.data();
  key.token_count = doc.tokens.size();
  key.first_token = s.first_token;
  key.end_token = s.end_token;
  uint32_t end = std::min<uint32_t>(s.end_token, doc.tokens.size());
  if (s.first_token < end) {
    uint32_t from = doc.tokens[s.first_token].start, to = doc.tokens[end - 1].end;
    key.hash = XXH3_64bits(doc.text.data() + from, to - from);
  }
  if (memo.valid && memo.key.SameSentence(key) && memo.published == doc.published) {
    return memo.scan;
  }
  memo.key = key;
  memo.published = doc.published;  // reuses the string's buffer
  memo.scan.ts.Reset(doc, s);
  memo.scan.dates.clear();
  ScanDates(memo.scan.ts, ParseIsoDay(doc.published), &memo.scan.dates);
  memo.valid = true;
  return memo.scan;
}

}  // namespace sitrep::extract
