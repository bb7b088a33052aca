// sitrep events / conflicts / export — incidents out of the database.
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "cli/db_command.h"
#include "cli/table.h"
#include "serve/incident_json.h"
#include "sitrep/reconcile.h"

namespace sitrep::cli {

namespace {

struct EventsArgs {
  std::string db = "sitrep.db", format = "table";
  IncidentQuery query;
};

void AddFilters(CLI::App* cmd, EventsArgs* a) {
  cmd->add_option("--db", a->db, "SQLite database file")->capture_default_str();
  cmd->add_option("--type", a->query.type, "Event type (attack, interception, clash, ...)");
  cmd->add_option("--place", a->query.place, "A place; places inside it match too");
  cmd->add_option("--actor", a->query.actor, "An actor's name or country");
  cmd->add_option("--outlet", a->query.outlet, "Only incidents this outlet reported");
  cmd->add_option("--since", a->query.since, "First day (YYYY-MM-DD)");
  cmd->add_option("--until", a->query.until, "Last day (YYYY-MM-DD)");
  cmd->add_option("--min-sources", a->query.min_sources, "At least this many independent sources");
  cmd->add_option("--limit", a->query.limit, "At most this many incidents")->capture_default_str();
}

std::string Place(const Incident& i) {
  std::string p = i.location_name;
  if (!i.admin1.empty() && i.admin1 != p) p += p.empty() ? i.admin1 : ", " + i.admin1;
  return p;
}

std::string Date(const Incident& i) {
  if (!i.date_start.empty()) return i.date_end != i.date_start && !i.date_end.empty() ? i.date_start + ".." + i.date_end : i.date_start;
  return i.date_value;
}

void PrintIncidents(const std::vector<Incident>& incidents, const std::string& format) {
  if (format == "json") {
    serve::Json arr = serve::Json::array();
    for (const auto& i : incidents) arr.push_back(serve::IncidentJson(i));
    std::cout << serve::Dump(arr, 2) << "\n";
    return;
  }
  if (format == "csv") {
    std::cout << "id,date,type,subtype,place,admin1,country,lat,lon,actor,actor_country,sources,articles,conflict,summary\n";
    for (const auto& i : incidents) {
      std::cout << i.id << "," << CsvField(Date(i)) << "," << i.type << "," << CsvField(i.subtype) << ","
                << CsvField(i.location_name) << "," << CsvField(i.admin1) << "," << i.country << ","
                << (i.lat ? std::to_string(*i.lat) : "") << "," << (i.lon ? std::to_string(*i.lon) : "") << ","
                << CsvField(i.actor_name) << "," << i.actor_country << "," << i.sources << "," << i.articles << ","
                << (i.conflict ? "yes" : "no") << "," << CsvField(i.summary) << "\n";
    }
    return;
  }
  Table table({"ID", "DATE", "TYPE", "PLACE", "ACTOR", "SRC", "!", "WHAT"}, {0, 22, 14, 28, 24, 0, 0, 90});
  for (const auto& i : incidents) {
    table.AddRow({std::to_string(i.id), Date(i), i.type, Place(i), i.actor_name.empty() ? i.actor_country : i.actor_name,
                  std::to_string(i.sources), i.conflict ? "!" : "", i.summary});
  }
  std::cout << table.ToString();
  if (incidents.empty()) std::cout << "(no incidents match)\n";
}

void RunEvents(EventsArgs args) {
  auto store = OpenStoreOrReport("events", args.db);
  if (!store) return;
  auto incidents = LoadIncidents(*store, args.query, std::max(args.query.limit, 1), args.format == "json");
  if (!incidents.ok()) return Report("events", incidents.status());
  PrintIncidents(*incidents, args.format);
}

void RunConflicts(EventsArgs args) {
  auto store = OpenStoreOrReport("conflicts", args.db);
  if (!store) return;
  args.query.conflicts_only = true;
  auto incidents = LoadIncidents(*store, args.query, std::max(args.query.limit, 1), true);
  if (!incidents.ok()) return Report("conflicts", incidents.status());
  if (args.format == "json") return PrintIncidents(*incidents, "json");
  for (const auto& i : *incidents) {
    std::cout << "#" << i.id << " " << i.type << (Place(i).empty() ? "" : " in " + Place(i)) << " "
              << Date(i) << " (" << i.sources << " sources)\n  " << i.summary << "\n";
    for (const auto& c : i.conflicts) {
      std::cout << "  " << c.kind << ":\n";
      for (const auto& side : c.sides) {
        std::cout << "    " << side.value << " \u2014 ";
        bool first = true;
        for (int64_t a : side.article_ids) {
          for (const auto& r : i.reports) {
            if (r.article_id == a || r.duplicate_of == a) {
              std::cout << (first ? "" : "; ") << (r.outlet.empty() ? r.source : r.outlet);
              first = false;
              break;
            }
          }
        }
        std::cout << "\n";
      }
    }
    std::cout << "\n";
  }
  if (incidents->empty()) std::cout << "(no conflicting incidents)\n";
}

void RunExport(EventsArgs args) {
  auto store = OpenStoreOrReport("export", args.db);
  if (!store) return;
  auto incidents = LoadIncidents(*store, args.query, 0, args.format != "csv");
  if (!incidents.ok()) return Report("export", incidents.status());
  if (args.format == "csv") return PrintIncidents(*incidents, "csv");
  if (args.format == "jsonl") {
    for (const auto& i : *incidents) std::cout << serve::Dump(serve::IncidentJson(i)) << "\n";
    return;
  }
  serve::Json features = serve::Json::array();
  for (const auto& i : *incidents) {
    serve::Json f = serve::IncidentFeature(i);
    if (!f.is_null()) features.push_back(std::move(f));
  }
  std::cout << serve::Dump({{"type", "FeatureCollection"}, {"features", std::move(features)}}) << "\n";
}

}  // namespace

void AddEventsCommands(CLI::App& app) {
  auto events = std::make_shared<EventsArgs>();
  auto* cmd = app.add_subcommand("events", "List incidents (one real-world event per row, with its sources)");
  AddFilters(cmd, events.get());
  cmd->add_option("--format", events->format, "table, json or csv")->check(CLI::IsMember({"table", "json", "csv"}));
  cmd->callback([events] { RunEvents(*events); });

  auto conflicts = std::make_shared<EventsArgs>();
  auto* ccmd = app.add_subcommand("conflicts", "Incidents whose sources disagree, each side with its sources");
  AddFilters(ccmd, conflicts.get());
  ccmd->add_option("--format", conflicts->format, "text or json")->check(CLI::IsMember({"table", "text", "json"}));
  ccmd->callback([conflicts] { RunConflicts(*conflicts); });

  auto exp = std::make_shared<EventsArgs>();
  exp->format = "geojson";
  auto* ecmd = app.add_subcommand("export", "Export incidents as csv, jsonl or geojson");
  AddFilters(ecmd, exp.get());
  ecmd->add_option("--format", exp->format, "csv, jsonl or geojson")->check(CLI::IsMember({"csv", "jsonl", "geojson"}));
  ecmd->callback([exp] { RunExport(*exp); });
}

}  // namespace sitrep::cli
