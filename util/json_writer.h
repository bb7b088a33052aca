// A streaming JSON writer for the records sitrep writes by the million.
//
// Written by hand because nlohmann::ordered_json, used first, spent more
// time building and dumping a record than extraction spent finding it
// (callgrind on bench/extract_bench: ToJson 2.4M instructions an article
// against 3.3M for Extract). This writer appends straight to one string.
//
//   JsonWriter w(/*indent=*/-1);
//   w.BeginObject().Key("id").String("e1").Key("lat").Number(49.99).EndObject();
//   std::string out = w.Take();
//
// Strings are written as valid UTF-8 whatever they hold: invalid bytes
// become U+FFFD, control characters are escaped. Non-finite numbers are null.
#ifndef SITREP_UTIL_JSON_WRITER_H_
#define SITREP_UTIL_JSON_WRITER_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep {

class JsonWriter {
 public:
  // indent < 0: one line; otherwise pretty, with that many spaces a level.
  explicit JsonWriter(int indent = -1) : indent_(indent) {}

  // Room for `bytes` of output, when the caller knows roughly how much.
  void Reserve(size_t bytes);

  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view s);
  JsonWriter& Number(double v);
  JsonWriter& Int(int64_t v);
  JsonWriter& Bool(bool v);
  JsonWriter& Null();

  // A key and a string value, left out when the value is empty.
  JsonWriter& FieldIfSet(std::string_view key, std::string_view value) {
    return value.empty() ? *this : Key(key).String(value);
  }

  std::string Take();

 private:
  JsonWriter& Open(char c);
  JsonWriter& Close(char c);
  void BeforeValue();
  void NewLine();

  static constexpr size_t kShortKey = 32;  // keys up to this length take Key's fast path

  // The output is written through a cursor into out_, kept longer than
  // what is written (len_ bytes): one bounds check a piece, no std::string
  // append per brace and comma (ToJson was a tenth of `sitrep extract`).
  char* Room(size_t n) {
    if (len_ + n > out_.size()) Grow(n);
    return out_.data() + len_;
  }
  void Grow(size_t n);
  void Put(char c) {
    *Room(1) = c;
    ++len_;
  }
  void Put(const char* p, size_t n) {
    std::memcpy(Room(n), p, n);
    len_ += n;
  }
  void PutString(std::string_view s);

  std::string out_;
  size_t len_ = 0;
  int indent_;
  std::vector<int> counts_;  // values written so far at each open level
  bool after_key_ = false;
};

// Appends s to out as a JSON string literal (quotes included).
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace sitrep

#endif  // SITREP_UTIL_JSON_WRITER_H_
