#include "extract/lower_tokens.h"

#include <gtest/gtest.h>

#include "extract/lemma.h"
#include "sitrep/text.h"

namespace sitrep::extract {
namespace {

Document Doc(const std::string& text) {
  Article a;
  a.body = text;
  return MakeDocument(a);
}

TEST(LowerTokens, SameAsLowerWordWithAndWithoutTheTable) {
  Document doc = Doc("KYIV’s Mayor said Ünal and O'Brien met in Zaporizhzhia, 3 DRONES.");
  ASSERT_GT(doc.tokens.size(), 5u);
  std::vector<std::string> plain;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) plain.push_back(LowerToken(doc, t));
  EXPECT_EQ(LowerTokens::For(doc), nullptr);
  const LowerTokens table(doc);
  EXPECT_EQ(LowerTokens::For(doc), &table);
  std::string scratch;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    std::string want = LowerWord(doc.TokenText(doc.tokens[t]));
    EXPECT_EQ(plain[t], want);
    EXPECT_EQ(table[t], want);
    EXPECT_EQ(LowerToken(doc, t), want);
    EXPECT_EQ(LowerTokenView(doc, t, &scratch), want);
  }
}

TEST(LowerTokens, TablesNestAndAnswerOnlyForTheirDocument) {
  Document a = Doc("Alpha Beta."), b = Doc("Gamma Delta.");
  {
    const LowerTokens ta(a);
    EXPECT_EQ(LowerTokens::For(b), nullptr);
    {
      const LowerTokens tb(b);
      EXPECT_EQ(LowerTokens::For(a), &ta);
      EXPECT_EQ(LowerTokens::For(b), &tb);
      EXPECT_EQ(LowerToken(b, 0), "gamma");
    }
    EXPECT_EQ(LowerTokens::For(b), nullptr);
    EXPECT_EQ(LowerToken(a, 1), "beta");
  }
  EXPECT_EQ(LowerTokens::For(a), nullptr);
}

}  // namespace
}  // namespace sitrep::extract
