#include "util/json_writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <random>

namespace sitrep {
namespace {

TEST(JsonWriter, WritesNestedValuesCompactly) {
  JsonWriter w;
  w.BeginObject().Key("a").Int(1).Key("b").BeginArray().Number(1.5).Number(31).Bool(true).Null().EndArray();
  w.Key("c").BeginObject().EndObject().Key("d").BeginArray().EndArray().EndObject();
  EXPECT_EQ(w.Take(), R"({"a":1,"b":[1.5,31,true,null],"c":{},"d":[]})");
}

TEST(JsonWriter, PrettyFormIsValidJson) {
  JsonWriter w(2);
  w.BeginObject().Key("list").BeginArray().String("x").String("y").EndArray().Key("n").Number(0.25).EndObject();
  std::string out = w.Take();
  EXPECT_NE(out.find("\n  \"list\": [\n    \"x\""), std::string::npos) << out;
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["n"], 0.25);
}

TEST(JsonWriter, KeysAreEscapedWhateverTheirLengthOrBytes) {
  // Plain short keys take a fast path; the others are escaped like strings.
  const std::string long_key(40, 'k');
  for (int indent : {-1, 2}) {
    JsonWriter w(indent);
    w.BeginObject().Key("id").Int(1).Key("say \"hi\"").Int(2).Key(long_key).Int(3);
    w.Key(std::string("a\0b", 3)).Int(4).Key("Kyiv\xE2\x80\x99s").Int(5).Key("").Int(6).EndObject();
    auto j = nlohmann::json::parse(w.Take());
    EXPECT_EQ(j["id"], 1);
    EXPECT_EQ(j["say \"hi\""], 2);
    EXPECT_EQ(j[long_key], 3);
    EXPECT_EQ(j[std::string("a\0b", 3)], 4);
    EXPECT_EQ(j["Kyiv\xE2\x80\x99s"], 5);
    EXPECT_EQ(j[""], 6);
  }
  JsonWriter w;
  w.BeginObject().Key("a\"").Int(1).EndObject();
  EXPECT_EQ(w.Take(), R"({"a\"":1})");
}

TEST(JsonWriter, EscapesAndRepairsStrings) {
  struct Case { std::string in, out; };
  const Case cases[] = {
      {"plain", "\"plain\""},
      {"quote \" and \\ slash", "\"quote \\\" and \\\\ slash\""},
      {"line\nbreak\ttab", "\"line\\nbreak\\ttab\""},
      {std::string("nul\0byte", 8), "\"nul\\u0000byte\""},
      {"\x1f", "\"\\u001f\""},
      {"Zelenskyy\xE2\x80\x99s", "\"Zelenskyy\xE2\x80\x99s\""},
      {"\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2", "\"\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2\""},
      {"bad \xC3 byte", "\"bad \xEF\xBF\xBD byte\""},
      {"\xED\xA0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},  // a surrogate
      {"\xF0\x9F\x98\x80", "\"\xF0\x9F\x98\x80\""},
  };
  for (const auto& c : cases) {
    std::string out;
    AppendJsonString(c.in, &out);
    EXPECT_EQ(out, c.out);
  }
}

TEST(JsonWriter, NumbersReadBackExactly) {
  std::mt19937_64 rng(5);
  std::uniform_real_distribution<double> d(-1e6, 1e6);
  for (int i = 0; i < 1000; ++i) {
    double v = d(rng);
    JsonWriter w;
    w.BeginArray().Number(v).EndArray();
    auto j = nlohmann::json::parse(w.Take());
    EXPECT_EQ(j[0].get<double>(), v);
  }
  JsonWriter w;
  w.BeginArray().Number(242000000).Number(1.0 / 0.0).EndArray();
  EXPECT_EQ(w.Take(), "[242000000,null]");
}

TEST(JsonWriter, RandomBytesAlwaysGiveValidJson) {
  std::mt19937 rng(9);
  for (int i = 0; i < 2000; ++i) {
    std::string s(rng() % 40, '\0');
    for (auto& c : s) c = static_cast<char>(rng());
    std::string out;
    AppendJsonString(s, &out);
    EXPECT_FALSE(nlohmann::json::parse(out, nullptr, false).is_discarded());
  }
}

}  // namespace
}  // namespace sitrep
