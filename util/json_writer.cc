#include "util/json_writer.h"

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

}  // namespace

void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
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
    out->append(s.data() + run, i - run);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        if (c >= 0x80) {
          out->append("\xEF\xBF\xBD");  // U+FFFD for a byte that is not UTF-8
        } else {
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 15]);
        }
    }
    run = ++i;
  }
  out->append(s.data() + run, n - run);
  out->push_back('"');
}

void JsonWriter::NewLine() {
  if (indent_ < 0) return;
  out_.push_back('\n');
  out_.append(counts_.size() * indent_, ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!counts_.empty()) {
    if (counts_.back()++ > 0) out_.push_back(',');
    NewLine();
  }
}

JsonWriter& JsonWriter::Open(char c) {
  BeforeValue();
  out_.push_back(c);
  counts_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::Close(char c) {
  int n = counts_.empty() ? 0 : counts_.back();
  if (!counts_.empty()) counts_.pop_back();
  if (n > 0) NewLine();
  out_.push_back(c);
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  // A record's keys are short and plain: quoted with their colon in one
  // append, not escaped byte by byte (Key ran ~120 times an article).
  const size_t n = key.size();
  char buf[kShortKey + 4];
  if (n <= kShortKey && JsonSafeRun(key.data(), n) == n) {
    buf[0] = '"';
    std::memcpy(buf + 1, key.data(), n);
    buf[n + 1] = '"';
    buf[n + 2] = ':';
    buf[n + 3] = ' ';
    out_.append(buf, n + (indent_ < 0 ? 3 : 4));
  } else {
    AppendJsonString(key, &out_);
    out_.append(indent_ < 0 ? ":" : ": ");
  }
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view s) {
  BeforeValue();
  AppendJsonString(s, &out_);
  return *this;
}

JsonWriter& JsonWriter::Int(int64_t v) {
  BeforeValue();
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, r.ptr);
  return *this;
}

JsonWriter& JsonWriter::Number(double v) {
  if (!std::isfinite(v)) return Null();
  // Whole numbers as integers ("31", not "31.0"); others in the shortest
  // form that reads back to the same double.
  if (v == std::trunc(v) && std::fabs(v) < 1e15) return Int(static_cast<int64_t>(v));
  BeforeValue();
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, r.ptr);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool v) {
  BeforeValue();
  out_.append(v ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_.append("null");
  return *this;
}

}  // namespace sitrep
