// sitrep search / entity / brief — reading the database as an analyst would.
#include <unistd.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/db_command.h"
#include "serve/brief.h"
#include "serve/incident_json.h"
#include "sitrep/reconcile.h"

namespace sitrep::cli {

namespace {

struct LookupArgs {
  std::string db = "sitrep.db", query, format = "text", date, since;
  int limit = 20;
};

// FTS5 marks matches with \x02 .. \x03: bold on a terminal, **..** otherwise.
std::string Highlight(const std::string& snippet) {
  bool tty = isatty(STDOUT_FILENO);
  std::string out;
  for (char c : snippet) {
    if (c == '\x02') out += tty ? "\033[1m" : "**";
    else if (c == '\x03') out += tty ? "\033[0m" : "**";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

void RunSearch(const LookupArgs& a) {
  auto store = OpenStoreOrReport("search", a.db);
  if (!store) return;
  auto hits = store->Search(a.query, a.limit);
  if (!hits.ok()) return Report("search", hits.status());
  if (a.format == "json") {
    serve::Json arr = serve::Json::array();
    for (const auto& h : *hits) arr.push_back(serve::SearchHitJson(h));
    std::cout << serve::Dump(arr, 2) << "\n";
    return;
  }
  int n = 0;
  for (const auto& h : *hits) {
    std::string where = h.outlet;
    for (const std::string* part : {&h.published, &h.url}) {
      if (!part->empty()) where += (where.empty() ? "" : ", ") + *part;
    }
    std::cout << ++n << ". " << (h.title.empty() ? h.source : h.title) << "\n";
    if (!where.empty()) std::cout << "   " << where << "\n";
    std::cout << "   " << Highlight(h.snippet) << "\n";
  }
  if (hits->empty()) std::cout << "(no articles match '" << a.query << "')\n";
}

void RunEntity(const LookupArgs& a) {
  auto store = OpenStoreOrReport("entity", a.db);
  if (!store) return;
  auto found = store->FindEntities(a.query, a.limit);
  if (!found.ok()) return Report("entity", found.status());
  if (a.format == "json") {
    serve::Json arr = serve::Json::array();
    for (const auto& e : *found) arr.push_back(serve::EntityJson(e));
    std::cout << serve::Dump(arr, 2) << "\n";
    return;
  }
  for (const auto& e : *found) {
    std::cout << e.name << " (" << e.type << (e.country.empty() ? "" : ", " + e.country) << ")\n";
    if (!e.role.empty()) std::cout << "  role: " << e.role << "\n";
    if (!e.aliases.empty()) {
      std::cout << "  also written:";
      for (const auto& al : e.aliases) std::cout << " " << al << ";";
      std::cout << "\n";
    }
    if (e.lat && e.lon) std::cout << "  at " << *e.lat << ", " << *e.lon << (e.admin1.empty() ? "" : " (" + e.admin1 + ")") << "\n";
    std::cout << "  " << e.mentions << " mentions in " << e.articles << " articles; " << e.incidents << " incidents\n";
    for (const auto& [month, count] : e.incidents_by_month) {
      std::cout << "    " << month << "  " << std::string(std::min<int64_t>(count, 60), '#') << " " << count << "\n";
    }
  }
  if (found->empty()) std::cout << "(no entity named '" << a.query << "')\n";
}

void RunBrief(const LookupArgs& a) {
  auto store = OpenStoreOrReport("brief", a.db);
  if (!store) return;
  IncidentQuery q;
  std::string period = serve::BriefPeriod(a.date, a.since, &q);
  auto incidents = LoadIncidents(*store, q, serve::kMaxBriefIncidents, true);
  if (!incidents.ok()) return Report("brief", incidents.status());
  std::cout << serve::BriefText(serve::MakeBrief(period, *incidents));
}

}  // namespace

void AddLookupCommands(CLI::App& app) {
  auto search = std::make_shared<LookupArgs>();
  auto* s = app.add_subcommand("search", "Full-text search of stored articles, best first");
  s->add_option("query", search->query, "Words or an FTS5 query (\"North Korean\" AND troops)")->required();
  s->add_option("--db", search->db, "SQLite database file")->capture_default_str();
  s->add_option("--limit", search->limit, "At most this many articles")->capture_default_str();
  s->add_option("--format", search->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  s->callback([search] { RunSearch(*search); });

  auto entity = std::make_shared<LookupArgs>();
  auto* e = app.add_subcommand("entity", "A person, place or organization: aliases, role, incidents over time");
  e->add_option("name", entity->query, "Name or alias (any spelling)")->required();
  e->add_option("--db", entity->db, "SQLite database file")->capture_default_str();
  e->add_option("--format", entity->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  e->callback([entity] { RunEntity(*entity); });

  auto brief = std::make_shared<LookupArgs>();
  auto* b = app.add_subcommand("brief", "A briefing of a day or period, grouped by theme, with numbered sources");
  b->add_option("--db", brief->db, "SQLite database file")->capture_default_str();
  auto* date = b->add_option("--date", brief->date, "One day (YYYY-MM-DD)");
  b->add_option("--since", brief->since, "From this day on (YYYY-MM-DD)")->excludes(date);
  b->callback([brief] { RunBrief(*brief); });
}

}  // namespace sitrep::cli
