// sitrep serve — the HTTP API and the web page over a database.
#include <csignal>
#include <iostream>

#include "cli/commands.h"
#include "cli/db_command.h"
#include "sitrep/server.h"

namespace sitrep::cli {

namespace {

Server* g_server = nullptr;

void OnSignal(int) {
  if (g_server) g_server->Stop();
}

void RunServe(const ServerOptions& options) {
  // The database must exist: serving an empty new file hides a typo.
  if (!OpenStoreOrReport("serve", options.db)) return;
  Server server(options);
  if (Status s = server.Bind(); !s.ok()) return Report("serve", s);
  g_server = &server;
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  std::cout << "sitrep serve: http://" << options.bind << ":" << server.port() << "/  (database " << options.db
            << (options.token.empty() ? ", read-only" : ", POST /api/ingest enabled") << "; Ctrl-C stops)"
            << std::endl;
  if (Status s = server.Serve(); !s.ok()) Report("serve", s);
  g_server = nullptr;
}

}  // namespace

void AddServeCommand(CLI::App& app) {
  auto o = std::make_shared<ServerOptions>();
  auto* cmd = app.add_subcommand("serve", "Serve the HTTP JSON API and the web page");
  cmd->add_option("--db", o->db, "SQLite database file")->capture_default_str();
  cmd->add_option("--bind", o->bind, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", o->port, "Port (0: any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
  cmd->add_option("--token", o->token, "Enable POST /api/ingest for clients sending this bearer token");
  cmd->add_option("--web", o->web_dir, "Folder of the web page (default: the installed web/)");
  cmd->add_option("--data", o->data_dir, "Folder of lexicons, gazetteer and patterns (for ingest)");
  cmd->add_option("--threads", o->threads, "Worker threads")->capture_default_str()->check(CLI::Range(1, 256));
  cmd->callback([o] { RunServe(*o); });
}

}  // namespace sitrep::cli
