#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sitrep/text.h"
#include "text/abbreviations.h"

namespace sitrep {
namespace {

std::vector<std::string> Split(const std::string& text, const TextOptions& options = {}) {
  std::vector<Token> tokens = Tokenize(text);
  std::vector<std::string> out;
  for (const Sentence& s : SplitSentences(text, tokens, options)) {
    out.emplace_back(text.substr(s.start, s.end - s.start));
  }
  return out;
}

struct Case {
  std::string text;
  std::vector<std::string> sentences;
};

const Case kCases[] = {
    // Plain endings.
    {"Shelling hit the town overnight. Two people were hurt.",
     {"Shelling hit the town overnight.", "Two people were hurt."}},
    {"Is the bridge still standing? Officials would not say.",
     {"Is the bridge still standing?", "Officials would not say."}},
    {"The drones kept coming! Air defence shot down most of them.",
     {"The drones kept coming!", "Air defence shot down most of them."}},
    {"Really?! Nobody expected it.", {"Really?!", "Nobody expected it."}},
    {"One sentence without a final period", {"One sentence without a final period"}},
    {"", {}},
    {"A single line.", {"A single line."}},
    // Titles and ranks.
    {"Lt. Gen. Oleksandr Pivnenko visited the front.",
     {"Lt. Gen. Oleksandr Pivnenko visited the front."}},
    {"Maj. Gen. Ivan Popov was dismissed in July.",
     {"Maj. Gen. Ivan Popov was dismissed in July."}},
    {"Gen. Valery Gerasimov leads the general staff. He spoke on Monday.",
     {"Gen. Valery Gerasimov leads the general staff.", "He spoke on Monday."}},
    {"Col. Mark Cancian and Sgt. Jones disagreed.",
     {"Col. Mark Cancian and Sgt. Jones disagreed."}},
    {"Dr. Smith treated Mr. Brown and Mrs. Green at the clinic.",
     {"Dr. Smith treated Mr. Brown and Mrs. Green at the clinic."}},
    {"Ms. Kallas and Prof. Galeotti spoke later.", {"Ms. Kallas and Prof. Galeotti spoke later."}},
    {"Sen. Graham and Rep. Smith visited Kyiv.", {"Sen. Graham and Rep. Smith visited Kyiv."}},
    {"Gov. Gladkov reported damage in Belgorod.", {"Gov. Gladkov reported damage in Belgorod."}},
    {"Pres. Macron called it a turning point.", {"Pres. Macron called it a turning point."}},
    // Places, numbers, dates.
    {"A fire broke out in St. Petersburg overnight.",
     {"A fire broke out in St. Petersburg overnight."}},
    {"Unit No. 5 was moved to the south.", {"Unit No. 5 was moved to the south."}},
    {"The blast hit a shop on Main St. The owner was unhurt.",
     {"The blast hit a shop on Main St.", "The owner was unhurt."}},
    {"U.S. President Joe Biden spoke to Gen. Milley.",
     {"U.S. President Joe Biden spoke to Gen. Milley."}},
    {"Aid was discussed in the U.S. He did not say more.",
     {"Aid was discussed in the U.S.", "He did not say more."}},
    {"Officials said the U.S.” They gave no details.",
     {"Officials said the U.S.”", "They gave no details."}},
    {"The strike came on Jan. 14 and another on Feb. 2.",
     {"The strike came on Jan. 14 and another on Feb. 2."}},
    {"Talks resumed Aug. 3, then stalled in Sept. 2023.",
     {"Talks resumed Aug. 3, then stalled in Sept. 2023."}},
    {"The deadline was Oct. 31. Nov. 1 passed quietly.",
     {"The deadline was Oct. 31.", "Nov. 1 passed quietly."}},
    {"Fighting eased in Dec. The thaw came early.",
     {"Fighting eased in Dec.", "The thaw came early."}},
    {"The alert sounded at 4 a.m. local time.", {"The alert sounded at 4 a.m. local time."}},
    {"The attack began at 11 p.m. It lasted three hours.",
     {"The attack began at 11 p.m.", "It lasted three hours."}},
    // U.S., U.K. and company names.
    {"The U.S. and U.K. sent more shells.", {"The U.S. and U.K. sent more shells."}},
    {"Aid was pledged by the U.S. The next day Germany followed.",
     {"Aid was pledged by the U.S.", "The next day Germany followed."}},
    {"The plan was backed by the U.K. But Paris hesitated.",
     {"The plan was backed by the U.K.", "But Paris hesitated."}},
    {"Officials in the U.S. Defense Department declined to comment.",
     {"Officials in the U.S. Defense Department declined to comment."}},
    {"The U.N. Security Council met on Friday.", {"The U.N. Security Council met on Friday."}},
    {"The E.U. agreed a new package. It targets oil.",
     {"The E.U. agreed a new package.", "It targets oil."}},
    {"Shells were made by Rheinmetall Inc. and Acme Corp. in Europe.",
     {"Shells were made by Rheinmetall Inc. and Acme Corp. in Europe."}},
    {"The contract went to Acme Ltd. The price was not disclosed.",
     {"The contract went to Acme Ltd.", "The price was not disclosed."}},
    {"Supplies came from Smith & Co. in Poland.", {"Supplies came from Smith & Co. in Poland."}},
    // Latin abbreviations.
    {"Heavy systems, e.g. tanks and howitzers, were moved.",
     {"Heavy systems, e.g. tanks and howitzers, were moved."}},
    {"Light vehicles, i.e. jeeps, were used.", {"Light vehicles, i.e. jeeps, were used."}},
    {"They brought drones, rifles, etc. and left.",
     {"They brought drones, rifles, etc. and left."}},
    {"They brought drones, rifles, etc. The convoy left at dawn.",
     {"They brought drones, rifles, etc.", "The convoy left at dawn."}},
    {"It was Ukraine vs. Russia at the talks.", {"It was Ukraine vs. Russia at the talks."}},
    {"The brigade had approx. 2,000 soldiers.", {"The brigade had approx. 2,000 soldiers."}},
    // Initials.
    {"Bruce W. Bennett of RAND said so.", {"Bruce W. Bennett of RAND said so."}},
    {"The novel by J. R. R. Tolkien was banned.", {"The novel by J. R. R. Tolkien was banned."}},
    {"The analyst John F. Kennedy Jr. disagreed.", {"The analyst John F. Kennedy Jr. disagreed."}},
    {"They called it Plan B. The plan failed.", {"They called it Plan B.", "The plan failed."}},
    // Money and decimals.
    {"The package is worth $2.3 billion. It includes shells.",
     {"The package is worth $2.3 billion.", "It includes shells."}},
    {"About 1.5 million people fled. Many went to Poland.",
     {"About 1.5 million people fled.", "Many went to Poland."}},
    {"Losses reached 11,000 in 2023. The figure rose in 2024.",
     {"Losses reached 11,000 in 2023.", "The figure rose in 2024."}},
    {"Prices rose 3.5% in May. 200 shops closed.",
     {"Prices rose 3.5% in May.", "200 shops closed."}},
    // Quotations.
    {"“We will not retreat,” he said. “Never.”", {"“We will not retreat,” he said.", "“Never.”"}},
    {"He said: “The city is holding.” Shelling resumed.",
     {"He said: “The city is holding.”", "Shelling resumed."}},
    {"She asked, \"Where are the reinforcements?\" Nobody answered.",
     {"She asked, \"Where are the reinforcements?\"", "Nobody answered."}},
    {"“Where are they?” she asked.", {"“Where are they?” she asked."}},
    {"“Why now?” Zelenskyy asked reporters.", {"“Why now?” Zelenskyy asked reporters."}},
    {"“Enough!” Gen. Syrskyi told them.", {"“Enough!” Gen. Syrskyi told them."}},
    {"“We held.” The brigade said little else.", {"“We held.”", "The brigade said little else."}},
    {"“It was calm.” Moscow said otherwise.", {"“It was calm.”", "Moscow said otherwise."}},
    {"“We held.” Officials in Kyiv said nothing.",
     {"“We held.”", "Officials in Kyiv said nothing."}},
    {"The mayor said. ” The siren sounded again.",
     {"The mayor said. ”", "The siren sounded again."}},
    {"It was over. \"We are safe,\" a resident said.",
     {"It was over.", "\"We are safe,\" a resident said."}},
    {"He called it ‘a provocation.’ Moscow denied it.",
     {"He called it ‘a provocation.’", "Moscow denied it."}},
    {"«Слава Україні!» — сказав він. Потім пішов.",
     {"«Слава Україні!» — сказав він.", "Потім пішов."}},
    // Ellipses and parentheses.
    {"The city was quiet… until the sirens began.",
     {"The city was quiet… until the sirens began."}},
    {"They waited... and waited.", {"They waited... and waited."}},
    {"They waited… Then the shelling began.", {"They waited…", "Then the shelling began."}},
    {"Kyiv (Reuters) reported blasts. More followed.",
     {"Kyiv (Reuters) reported blasts.", "More followed."}},
    {"The bridge was hit (the second time this month.) Repairs began.",
     {"The bridge was hit (the second time this month.)", "Repairs began."}},
    // Headlines, lists, paragraphs.
    {"Russia strikes Kharkiv\nAt least five people were killed.",
     {"Russia strikes Kharkiv", "At least five people were killed."}},
    {"Key points:\n• Drones hit Odesa\n• Power cut in Kherson",
     {"Key points:", "• Drones hit Odesa", "• Power cut in Kherson"}},
    {"- first item\n- second item\n* third item\n– fourth item",
     {"- first item", "- second item", "* third item", "– fourth item"}},
    {"1. Troops withdrew.\n2. Bridges were blown.\n10. Civilians left.",
     {"1. Troops withdrew.", "2. Bridges were blown.", "10. Civilians left."}},
    {"First paragraph ends here.\n\nSecond paragraph starts here.",
     {"First paragraph ends here.", "Second paragraph starts here."}},
    {"A paragraph without a period\n\nanother one",
     {"A paragraph without a period", "another one"}},
    {"By JOHN SMITH\nKYIV, Ukraine — Blasts were heard.",
     {"By JOHN SMITH", "KYIV, Ukraine — Blasts were heard."}},
    // Other cases.
    {"The statement ended with the U.S.", {"The statement ended with the U.S."}},
    {"Ukraine’s army said so. Russia’s did not.", {"Ukraine’s army said so.", "Russia’s did not."}},
    {"He left. he came back.", {"He left. he came back."}},
    {"Київ зазнав атаки. Загинули троє людей.", {"Київ зазнав атаки.", "Загинули троє людей."}},
    {"Attacks hit the U.S.-backed base. Nobody was hurt.",
     {"Attacks hit the U.S.-backed base.", "Nobody was hurt."}},
    {"See ukrinform.ua for details. Updates follow.",
     {"See ukrinform.ua for details.", "Updates follow."}},
};

TEST(SplitSentences, Table) {
  ASSERT_GE(std::size(kCases), 60u);
  for (const Case& c : kCases) EXPECT_EQ(Split(c.text), c.sentences) << "input: " << c.text;
}

TEST(SplitSentences, Paragraphs) {
  std::string text = "Headline\nOne. Two.\n\nThree.\n\n\nFour";
  std::vector<Token> tokens = Tokenize(text);
  std::vector<Sentence> s = SplitSentences(text, tokens);
  ASSERT_EQ(s.size(), 5u);
  std::vector<uint32_t> paragraphs;
  for (const Sentence& x : s) paragraphs.push_back(x.paragraph);
  EXPECT_EQ(paragraphs, (std::vector<uint32_t>{0, 0, 0, 1, 2}));
}

TEST(SplitSentences, TokenIndexesMatchOffsets) {
  std::string text = "Gen. Syrskyi said so. “Hold,” he added.\n\nNext.";
  std::vector<Token> tokens = Tokenize(text);
  std::vector<Sentence> s = SplitSentences(text, tokens);
  uint32_t expect_first = 0;
  for (const Sentence& x : s) {
    EXPECT_EQ(x.first_token, expect_first);
    EXPECT_LT(x.first_token, x.end_token);
    EXPECT_EQ(x.start, tokens[x.first_token].start);
    EXPECT_EQ(x.end, tokens[x.end_token - 1].end);
    expect_first = x.end_token;
  }
  EXPECT_EQ(expect_first, tokens.size());
}

TEST(SplitSentences, LongSentenceIsCut) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "word" + std::to_string(i) + (i % 10 == 9 ? ", " : " ");
  TextOptions options;
  options.max_sentence_bytes = 120;
  std::vector<std::string> parts = Split(text, options);
  ASSERT_GT(parts.size(), 4u);
  for (const std::string& p : parts) EXPECT_LE(p.size(), 120u);
  for (size_t i = 0; i + 1 < parts.size(); ++i) EXPECT_EQ(parts[i].back(), ',') << parts[i];
}

TEST(SplitSentences, OverlongTokenStandsAlone) {
  std::string text = "a " + std::string(50, 'x') + " b";
  TextOptions options;
  options.max_sentence_bytes = 10;
  EXPECT_EQ(Split(text, options), (std::vector<std::string>{"a", std::string(50, 'x'), "b"}));
}

// Long runs of punctuation must not make the splitter quadratic.
TEST(SplitSentences, PunctuationRunsAreLinear) {
  std::string text = std::string(200000, '?') + "x " + std::string(100000, ')') + " a " +
                     std::string(100000, '.') + "U.S.";
  for (int i = 0; i < 50000; ++i) text += "U.S.” ";
  std::vector<std::string> parts = Split(text);
  EXPECT_FALSE(parts.empty());
}

TEST(Abbreviations, ListsAreSorted) { EXPECT_TRUE(text::AbbreviationListsSorted()); }

}  // namespace
}  // namespace sitrep
