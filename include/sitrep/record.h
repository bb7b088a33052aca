// sitrep/record.h — the extraction record (shared contract: docs/output.md).
//
// One Record per article: the document's metadata, the entities it names and
// the events it reports, each event with its evidence offsets. ToJson()
// writes the contract's field names; fields that are unknown are left out
// rather than written empty, except `entities` and `events`, always arrays.
#ifndef SITREP_RECORD_H_
#define SITREP_RECORD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sitrep/document.h"
#include "sitrep/status.h"

namespace sitrep {

struct Mention {
  uint32_t start = 0, end = 0;  // byte offsets into Document::text
  std::string text;
};

struct Geo {
  double lat = 0, lon = 0;
  bool has_coordinates = false;
  std::string feature;  // country | region | city | village | facility | sea
  std::string admin1;
  std::string country;  // ISO 3166-1 alpha-2
};

struct Entity {
  std::string id;    // "e1", "e2", ... within the record
  std::string type;  // person | organization | location | weapon | military_unit | group
  std::string name;  // canonical name
  std::vector<std::string> aliases;
  std::string role;
  std::string country;  // ISO 3166-1 alpha-2
  std::optional<Geo> geo;
  std::vector<Mention> mentions;
};

// An event slot (actor, target, location): a name, and the entity it is when known.
struct Ref {
  std::string name;
  std::string entity;  // Entity::id, or empty
  std::string country;
  std::optional<double> lat, lon;
  std::string admin1;
  bool empty() const { return name.empty() && entity.empty(); }
};

struct EventDate {
  std::string value;      // "2024-12-25", "XXXX-12-16", "2025-01", "2024-12-20/2024-12-25"
  std::string precision;  // day | month | year | range
  std::string text;       // the words it was read from
};

struct Quantity {
  std::string kind;  // launched, intercepted, killed, wounded, captured, missing, casualties,
                     // troops, personnel, people, agents, ships, entities, money, count
  double value = 0;
  std::optional<double> max;
  std::string unit;       // "drone", "missile", "soldier", ...
  std::string qualifier;  // exact | approx | at_least | at_most | range
  std::string currency;   // for money: ISO 4217 ("USD", "EUR")
  std::string text;       // the words it was read from
};

struct Attribution {
  std::string source;  // who says so
  std::string status;  // reported | claimed | confirmed | unverified | denied
};

struct Event {
  std::string id;  // "v1", "v2", ...
  std::string type;
  std::string subtype;
  Ref actor, target, location;
  EventDate date;
  std::vector<Quantity> quantities;
  Attribution attribution;
  Mention evidence;
  std::string modality = "asserted";  // asserted | planned | possible | negated
  std::string plover;
  std::string rule;
  double confidence = 0;
};

struct Record {
  Document doc;
  std::vector<Entity> entities;
  std::vector<Event> events;
};

// Options of the JSON form.
struct JsonOptions {
  bool with_text = false;  // add doc.text, the cleaned text all offsets refer to
  int indent = -1;         // -1: one line (JSON Lines); >= 0: pretty
};

std::string ToJson(const Record& record, const JsonOptions& options = {});

// Reads one record back from its JSON form (as `sitrep extract --with-text`
// writes it), so records extracted elsewhere can be stored. Fields it does
// not know are ignored; a missing doc.text, or offsets outside it, are an error.
Result<Record> RecordFromJson(std::string_view json);

}  // namespace sitrep

#endif  // SITREP_RECORD_H_
