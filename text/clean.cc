// CleanText — PROVISIONAL: whitespace only; the text stage replaces this.
#include "sitrep/text.h"

namespace sitrep {

std::string CleanText(std::string_view raw, std::vector<std::string>* warnings) {
  std::string out;
  out.reserve(raw.size());
  bool space = false;
  for (char c : raw) {
    if (c == ' ' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty() && out.back() != '\n' && c != '\n') out += ' ';
    space = false;
    out += c;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace sitrep
