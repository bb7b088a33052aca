// The compiled entity lexicon: every name sitrep knows (curated lists under
// data/lexicons/ and the gazetteer), as token phrases matched longest first.
//
//   auto lex = Lexicon::Load("data/lexicons", "data/gazetteer.tsv");
//   std::vector<Keyed> items = KeyTokens(doc.text, doc.tokens);
//   size_t n = lex->Longest(items, i, items.size(), &phrases);  // longest phrase at i
//
// Immutable after Load; safe to share between threads.
#ifndef SITREP_EXTRACT_LEXICON_H_
#define SITREP_EXTRACT_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/flat_index.h"
#include "extract/gazetteer.h"
#include "sitrep/document.h"
#include "extract/transliterate.h"
#include "sitrep/status.h"

namespace sitrep::extract {

enum class EntryKind : uint8_t {
  kEntity,   // a named thing: person, organization, location, weapon, military_unit
  kDemonym,  // "Ukrainian", "North Korean": stands for a country
  kTitle,    // "Prime Minister", "Gen.": a role before a name
  kStop,     // "Monday", "Christmas": never an entity
};

struct LexEntry {
  EntryKind kind = EntryKind::kEntity;
  std::string type;  // person | organization | location | weapon | military_unit | group
  std::string name;  // canonical
  std::string country;
  std::string role;     // people: known role; titles: the title itself
  std::string feature;  // locations: country | region | city | village | facility | sea | continent
  std::string admin1;
  double lat = 0, lon = 0;
  bool has_coordinates = false;
  uint32_t population = 0;
  bool curated = true;  // from data/lexicons, not only from the gazetteer
  std::string surname_key;  // people: NameKey of the family name
};

// A token as matchers see it. Possessive markers ("'s", "’s") are not items:
// they set `possessive` on the word before, so "Russia's Defense Ministry"
// and "Russia’s Defense Ministry" read alike.
struct Keyed {
  uint32_t token = 0;  // index into the token vector
  uint32_t start = 0, end = 0;  // bytes of the word, possessive excluded
  std::string key;     // FoldKey, or the punctuation itself
  uint64_t hash = 0;   // of key
  CaseShape shape = CaseShape::kOther;
  bool possessive = false;
  bool word = false;   // a word or number (not punctuation)
};
std::vector<Keyed> KeyTokens(std::string_view text, const std::vector<Token>& tokens);

// One way of writing an entry, as folded token keys with case needs.
struct Phrase {
  uint32_t entry = 0;
  bool bound = false;             // counts only if the entry is named otherwise too
  std::vector<CaseShape> shapes;  // per token: kLower = any case
  std::vector<uint64_t> hashes;   // per token key, to rule out hash collisions
};

class Lexicon {
 public:
  // Reads the lexicon TSVs in lexicon_dir and the gazetteer at gazetteer_path.
  static Result<std::unique_ptr<Lexicon>> Load(const std::string& lexicon_dir,
                                               const std::string& gazetteer_path);

  // Number of items of the longest phrase that starts at items[i], ends by
  // `end` and whose case the text satisfies; *out gets its phrases. 0 if none.
  size_t Longest(const std::vector<Keyed>& items, size_t i, size_t end,
                 std::vector<const Phrase*>* out) const;

  const LexEntry& entry(uint32_t i) const { return entries_[i]; }
  size_t size() const { return entries_.size(); }
  bool IsFirstName(uint64_t key_hash) const { return first_names_.Find(key_hash) != nullptr; }
  // The location entry of a country by ISO code, or -1.
  int CountryEntry(const std::string& code) const;

  // Adds a phrase written as text (tokenized the way articles are).
  void AddPhrase(uint32_t entry, std::string_view text, bool case_free);
  uint32_t AddEntry(LexEntry e);

 private:
  Status LoadCountries(const std::string& path, const std::vector<Place>& gaz);
  Status LoadPlaces(const std::string& path, const std::vector<Place>& gaz);
  Status LoadNamed(const std::string& path, const std::string& type);
  Status LoadTitles(const std::string& path);
  Status LoadWordList(const std::string& path, EntryKind kind);
  void AddGazetteer(const std::vector<Place>& gaz);

  std::vector<LexEntry> entries_;
  // Phrases by the combined hash of their token keys, and the longest
  // phrase that starts with a key, by that key's hash.
  FlatIndex phrase_index_;  // combined hash -> index into phrases_
  std::vector<std::vector<Phrase>> phrases_;
  FlatIndex max_len_;
  std::vector<uint64_t> first_bits_ = std::vector<uint64_t>(1 << 12);  // a quick "no phrase starts here"
  FlatIndex first_names_;  // hashes of FoldKeys
  std::unordered_map<std::string, uint32_t> countries_;
};

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_LEXICON_H_
