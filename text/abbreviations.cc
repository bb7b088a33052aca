// Abbreviation and sentence-starter lists. Kept sorted (byte order) so a
// lookup is a binary search; abbreviations_test.cc checks the order.
#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace sitrep::text {
namespace {

// Titles, ranks and words that announce a name or a number.
constexpr std::string_view kContinue[] = {
    "Adm", "Amb",  "Ave",  "Brig",   "Capt", "Cdr", "Cmdr",   "Col",  "Cpl", "Dr",  "Fig",  "Ft",
    "Gen", "Gens", "Gov",  "Hon",    "Lt",   "Maj", "Messrs", "Mme",  "Mr",  "Mrs", "Ms",   "Mt",
    "No",  "Nos",  "Pres", "Prof",   "Pte",  "Pvt", "Rep",    "Reps", "Rev", "Sen", "Sens", "Sgt",
    "St",  "Supt", "Vol",  "approx", "ca",   "cf",  "e.g",    "i.e",  "vs",
};

// Abbreviations that also stand at the end of a sentence.
constexpr std::string_view kMayEnd[] = {
    "Apr", "Assn", "Aug", "Blvd", "Bros", "Co",  "Corp", "Dec", "Dept",
    "Feb", "Govt", "Inc", "Jan",  "Jr",   "Jul", "Jun",  "Ltd", "Mar",
    "Nov", "Oct",  "Rd",  "Sep",  "Sept", "Sr",  "Univ", "al",  "etc",
};

constexpr std::string_view kStarters[] = {
    "A",         "According", "After",   "Afterwards", "Also",    "Although",    "Among",
    "An",        "And",       "Another", "As",         "At",      "Authorities", "Before",
    "Both",      "But",       "By",      "Despite",    "During",  "Each",        "Earlier",
    "Elsewhere", "Even",      "For",     "From",       "Further", "He",          "Her",
    "Here",      "His",       "How",     "However",    "I",       "If",          "In",
    "It",        "Its",       "Last",    "Later",      "Many",    "Meanwhile",   "More",
    "Most",      "No",        "Now",     "Officials",  "On",      "One",         "Only",
    "Our",       "Over",      "Several", "She",        "Since",   "So",          "Some",
    "Still",     "That",      "The",     "Their",      "Then",    "There",       "These",
    "They",      "This",      "Those",   "Though",     "Thus",    "To",          "Today",
    "Two",       "Under",     "Until",   "We",         "What",    "When",        "Where",
    "While",     "Who",       "Why",     "With",       "Without", "Yesterday",   "Yet",
    "You",
};

constexpr std::string_view kSpeechVerbs[] = {
    "added",     "adds",     "announced", "asked",  "asks",    "claimed",  "continued", "declared",
    "explained", "insisted", "noted",     "posted", "replied", "reported", "said",      "says",
    "stated",    "stressed", "tells",     "told",   "tweeted", "warned",   "writes",    "wrote",
};

template <size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view word) {
  return std::binary_search(std::begin(list), std::end(list), word);
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// Most words before a period are not abbreviations: a table of (first byte,
// length) pairs that occur in the lists rejects them without a search.
constexpr size_t kMaxAbbrevLen = 7;

struct Filter {
  std::array<uint8_t, 128> lengths{};  // bit L set: some entry has length L
  constexpr Filter() {
    for (std::string_view w : kContinue)
      lengths[static_cast<unsigned char>(w[0])] |= 1u << w.size();
    for (std::string_view w : kMayEnd) lengths[static_cast<unsigned char>(w[0])] |= 1u << w.size();
  }
  bool MayContain(std::string_view w) const {
    return !w.empty() && w.size() <= kMaxAbbrevLen && static_cast<unsigned char>(w[0]) < 128 &&
           (lengths[static_cast<unsigned char>(w[0])] >> w.size()) & 1;
  }
};

constexpr Filter kFilter;

}  // namespace

bool IsKnownAbbreviation(std::string_view word) {
  return kFilter.MayContain(word) && (Contains(kContinue, word) || Contains(kMayEnd, word));
}

AbbrevKind ClassifyAbbreviation(std::string_view token) {
  if (token.size() < 2 || token.back() != '.') return AbbrevKind::kNone;
  std::string_view word = token.substr(0, token.size() - 1);
  if (kFilter.MayContain(word)) {
    if (Contains(kContinue, word)) return AbbrevKind::kContinue;
    if (Contains(kMayEnd, word)) return AbbrevKind::kMayEnd;
  }
  // Initials ("W.", non-ASCII ones too) and dotted forms ("U.S.", "a.m.").
  if (word.find('.') != std::string_view::npos) return AbbrevKind::kMayEnd;
  if (word.size() == 1 && IsUpperAscii(word[0])) return AbbrevKind::kMayEnd;
  if (word.size() <= 4 && static_cast<unsigned char>(word[0]) >= 0x80) return AbbrevKind::kMayEnd;
  return AbbrevKind::kNone;
}

bool IsSentenceStarter(std::string_view word) { return Contains(kStarters, word); }

bool IsSpeechVerb(std::string_view word) { return Contains(kSpeechVerbs, word); }

// For the order test.
bool AbbreviationListsSorted() {
  return std::is_sorted(std::begin(kContinue), std::end(kContinue)) &&
         std::is_sorted(std::begin(kMayEnd), std::end(kMayEnd)) &&
         std::is_sorted(std::begin(kStarters), std::end(kStarters)) &&
         std::is_sorted(std::begin(kSpeechVerbs), std::end(kSpeechVerbs));
}

}  // namespace sitrep::text
