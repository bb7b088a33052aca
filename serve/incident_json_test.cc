#include "serve/incident_json.h"

#include <gtest/gtest.h>

namespace sitrep::serve {
namespace {

Incident FullIncident() {
  Incident i;
  i.id = 7;
  i.type = "attack";
  i.subtype = "drone";
  i.location_name = "Odesa";
  i.location_entity = 12;
  i.lat = 46.48, i.lon = 30.72;
  i.admin1 = "Odesa Oblast";
  i.country = "UA";
  i.actor_country = "RU";
  i.date_value = i.date_start = i.date_end = "2024-12-25";
  i.sources = 2, i.articles = 3, i.events = 3;
  i.conflict = true;
  i.summary = "Drones hit the port, the \"governor\" said.";
  IncidentReport r;
  r.event_id = 4, r.article_id = 5, r.duplicate_of = 2;
  r.outlet = "Test Wire";
  r.source = "a.txt";
  r.attribution_source = "the governor";
  r.status = "reported";
  r.modality = "asserted";
  r.date_value = "2024-12-25";
  r.quantities.push_back({"killed", 11000, 15000, "", "range", "", "11,000-15,000"});
  r.evidence = {0, 9, "Drones hit"};
  r.rule = "test";
  r.confidence = 0.75;
  i.reports.push_back(r);
  i.conflicts.push_back({"killed", {{"11000", {5}}, {"12000", {6, 8}}}});
  return i;
}

// The shape the web page and the CLI read; a change here is a change of the API.
TEST(IncidentJson, WritesTheApiShape) {
  JsonWriter w;
  WriteIncident(FullIncident(), &w);
  EXPECT_EQ(w.Take(),
            R"({"id":7,"type":"attack","subtype":"drone",)"
            R"("location":{"name":"Odesa","entity":12,"lat":46.48,"lon":30.72,"admin1":"Odesa Oblast","country":"UA"},)"
            R"("actor":{"country":"RU"},"date":{"value":"2024-12-25","start":"2024-12-25","end":"2024-12-25"},)"
            R"("sources":2,"articles":3,"events":3,"conflict":true,)"
            R"("summary":"Drones hit the port, the \"governor\" said.",)"
            R"("reports":[{"event":4,"article":5,"duplicate_of":2,"outlet":"Test Wire","source":"a.txt",)"
            R"("attribution":{"source":"the governor","status":"reported"},"modality":"asserted",)"
            R"("date":{"value":"2024-12-25","text":""},)"
            R"("quantities":[{"kind":"killed","value":11000,"max":15000,"qualifier":"range","text":"11,000-15,000",)"
            R"("display":"11,000–15,000"}],)"
            R"("evidence":{"start":0,"end":9,"text":"Drones hit"},"rule":"test","confidence":0.75}],)"
            R"("conflicts":[{"kind":"killed","sides":[{"value":"11000","articles":[5]},{"value":"12000","articles":[6,8]}]}]})");
}

TEST(IncidentJson, LeavesOutWhatIsNotKnown) {
  Incident i;
  i.id = 1;
  i.type = "clash";
  JsonWriter w;
  WriteIncident(i, &w);
  EXPECT_EQ(w.Take(), R"({"id":1,"type":"clash","location":{},"actor":{},"date":{},)"
                      R"("sources":0,"articles":0,"events":0,"conflict":false,"summary":""})");
}

TEST(IncidentJson, JsonFormsMatchTheWrittenText) {
  Incident i = FullIncident();
  JsonWriter w;
  WriteIncident(i, &w);
  EXPECT_EQ(Dump(IncidentJson(i)), w.Take());
  Json feature = IncidentFeature(i);
  EXPECT_EQ(feature["geometry"]["coordinates"][0], 30.72);
  EXPECT_EQ(feature["properties"]["id"], 7);
  i.lat.reset();
  EXPECT_TRUE(IncidentFeature(i).is_null());
}

TEST(IncidentJson, WritesEntitiesAndSearchHits) {
  EntityInfo e;
  e.id = 3, e.type = "location", e.name = "Kharkiv", e.aliases = {"Kharkov"};
  e.lat = 49.99, e.lon = 36.23, e.feature = "city", e.admin1 = "Kharkiv Oblast";
  e.mentions = 4, e.articles = 2, e.incidents = 1;
  e.incidents_by_month = {{"2024-12", 1}};
  JsonWriter w;
  WriteEntity(e, &w);
  EXPECT_EQ(w.Take(), R"({"id":3,"type":"location","name":"Kharkiv","aliases":["Kharkov"],)"
                      R"("geo":{"lat":49.99,"lon":36.23,"feature":"city","admin1":"Kharkiv Oblast"},)"
                      R"("mentions":4,"articles":2,"incidents":1,"incidents_by_month":[{"month":"2024-12","incidents":1}]})");
  SearchHit h{9, "Title", "Wire", "https://x.example/a", "2024-12-25", "a.txt", "a \x02hit\x03", -1.5};
  JsonWriter hw;
  WriteSearchHit(h, &hw);
  EXPECT_EQ(hw.Take(), R"({"article":9,"title":"Title","outlet":"Wire","url":"https://x.example/a",)"
                       R"("published":"2024-12-25","source":"a.txt","snippet":"a \u0002hit\u0003","rank":-1.5})");
}

}  // namespace
}  // namespace sitrep::serve
