#include "extract/entity_recognizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "sitrep/text.h"

namespace sitrep::extract {
namespace {

// The committed lexicons with a tiny gazetteer, so tests do not need npm.
const EntityRecognizer& Recognizer() {
  static auto* rec = [] {
    auto r = EntityRecognizer::Open(std::string(SITREP_SOURCE_DIR) + "/data/lexicons",
                                    std::string(SITREP_SOURCE_DIR) + "/extract/testdata/entities/gazetteer.tsv");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return *rec;
}

std::vector<Entity> Find(const std::string& text, std::vector<EntitySpan>* spans = nullptr) {
  Article a;
  a.body = text;
  Document doc = MakeDocument(std::move(a));
  std::vector<Entity> entities;
  std::vector<EntitySpan> local;
  Recognizer().Find(doc, &entities, spans ? spans : &local);
  for (const Entity& e : entities) {
    for (const Mention& m : e.mentions) EXPECT_EQ(doc.Slice(m.start, m.end), m.text);
  }
  return entities;
}

const Entity* Named(const std::vector<Entity>& es, const std::string& type, const std::string& name) {
  for (const Entity& e : es) {
    if (e.type == type && e.name == name) return &e;
  }
  return nullptr;
}

int CountType(const std::vector<Entity>& es, const std::string& type) {
  int n = 0;
  for (const Entity& e : es) n += e.type == type;
  return n;
}

TEST(EntityRecognizer, FindsEachKindByName) {
  struct Case { const char* text; const char* type; const char* name; } cases[] = {
      {"The talks in Kyiv went on late.", "location", "Kyiv"},
      {"Officials in Kiev disagreed.", "location", "Kyiv"},
      {"A drone hit Kharkiv on the second night.", "location", "Kharkiv"},
      {"Shelling was reported near Lozova overnight.", "location", "Lozova"},
      {"Troops advanced towards Pokrovske, officials said.", "location", "Pokrovs\xE2\x80\x99ke"},
      {"The plan was discussed at NATO headquarters.", "organization", "NATO"},
      {"The SBU detained two suspects.", "organization", "Security Service of Ukraine"},
      {"The army received more HIMARS launchers.", "weapon", "HIMARS"},
      {"Russia fired a Kinzhal at the city.", "weapon", "Kinzhal"},
      {"Fighters of the 47th Separate Mechanized Brigade held the line.", "military_unit",
       "47th Separate Mechanized Brigade"},
      {"The Fifth Separate Assault Brigade opened a recruiting office.", "military_unit",
       "Fifth Separate Assault Brigade"},
      {"A statement came from the Kharkiv Regional Military Administration on Sunday.", "organization",
       "Kharkiv Regional Military Administration"},
      {"The shell fell in the village of Novoselivka Persha, local officials said.", "location",
       "Novoselivka Persha"},
      {"Fighting continued around Ivanivka, south of Kharkiv.", "location", "Ivanivka"},
      {"Energy supplies to Transdniestria were cut.", "location", "Transnistria"},
      {"A UN-backed deal collapsed in the summer.", "organization", "United Nations"},
      {"The Kyiv-based group published the figures.", "location", "Kyiv"},
      {"A spokesman for the Khortytsia group of forces said so.", "military_unit", "Khortytsia group of forces"},
      {"Officials met at the Elysee Palace on Saturday.", "location", "Elysee Palace"},
      {"Troops entered Zahryzove, a village north of the river.", "location", "Zahryzove"},
      {"Residents of Pishchane said the shelling went on all night.", "location", "Pishchane"},
      {"A group that calls itself Atesh claimed the sabotage.", "organization", "Atesh"},
      {"They reached Kurylivka, near Kupiansk, by noon.", "location", "Kurylivka"},
      {"The Coordination Headquarters for the Treatment of Prisoners of War said so.", "organization",
       "Coordination Headquarters for the Treatment of Prisoners of War"},
  };
  for (const auto& c : cases) {
    auto es = Find(c.text);
    EXPECT_NE(Named(es, c.type, c.name), nullptr) << c.text;
  }
}

TEST(EntityRecognizer, JoinsSpellingsOfOnePerson) {
  auto es = Find("Commander-in-Chief Oleksandr Syrskyi visited the front. Later, General Syrskiy said the "
                 "line held. Syrsky added that reserves were coming.");
  ASSERT_EQ(CountType(es, "person"), 1);
  const Entity* p = Named(es, "person", "Oleksandr Syrskyi");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->mentions.size(), 3u);
  EXPECT_EQ(p->country, "UA");
}

TEST(EntityRecognizer, PeopleFromTitlesAndFirstNames) {
  auto es = Find("The ministry's spokesperson Anna Petrenko said the talks failed. Petrenko declined to "
                 "comment further. Analyst Bruce Bennett disagreed.");
  const Entity* p = Named(es, "person", "Anna Petrenko");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, "Spokesperson");
  EXPECT_EQ(p->mentions.size(), 2u);
  EXPECT_NE(Named(es, "person", "Bruce Bennett"), nullptr);
}

TEST(EntityRecognizer, TitlesAreRolesNotNames) {
  auto es = Find("Ukraine's Commander-in-Chief said on Monday that Christmas would be quiet. Meanwhile, "
                 "the President spoke.");
  EXPECT_EQ(CountType(es, "person"), 0);
  EXPECT_EQ(es.size(), 1u);  // Ukraine
}

TEST(EntityRecognizer, RoleAndCountryFromTitle) {
  auto es = Find("Polish Prime Minister Donald Tusk met Moldova's President Maia Sandu.");
  const Entity* tusk = Named(es, "person", "Donald Tusk");
  ASSERT_NE(tusk, nullptr);
  EXPECT_EQ(tusk->role, "Prime Minister");
  EXPECT_EQ(tusk->country, "PL");
}

TEST(EntityRecognizer, ArticleTitleWinsOverLexiconRole) {
  auto es = Find("Kremlin spokesman Dmitry Peskov spoke to reporters.");
  const Entity* p = Named(es, "person", "Dmitry Peskov");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, "Spokesperson");
}

TEST(EntityRecognizer, TitleCommaName) {
  auto es = Find("The minister met his counterpart, Hakan Fidan, in the capital.");
  EXPECT_NE(Named(es, "person", "Hakan Fidan"), nullptr);
}

TEST(EntityRecognizer, ContextPlacesGetANearbyCountry) {
  auto es = Find("Troops entered Krymske, a village north of Kharkiv. Elsewhere, the village of Stepove was shelled.");
  const Entity* k = Named(es, "location", "Krymske");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->country, "UA");
  EXPECT_EQ(k->geo->feature, "village");
  EXPECT_EQ(Named(es, "location", "Elsewhere"), nullptr);
  EXPECT_NE(Named(es, "location", "Stepove"), nullptr);
}

TEST(EntityRecognizer, DistrictsAndRegionsFromContext) {
  auto es = Find("A drone hit a building in the Obolonskyi district.");
  const Entity* d = Named(es, "location", "Obolonskyi district");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->geo->feature, "region");
  EXPECT_FALSE(d->geo->has_coordinates);
}

TEST(EntityRecognizer, OrganizationsByHeadNoun) {
  struct Case { const char* text; const char* name; } cases[] = {
      {"A report from the Center for Countering Disinformation appeared.", "Center for Countering Disinformation"},
      {"The General Staff of Ukraine's armed forces said so.", "General Staff"},
      {"The Ministry of Strategic Industries said so.", "Ministry of Strategic Industries"},
  };
  for (const auto& c : cases) EXPECT_NE(Named(Find(c.text), "organization", c.name), nullptr) << c.text;
}

TEST(EntityRecognizer, DemonymsStandForTheirCountry) {
  std::vector<EntitySpan> spans;
  auto es = Find("North Korean troops were seen near the border.", &spans);
  const Entity* g = Named(es, "group", "North Korean troops");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->country, "KP");
  EXPECT_NE(Named(es, "location", "North Korea"), nullptr);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].country, "KP");
  EXPECT_EQ(spans[0].type, "group");
}

TEST(EntityRecognizer, AmbiguousPlacesFollowTheArticle) {
  auto es = Find("Georgia and Ukraine were both promised membership. Paris hosted the summit.");
  const Entity* ge = Named(es, "location", "Georgia");
  ASSERT_NE(ge, nullptr);
  EXPECT_EQ(ge->country, "GE");
  const Entity* paris = Named(es, "location", "Paris");
  ASSERT_NE(paris, nullptr);
  EXPECT_EQ(paris->country, "FR");

  auto kursk = Find("Fighting in the Kursk region went on. Kursk remained under pressure.");
  ASSERT_EQ(CountType(kursk, "location"), 1);
  EXPECT_EQ(kursk[0].geo->feature, "region");
  EXPECT_EQ(kursk[0].mentions.size(), 2u);
}

TEST(EntityRecognizer, GeoFieldsForPlaces) {
  auto es = Find("A strike hit Kharkiv.");
  const Entity* k = Named(es, "location", "Kharkiv");
  ASSERT_NE(k, nullptr);
  ASSERT_TRUE(k->geo.has_value());
  EXPECT_TRUE(k->geo->has_coordinates);
  EXPECT_EQ(k->geo->feature, "city");
  EXPECT_EQ(k->geo->country, "UA");
  EXPECT_EQ(k->geo->admin1, "Kharkiv Oblast");
  EXPECT_NEAR(k->geo->lat, 49.99, 0.05);
}

TEST(EntityRecognizer, BoundAliasNeedsTheFullName) {
  EXPECT_EQ(CountType(Find("Miller said the store was closed."), "person"), 0);
  auto es = Find("State Department spokesperson Matthew Miller spoke. Miller said more aid was coming.");
  const Entity* m = Named(es, "person", "Matthew Miller");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->mentions.size(), 2u);
}

TEST(EntityRecognizer, CyrillicResolvesToTheSameEntity) {
  auto es = Find("Volodymyr Zelenskyy spoke. \xD0\x97\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x81\xD1\x8C"
                 "\xD0\xBA\xD0\xB8\xD0\xB9 repeated it.");
  ASSERT_EQ(CountType(es, "person"), 1);
  EXPECT_EQ(es[0].mentions.size(), 2u);
}

TEST(EntityRecognizer, SpansAreSortedDisjointAndPointAtEntities) {
  std::vector<EntitySpan> spans;
  auto es = Find("Polish President Andrzej Duda said North Korean troops were near Kursk. The Kursk region "
                 "governor, Alexei Smirnov, said Ukrainian forces used HIMARS. Smirnov later met officials "
                 "from the Russian Defense Ministry in Moscow.", &spans);
  ASSERT_FALSE(spans.empty());
  for (size_t i = 0; i < spans.size(); ++i) {
    EXPECT_LT(spans[i].first_token, spans[i].end_token);
    if (i) EXPECT_LE(spans[i - 1].end_token, spans[i].first_token);
    if (spans[i].type == "demonym") {  // "Ukrainian forces" is a group; "Polish" alone is not
      EXPECT_EQ(spans[i].entity, -1);
      EXPECT_FALSE(spans[i].country.empty());
      continue;
    }
    ASSERT_GE(spans[i].entity, 0);
    ASSERT_LT(spans[i].entity, static_cast<int>(es.size()));
    EXPECT_EQ(spans[i].type, es[spans[i].entity].type);
  }
  for (size_t i = 0; i < es.size(); ++i) EXPECT_EQ(es[i].id, "e" + std::to_string(i + 1));
}

// Random word salad from names, titles, punctuation and odd bytes: no
// crash, offsets inside the text, spans in order.
TEST(EntityRecognizer, SurvivesRandomInput) {
  const char* words[] = {"President", "Gen.", "Kharkiv", "the", "village", "of", "Ukraine's", "North", "Korean",
                         "troops", ",", ".", "said", "Ministry", "Council", "47th", "Brigade", "Kim", "Jong-un",
                         "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2", "\xFF", "\xE2\x80\x99s", "U.S.", "-", "Anna",
                         "south", "region", "\"", "\n\n", "~Miller", "|", "\t"};
  uint32_t state = 12345;
  for (int round = 0; round < 200; ++round) {
    std::string text;
    int n = static_cast<int>((state = state * 1103515245 + 12345) >> 20) % 60;
    for (int i = 0; i < n; ++i) {
      state = state * 1103515245 + 12345;
      text += words[(state >> 16) % (sizeof(words) / sizeof(words[0]))];
      text += (state & 1) ? " " : "";
    }
    std::vector<EntitySpan> spans;
    Find(text, &spans);  // Find checks every mention's offsets against the text
    for (size_t i = 1; i < spans.size(); ++i) EXPECT_LE(spans[i - 1].end_token, spans[i].first_token);
  }
}

TEST(EntityRecognizer, SameResultsFromManyThreads) {
  const std::string text =
      "President Volodymyr Zelenskyy met \xD0\x97\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x81\xD1\x8C\xD0\xBA"
      "\xD0\xB8\xD0\xB9 aides in Kiev. North Korean troops were seen in the Kursk region, the SBU said.";
  auto want = Find(text);
  std::vector<std::thread> threads;
  std::vector<size_t> mismatches(4);
  for (size_t t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        auto got = Find(text);
        bool same = got.size() == want.size();
        for (size_t k = 0; same && k < got.size(); ++k) {
          same = got[k].name == want[k].name && got[k].mentions.size() == want[k].mentions.size();
        }
        mismatches[t] += !same;
      }
    });
  }
  for (auto& th : threads) th.join();
  for (size_t m : mismatches) EXPECT_EQ(m, 0u);
}

// A page with no sentence stops must not cost quadratic time.
TEST(EntityRecognizer, LongSentenceStaysLinear) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Kharkiv NATO General Staff Anna Petrenko said ";
  std::vector<EntitySpan> spans;
  auto es = Find(text, &spans);
  EXPECT_FALSE(es.empty());
  EXPECT_GT(spans.size(), 20000u);
}

TEST(EntityRecognizer, MissingGazetteerIsAClearError) {
  auto r = EntityRecognizer::Open(std::string(SITREP_SOURCE_DIR) + "/data/lexicons", "/nonexistent/g.tsv");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("make setup"), std::string::npos);
}

TEST(EntityRecognizer, RealGazetteerWhenBuilt) {
  std::string data = std::string(SITREP_SOURCE_DIR) + "/data";
  if (!std::filesystem::exists(data + "/gazetteer.tsv")) GTEST_SKIP() << "run make setup";
  auto r = EntityRecognizer::Open(data);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  Article a;
  a.body = "Strikes hit Kurakhove and Wiesbaden hosted the meeting.";
  Document doc = MakeDocument(std::move(a));
  std::vector<Entity> es;
  std::vector<EntitySpan> spans;
  (*r)->Find(doc, &es, &spans);
  EXPECT_NE(Named(es, "location", "Wiesbaden"), nullptr);
  EXPECT_NE(Named(es, "location", "Kurakhove"), nullptr);
}

}  // namespace
}  // namespace sitrep::extract
