// sitrep/server.h — the HTTP JSON API and the web page.
//
//   sitrep::ServerOptions options;
//   options.db = "sitrep.db";
//   sitrep::Server server(options);
//   sitrep::Status s = server.Listen();   // blocks until Stop()
//
// Read-only unless started with a token: POST /api/ingest then needs
// "Authorization: Bearer TOKEN", compared in constant time. Binds 127.0.0.1
// unless told otherwise. Static files are served only from web_dir, and only
// paths that stay inside it. Every error is JSON: {"error": "..."}.
//
// Routes (see /api/openapi.json for parameters):
//   GET  /healthz
//   GET  /api/incidents           filters of `sitrep events`, limit, cursor
//   GET  /api/incidents/{id}      reports, evidence, figures, conflicts
//   GET  /api/entities?q=         GET /api/entities/{id}
//   GET  /api/search?q=           GET /api/conflicts
//   GET  /api/brief?date=|since=  GET /api/stats   GET /api/timeline
//   GET  /api/openapi.json
//   POST /api/ingest              one JSON article, or JSON Lines
#ifndef SITREP_SERVER_H_
#define SITREP_SERVER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "sitrep/status.h"

namespace sitrep {

struct ServerOptions {
  std::string db = "sitrep.db";
  std::string bind = "127.0.0.1";
  int port = 8080;                        // 0: any free port (see Server::port())
  std::string token;                      // empty: read-only
  std::string web_dir;                    // empty: the installed or source web/ folder
  std::string data_dir;                   // for /api/ingest; empty: DefaultDataDir()
  size_t max_body_bytes = 16u << 20;      // POST bodies
  int max_page = 500;                     // largest `limit`
  // Worker threads (and database connections). cpp-httplib gives each
  // kept-alive connection a thread of its own until it closes or idles for
  // a second; a client beyond that waits, up to seconds. Idle threads cost
  // little, so there are many more than cores: a browser opens six.
  int threads = 32;
};

class Server {
 public:
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and serves until Stop(); returns when stopped or if binding fails.
  Status Listen();
  // Binds only; then call Serve() (e.g. from a thread) — for tests that need the port first.
  Status Bind();
  Status Serve();
  void Stop();
  int port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep

#endif  // SITREP_SERVER_H_
