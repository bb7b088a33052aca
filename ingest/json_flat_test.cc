// The flat-object fast path must read exactly what nlohmann::json reads,
// and hand everything else back.
#include "ingest/json_flat.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace sitrep::ingest {
namespace {

// Accepted lines must give nlohmann's members.
void ExpectSameAsNlohmann(std::string_view line) {
  FlatObject flat;
  ASSERT_TRUE(ParseFlatObject(line, &flat)) << line;
  auto j = nlohmann::json::parse(line);
  ASSERT_TRUE(j.is_object());
  ASSERT_EQ(j.size(), flat.size()) << line;
  for (const auto& [k, v] : flat) {
    ASSERT_TRUE(j.contains(k)) << k;
    EXPECT_EQ(j[k].get<std::string>(), v) << line;
  }
}

void ExpectFallsBack(std::string_view line) {
  FlatObject flat;
  EXPECT_FALSE(ParseFlatObject(line, &flat)) << line;
}

TEST(JsonFlat, ReadsFlatObjectsOfStrings) {
  ExpectSameAsNlohmann(R"({"title": "A", "text": "Drones struck Kyiv."})");
  ExpectSameAsNlohmann("  {\"text\":\"x\"}\r\n");
  ExpectSameAsNlohmann("{}");
  ExpectSameAsNlohmann("{ }");
  ExpectSameAsNlohmann(R"({"text": ""})");
}

TEST(JsonFlat, Escapes) {
  ExpectSameAsNlohmann(R"({"text": "a\"b\\c\/d\be\ff\ng\rh\ti"})");
  ExpectSameAsNlohmann(R"({"te\u0078t": "caf\u00e9 \u041a\u0438\u0457\u0432 \u20ac"})");
  ExpectSameAsNlohmann(R"({"text": "nul \u0000 inside"})");
  ExpectSameAsNlohmann(R"({"text": "\uD83D\uDE00 a surrogate pair, \ud83d\ude00 in lower case"})");
}

TEST(JsonFlat, Utf8IsKeptWhenWellFormed) {
  ExpectSameAsNlohmann("{\"text\": \"Київ — Kharkiv’s \xF0\x9F\x98\x80\"}");
}

TEST(JsonFlat, AnythingUnusualFallsBack) {
  ExpectFallsBack(R"({"text": "x", "n": 1})");            // a number
  ExpectFallsBack(R"({"text": "x", "tags": ["a"]})");     // nested
  ExpectFallsBack(R"({"text": "x", "meta": {"a": "b"}})");
  ExpectFallsBack(R"({"text": null})");
  ExpectFallsBack(R"(["text"])");                         // not an object
  ExpectFallsBack(R"({"text": "a", "text": "b"})");       // duplicate key
  ExpectFallsBack("\xEF\xBB\xBF{\"text\": \"x\"}");        // a byte order mark
}

TEST(JsonFlat, ErrorsFallBackSoNlohmannCanNameThem) {
  ExpectFallsBack(R"({"text": "x")");                     // unterminated object
  ExpectFallsBack(R"({"text": "x)");                      // unterminated string
  ExpectFallsBack(R"({"text": "x",})");                   // trailing comma
  ExpectFallsBack(R"({"text": "x"} extra)");              // trailing garbage
  ExpectFallsBack(R"({"text" "x"})");                     // no colon
  ExpectFallsBack(R"({text: "x"})");                      // bare key
  ExpectFallsBack(R"({"text": "\q"})");                   // bad escape
  ExpectFallsBack(R"({"text": "\u12G4"})");               // bad hex
  ExpectFallsBack(R"({"text": "\uD83D alone"})");         // lone high surrogate
  ExpectFallsBack(R"({"text": "\uDE00 alone"})");         // lone low surrogate
  ExpectFallsBack(R"({"text": "\uD83D\u0041"})");         // high then not low
  ExpectFallsBack("{\"text\": \"tab\there\"}");           // raw control character
  ExpectFallsBack("{\"text\": \"\xFF\"}");                // invalid UTF-8
  ExpectFallsBack("{\"text\": \"\xC0\xAF\"}");            // overlong
  ExpectFallsBack("{\"text\": \"\xED\xA0\x80\"}");        // an encoded surrogate
  ExpectFallsBack("{\"text\": \"\xE2\x80\"}");            // cut sequence
  ExpectFallsBack("");
  // Each of these is also an error for nlohmann, which the caller reports.
  for (const char* bad : {R"({"text": "x")", R"({"text": "\q"})", "{\"text\": \"\xFF\"}",
                          R"({"text": "\uDE00 alone"})"}) {
    EXPECT_TRUE(nlohmann::json::parse(bad, nullptr, false).is_discarded()) << bad;
  }
}

}  // namespace
}  // namespace sitrep::ingest
