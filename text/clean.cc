// CleanText: repair, decode, normalize. One pass over the bytes writes the
// output with whitespace already normalized; NFC runs afterwards only when
// the text holds a code point that NFC could change.
#include <utf8proc.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "sitrep/text.h"
#include "text/entities.h"
#include "text/utf8.h"

namespace sitrep {
namespace {

using text::DecodeUtf8;

// Offsets are uint32_t, so a body is cut below 4 GiB (ingest's budgets are
// far smaller; this only keeps the arithmetic honest).
constexpr size_t kMaxTextBytes = size_t{1} << 31;

enum ByteClass : uint8_t { kPlain, kSpace, kNewline, kReturn, kAmp, kControl, kHigh };

constexpr auto kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 0x80)
      t[c] = kHigh;
    else if (c < 0x20 || c == 0x7F)
      t[c] = kControl;
    else
      t[c] = kPlain;
  }
  t[' '] = t['\t'] = t['\v'] = t['\f'] = kSpace;
  t['\n'] = kNewline;
  t['\r'] = kReturn;
  t['&'] = kAmp;
  return t;
}();

// What a non-ASCII code point becomes in clean text.
enum class CpAction { kKeep, kSpace, kNewline, kParagraph, kDrop, kControl };

CpAction Classify(char32_t cp) {
  if (cp < 0xA0)
    return cp == 0x85 ? CpAction::kNewline : CpAction::kControl;  // C1 (NEL ends a line)
  if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
      cp == 0x205F || cp == 0x3000) {
    return CpAction::kSpace;
  }
  // Soft hyphen, zero-width and bidi format characters split words invisibly.
  if (cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
      (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF) {
    return CpAction::kDrop;
  }
  if (cp == 0x2028) return CpAction::kNewline;
  if (cp == 0x2029) return CpAction::kParagraph;
  return CpAction::kKeep;
}

// Length of the character at s[j] if it is copied unchanged: printable
// ASCII, a two-byte letter or sign that needs no rewriting, or one of the
// typographic dashes, quotes and ellipsis of U+2010..U+2027. 0 otherwise.
inline size_t PlainLen(std::string_view s, size_t j) {
  const unsigned char c = s[j];
  if (kByteClass[c] == kPlain) return 1;
  if (c == 0xE2) {
    return j + 2 < s.size() && static_cast<unsigned char>(s[j + 1]) == 0x80 &&
                   static_cast<unsigned char>(s[j + 2]) >= 0x90 &&
                   static_cast<unsigned char>(s[j + 2]) <= 0xA7
               ? 3
               : 0;
  }
  const char32_t cp = text::Decode2(s, j);
  return cp != 0 && (text::Prop2Of(cp) & text::kProp2Clean) ? 2 : 0;
}

class Cleaner {
 public:
  explicit Cleaner(size_t size_hint) { out_.reserve(size_hint + size_hint / 16); }

  void Run(std::string_view s);
  std::string Finish(std::vector<std::string>* warnings);

 private:
  // Writes the separator owed to the blanks seen since the last visible char.
  void Flush() {
    if (!out_.empty() && (newlines_ | space_)) {
      if (newlines_ >= 2)
        out_.append("\n\n", 2);
      else if (newlines_ == 1)
        out_ += '\n';
      else
        out_ += ' ';
    }
    newlines_ = 0;
    space_ = false;
  }
  void Space() { space_ = true; }
  void Newline() {
    if (newlines_ < 2) ++newlines_;
    space_ = false;
  }
  void Ascii(char c);
  void CodePoint(char32_t cp);
  size_t Entity(std::string_view s, size_t i);

  std::string out_;
  int newlines_ = 0;
  bool space_ = false;
  bool after_cr_ = false;  // a "\n" right after "\r" is the same line break
  bool need_nfc_ = false;
  size_t bad_bytes_ = 0;  // invalid UTF-8 replaced
  size_t controls_ = 0;   // control characters removed
};

void Cleaner::Ascii(char c) {
  switch (kByteClass[static_cast<unsigned char>(c)]) {
    case kSpace:
      Space();
      break;
    case kNewline:
      Newline();
      break;
    case kReturn:
      Newline();
      break;
    case kControl:
      ++controls_;
      break;
    default:
      Flush();
      out_ += c;
      break;
  }
}

void Cleaner::CodePoint(char32_t cp) {
  if (cp < 0x80) return Ascii(static_cast<char>(cp));
  switch (Classify(cp)) {
    case CpAction::kKeep:
      Flush();
      text::AppendUtf8(out_, cp);
      if (!text::IsNfcSafe(cp)) need_nfc_ = true;
      break;
    case CpAction::kSpace:
      Space();
      break;
    case CpAction::kNewline:
      Newline();
      break;
    case CpAction::kParagraph:
      Newline();
      Newline();
      break;
    case CpAction::kDrop:
      break;
    case CpAction::kControl:
      ++controls_;
      break;
  }
}

// Returns the bytes consumed at s[i] == '&'.
size_t Cleaner::Entity(std::string_view s, size_t i) {
  text::EntityMatch m = text::DecodeEntity(s, i);
  if (m.len == 0) {
    Flush();
    out_ += '&';
    return 1;
  }
  // A decoded '&' is text, not the start of another reference.
  if (m.cp == '&') {
    Flush();
    out_ += '&';
  } else {
    CodePoint(m.cp);
  }
  return m.len;
}

void Cleaner::Run(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // The common case: printable ASCII with single spaces between words,
    // copied as one block. A space opening the run still goes through
    // Flush(), which knows whether it starts a line.
    size_t j = i;
    while (j < n) {
      if (size_t len = PlainLen(s, j)) {
        j += len;
      } else if (p[j] == ' ' && j > i && j + 1 < n && (len = PlainLen(s, j + 1))) {
        j += 1 + len;
      } else {
        break;
      }
    }
    if (j > i) {
      Flush();
      out_.append(p + i, j - i);
      after_cr_ = false;
      i = j;
      continue;
    }
    const uint8_t cls = kByteClass[static_cast<unsigned char>(p[i])];
    const bool cr = cls == kReturn;
    if (cls == kNewline && after_cr_) {
      ++i;
    } else if (cls == kAmp) {
      i += Entity(s, i);
    } else if (cls == kHigh) {
      text::Decoded d = DecodeUtf8(s, i);
      if (!d.valid) bad_bytes_ += d.len;
      CodePoint(d.cp);
      i += d.len;
    } else {
      Ascii(p[i]);
      ++i;
    }
    after_cr_ = cr;
  }
}

std::string Cleaner::Finish(std::vector<std::string>* warnings) {
  if (warnings && bad_bytes_ > 0) {
    warnings->push_back("invalid UTF-8: " + std::to_string(bad_bytes_) + " byte" +
                        (bad_bytes_ == 1 ? "" : "s") + " replaced by U+FFFD");
  }
  if (warnings && controls_ > 0) {
    warnings->push_back("removed " + std::to_string(controls_) + " control character" +
                        (controls_ == 1 ? "" : "s"));
  }
  if (!need_nfc_) return std::move(out_);
  utf8proc_uint8_t* nfc = nullptr;
  utf8proc_ssize_t len =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(out_.data()),
                   static_cast<utf8proc_ssize_t>(out_.size()), &nfc,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (len < 0) {  // cannot happen on valid UTF-8; keep the unnormalized text
    if (warnings) warnings->push_back(std::string("NFC failed: ") + utf8proc_errmsg(len));
    return std::move(out_);
  }
  std::string result(reinterpret_cast<const char*>(nfc), static_cast<size_t>(len));
  std::free(nfc);
  return result;
}

}  // namespace

std::string CleanText(std::string_view raw, std::vector<std::string>* warnings) {
  if (raw.size() > kMaxTextBytes) {
    if (warnings) warnings->push_back("text longer than 2 GiB: truncated");
    raw = raw.substr(0, kMaxTextBytes);
  }
  Cleaner cleaner(raw.size());
  cleaner.Run(raw);
  return cleaner.Finish(warnings);
}

}  // namespace sitrep
