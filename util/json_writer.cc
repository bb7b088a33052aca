#include "util/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "util/json_scan.h"

namespace sitrep {

namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is not one.
size_t Utf8Length(std::string_view s, size_t i) {
  unsigned char c = s[i];
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  unsigned char c1 = s[i + 1];
  if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
  if (c == 0xED && c1 >= 0xA0) return 0;  // surrogates
  if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
  if (c == 0xF4 && c1 >= 0x90) return 0;  // > U+10FFFF
  return n;
}

// Writes s as a JSON string literal (quotes included) through put(p, n).
// Runs of bytes that need no escape go out in one call.
template <class Put>
void EscapeJson(std::string_view s, Put&& put) {
  static const char kHex[] = "0123456789abcdef";
  put("\"", 1);
  const size_t n = s.size();
  size_t run = 0, i = 0;  // bytes [run, i) are pending, to be copied as they are
  while (true) {
    i += JsonSafeRun(s.data() + i, n - i);  // util/json_scan.h
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      if (size_t len = Utf8Length(s, i)) {
        i += len;
        continue;
      }
    }
    put(s.data() + run, i - run);
    switch (c) {
      case '"': put("\\\"", 2); break;
      case '\\': put("\\\\", 2); break;
      case '\n': put("\\n", 2); break;
      case '\r': put("\\r", 2); break;
      case '\t': put("\\t", 2); break;
      case '\b': put("\\b", 2); break;
      case '\f': put("\\f", 2); break;
      default:
        if (c >= 0x80) {
          put("\xEF\xBF\xBD", 3);  // U+FFFD for a byte that is not UTF-8
        } else {
          const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
          put(esc, 6);
        }
    }
    run = ++i;
  }
  put(s.data() + run, n - run);
  put("\"", 1);
}

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  EscapeJson(s, [out](const char* p, size_t n) { out->append(p, n); });
}

void JsonWriter::Grow(size_t n) {
  size_t want = std::max<size_t>({len_ + n, out_.size() * 2, 256});
  out_.resize(want);
}

void JsonWriter::Reserve(size_t bytes) {
  if (bytes > out_.size()) out_.resize(bytes);
}

std::string JsonWriter::Take() {
  out_.resize(len_);
  len_ = 0;
  return std::move(out_);
}

void JsonWriter::PutString(std::string_view s) {
  EscapeJson(s, [this](const char* p, size_t n) { Put(p, n); });
}

void JsonWriter::NewLine() {
  if (indent_ < 0) return;
  Put('\n');
  size_t n = counts_.size() * indent_;
  std::memset(Room(n), ' ', n);
  len_ += n;
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!counts_.empty()) {
    if (counts_.back()++ > 0) Put(',');
    NewLine();
  }
}

JsonWriter& JsonWriter::Open(char c) {
  BeforeValue();
  Put(c);
  counts_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::Close(char c) {
  int n = counts_.empty() ? 0 : counts_.back();
  if (!counts_.empty()) counts_.pop_back();
  if (n > 0) NewLine();
  Put(c);
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  // A record's keys are short and plain: quoted with their colon straight
  // into the buffer, not escaped byte by byte (Key ran ~120 times an article).
  const size_t n = key.size();
  if (n <= kShortKey && JsonSafeRun(key.data(), n) == n) {
    char* p = Room(n + 4);
    p[0] = '"';
    std::memcpy(p + 1, key.data(), n);
    p[n + 1] = '"';
    p[n + 2] = ':';
    p[n + 3] = ' ';
    len_ += n + (indent_ < 0 ? 3 : 4);
  } else {
    PutString(key);
    Put(indent_ < 0 ? ":" : ": ", indent_ < 0 ? 1 : 2);
  }
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view s) {
  BeforeValue();
  PutString(s);
  return *this;
}

JsonWriter& JsonWriter::Int(int64_t v) {
  BeforeValue();
  char* p = Room(24);
  len_ += static_cast<size_t>(std::to_chars(p, p + 24, v).ptr - p);
  return *this;
}

JsonWriter& JsonWriter::Number(double v) {
  if (!std::isfinite(v)) return Null();
  // Whole numbers as integers ("31", not "31.0"); others in the shortest
  // form that reads back to the same double.
  if (v == std::trunc(v) && std::fabs(v) < 1e15) return Int(static_cast<int64_t>(v));
  BeforeValue();
  char* p = Room(32);
  len_ += static_cast<size_t>(std::to_chars(p, p + 32, v).ptr - p);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool v) {
  BeforeValue();
  Put(v ? "true" : "false", v ? 4 : 5);
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  Put("null", 4);
  return *this;
}

}  // namespace sitrep
