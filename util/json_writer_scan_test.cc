// AppendJsonString copies runs of safe bytes at once; it must escape exactly
// as a byte-at-a-time reading of RFC 8259 does.
#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <string>

#include <utf8proc.h>

#include "util/json_scan.h"
#include "util/json_writer.h"

namespace sitrep {
namespace {

// The reference: one byte (or one UTF-8 sequence) at a time, the sequence
// judged by utf8proc, not by a copy of the writer's own validator (which
// would agree with it whatever it got wrong).
size_t RefUtf8Length(std::string_view s, size_t i) {
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  return n > 0 ? static_cast<size_t>(n) : 0;
}

std::string Reference(std::string_view s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c >= 0x80) {
      size_t n = RefUtf8Length(s, i);
      out += n ? std::string(s.substr(i, n)) : "\xEF\xBF\xBD";
      i += n ? n : 1;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  return out + "\"";
}

std::string Scan(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

TEST(JsonWriterScan, EscapesLikeTheReference) {
  for (std::string_view s : {std::string_view(""), std::string_view("plain"),
                             std::string_view("say \"no\"\\ now\n\t\r\b\f"),
                             std::string_view("\x01\x1f end"), std::string_view("Київ — “quoted”"),
                             std::string_view("bad \xFF byte, cut \xE2\x80"),
                             std::string_view("overlong \xC0\xAF, surrogate \xED\xA0\x80, big \xF4\x90\x80\x80"),
                             std::string_view("emoji \xF0\x9F\x98\x80!")}) {
    EXPECT_EQ(Scan(s), Reference(s)) << s;
  }
  EXPECT_EQ(Scan(std::string_view("a\0b", 3)), "\"a\\u0000b\"");
}

TEST(JsonWriterScan, RandomBytesEscapeLikeTheReference) {
  std::mt19937 rng(7);
  // Bytes biased towards the interesting ones: controls, quotes, UTF-8 leads.
  // (No NUL inside, so the literal's own length; a count of 24 read past its end.)
  const std::string pool = "aZ \"\\\n\x01\x7f\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80\xED\xA0\xFF\xC0";
  for (int n = 0; n < 2000; ++n) {
    std::string s;
    size_t len = rng() % 24;
    for (size_t i = 0; i < len; ++i) s += (rng() % 3 == 0) ? static_cast<char>(rng() % 256) : pool[rng() % pool.size()];
    ASSERT_EQ(Scan(s), Reference(s)) << n;
  }
}

TEST(JsonWriterScan, SafeRunStopsAtTheFirstStopByte) {
  // Every stop byte at every offset of a 20-byte run, so both the 8-byte
  // steps and the tail see it.
  for (int c = 0; c < 256; ++c) {
    bool stop = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
    for (size_t at = 0; at < 20; ++at) {
      std::string s(20, 'a');
      s[at] = static_cast<char>(c);
      ASSERT_EQ(JsonSafeRun(s.data(), s.size()), stop ? at : 20u) << c << " at " << at;
    }
  }
  EXPECT_EQ(JsonSafeRun("", 0), 0u);
}

TEST(JsonWriterScan, AppendsToWhatIsThere) {
  std::string out = "x";
  AppendJsonString("y", &out);
  EXPECT_EQ(out, "x\"y\"");
}

}  // namespace
}  // namespace sitrep
