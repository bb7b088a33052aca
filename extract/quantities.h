// The quantity pass: the counts, amounts and shares a sentence states.
//
//   for (const QuantitySpan& q : FindQuantities(doc, sentence)) use(q.quantity);
//
// Shapes read (Quantity fields; see sitrep/record.h):
//   "11,000", "1.5 million", "six", "twenty-seven", "a dozen", "one million",
//   "half a million"
//                                            value, qualifier exact
//   "$242 million", "€50bn", "£3m", "$2.3B", "5 million dollars", "UAH 2 billion"
//                                            kind money, currency ISO 4217, value in units
//   "40%", "40 percent", "40 per cent"       kind percent, unit percent
//   "about/around/roughly/some/an estimated N"           approx
//   "nearly/almost/up to/fewer than/less than/no more than/as many as N"  at_most
//   "at least/over/more than/upwards of/no fewer than N", "N or more"    at_least
//   "dozens/hundreds/thousands of", "tens of thousands of", "several hundred"
//                                            at_least 12 / 100 / 1000 / 10000 / 300
//   "11,000 to 15,000", "11,000-15,000", "from 11,000 to as high as 15,000",
//   "between 10 and 12", "10 or 12", "1 to 2 million"    value, max, qualifier range
//   "20 of 31 drones", "27 out of 49", "20 of the 31", "20 drones launched by
//   Russia, out of a total of 31"            value 20, QuantitySpan::total 31
//   "all 14 drones"                          value 14, total 14
//   "over half of the projectiles", "two-thirds of"      value 0.5 / 0.667, unit fraction,
//                                            unit_lemma "projectile"
// The unit is the singular lemma of the noun after the number, up to three
// modifiers away ("31 Russian attack drones" -> drone; nouns listed in
// number_words.cc). Quantity::kind stays empty except for money and percent:
// the event pass gives counts their role.
//
// Not quantities: day numbers and years inside dates (the date pass's spans
// are masked), a bare four-digit year ("the 2024 budget"), times ("10 p.m.",
// "10:30"), ordinals ("3rd Assault Brigade"), numbers glued to a name
// ("Kh-101", "F-16", "Su-34"), measures glued to digits ("155mm"),
// designators ("Resolution 2231", "No. 5"), "one of the", "no one", "one"
// the pronoun ("one can see"), number words capitalized inside a name
// ("Channel One", "the Group of Seven"). "over" is a preposition, not "more
// than", after a counted noun ("43 drones over seven regions") or a noun of
// rule or flight ("control over two villages"); an em dash between blanks
// is punctuation, not a range.
//
// Spans include the qualifier, the number, and the unit noun with its
// modifiers; Quantity::text is that span's text.
#ifndef SITREP_EXTRACT_QUANTITIES_H_
#define SITREP_EXTRACT_QUANTITIES_H_

#include <vector>

#include "extract/annotations.h"
#include "sitrep/document.h"

namespace sitrep::extract {

std::vector<QuantitySpan> FindQuantities(const Document& doc, const Sentence& s);

}  // namespace sitrep::extract

#endif  // SITREP_EXTRACT_QUANTITIES_H_
