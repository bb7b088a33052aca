// HTML character references in plain text (internal to text/).
//
// Bodies that come from JSON, feeds or copy-pasted pages often still carry
// "&amp;", "&rsquo;" or "&#8217;". The decoder knows the named references
// news text uses (about 180) and every numeric one.
#ifndef SITREP_TEXT_ENTITIES_H_
#define SITREP_TEXT_ENTITIES_H_

#include <cstddef>
#include <string_view>

namespace sitrep::text {

struct EntityMatch {
  char32_t cp = 0;  // decoded code point
  size_t len = 0;   // bytes of the reference, 0 when s[i] starts none
};

// Decodes the reference starting at s[i] == '&'. Named references need their
// ';'; numeric ones may omit it. Numeric values that are not scalar values
// become U+FFFD; 0x80..0x9F are read as windows-1252, as browsers do.
EntityMatch DecodeEntity(std::string_view s, size_t i);

}  // namespace sitrep::text

#endif  // SITREP_TEXT_ENTITIES_H_
