#include <gtest/gtest.h>

#include "sitrep/record.h"
#include "sitrep/text.h"

namespace sitrep {
namespace {

Record Sample() {
  Article a;
  a.source = "s.txt";
  a.title = "Strike";
  a.outlet = "Wire";
  a.published = "2024-12-26";
  a.body = "Missiles hit Kharkiv on Christmas Day, wounding six people.";
  Record r;
  r.doc = MakeDocument(std::move(a));
  Entity e;
  e.id = "e1";
  e.type = "location";
  e.name = "Kharkiv";
  e.aliases = {"Kharkov"};
  e.geo = Geo{49.99, 36.23, true, "city", "Kharkiv Oblast", "UA"};
  e.mentions = {{13, 20, "Kharkiv"}};
  r.entities.push_back(e);
  Event ev;
  ev.id = "v1";
  ev.type = "attack";
  ev.location = {"Kharkiv", "e1", "UA", 49.99, 36.23, "Kharkiv Oblast"};
  ev.date = {"2024-12-25", "day", "on Christmas Day"};
  ev.quantities.push_back({"wounded", 6, std::nullopt, "person", "exact", "", "six people"});
  ev.attribution = {"officials", "reported"};
  ev.evidence = {0, static_cast<uint32_t>(r.doc.text.size()), r.doc.text};
  ev.rule = "attack.test";
  ev.confidence = 0.8;
  r.events.push_back(ev);
  return r;
}

TEST(RecordFromJson, RoundTripsWhatToJsonWrites) {
  Record r = Sample();
  JsonOptions o;
  o.with_text = true;
  auto back = RecordFromJson(ToJson(r, o));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(ToJson(*back, o), ToJson(r, o));
}

TEST(RecordFromJson, RejectsWhatCannotBeStoredSafely) {
  Record r = Sample();
  EXPECT_FALSE(RecordFromJson(ToJson(r)).ok());  // no doc.text
  EXPECT_FALSE(RecordFromJson("not json").ok());
  EXPECT_FALSE(RecordFromJson("[1, 2]").ok());
  r.events[0].evidence.end = 100000;  // outside the text
  JsonOptions o;
  o.with_text = true;
  auto bad = RecordFromJson(ToJson(r, o));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("outside doc.text"), std::string::npos);
}

}  // namespace
}  // namespace sitrep
