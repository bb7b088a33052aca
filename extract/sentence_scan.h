// The work the quantity and date passes share for one sentence: its
// TokenStream and its date spans (resolved against Document::published).
//
// The event pass calls FindQuantities and FindDates on the same sentence one
// after the other, and both need the stream (the quantity pass also needs
// the dates, to keep day numbers and years out of counts). ScanSentence
// keeps the last sentence scanned on each thread and returns it again when
// asked for the same one, so the second pass costs almost nothing. "The
// same" is checked on the document's buffers, the sentence's range, the
// publication date and a hash of the sentence's bytes, so a new document
// that happens to reuse freed memory is scanned afresh.
#ifndef SITREP_EXTRACT_SENTENCE_SCAN_H_
#define SITREP_EXTRACT_SENTENCE_SCAN_H_

#include <vector>

#include "extract/dates.h"
#include "extract/token_stream.h"
#include "sitrep/document.h"

namespace sitrep::extract {

struct SentenceScan {
  TokenStream ts;
  std::vector<StreamDate> dates;
};

// Valid until the next call on the same thread.
const SentenceScan& ScanSentence(const Document& doc, const Sentence& s);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_SENTENCE_SCAN_H_
