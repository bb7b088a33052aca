// The HTTP server: routes to store queries, JSON out. Each worker thread
// borrows a read connection from a pool; POST /api/ingest writes through
// one writer connection at a time.
#include "sitrep/server.h"

#include <httplib.h>

#include <condition_variable>
#include <mutex>
#include <vector>

#include "serve/brief.h"
#include "serve/http_body.h"
#include "serve/incident_json.h"
#include "serve/openapi.h"
#include "serve/params.h"
#include "serve/static_cache.h"
#include "serve/static_files.h"
#include "sitrep/extract.h"
#include "sitrep/ingest.h"
#include "sitrep/reconcile.h"
#include "sitrep/store.h"
#include "sitrep/text.h"
#include "util/json_writer.h"

namespace sitrep {

namespace {

using serve::Json;

void SendJsonText(const httplib::Request& req, httplib::Response& res, std::string body, int status = 200) {
  res.status = status;
  serve::SendBody(req, res, std::move(body), "application/json");
}

void SendJson(const httplib::Request& req, httplib::Response& res, const Json& j, int status = 200) {
  SendJsonText(req, res, serve::Dump(j), status);
}

void SendError(const httplib::Request& req, httplib::Response& res, int status, const std::string& message) {
  SendJson(req, res, {{"error", message}}, status);
}

// {"<key>": [items written by `write`], "next_cursor": cursor} for the list routes.
template <typename T, typename Write>
std::string ListText(const char* key, const std::vector<T>& items, Write write, const std::string* cursor = nullptr) {
  JsonWriter w;
  w.BeginObject().Key(key).BeginArray();
  for (const auto& item : items) write(item, &w);
  w.EndArray();
  if (cursor) w.Key("next_cursor").String(*cursor);
  w.EndObject();
  return w.Take();
}

int HttpStatus(const Status& s) {
  switch (s.code()) {
    case Status::Code::kInvalidArgument: return 400;
    case Status::Code::kNotFound: return 404;
    case Status::Code::kTooLarge: return 413;
    default: return 500;
  }
}

// Equal in time that does not depend on where the strings differ.
bool ConstantTimeEquals(const std::string& given, const std::string& expected) {
  unsigned char diff = given.size() != expected.size();
  for (size_t i = 0; i < expected.size(); ++i) {
    diff |= static_cast<unsigned char>(expected[i] ^ (i < given.size() ? given[i] : 0));
  }
  return diff == 0;
}

// Read connections, one per worker at a time.
class Pool {
 public:
  Status Open(const std::string& db, int n) {
    for (int i = 0; i < n; ++i) {
      auto s = Store::OpenSqlite(db);
      if (!s.ok()) return s.status();
      free_.push_back(std::move(s.value()));
    }
    return Status::OK();
  }
  std::unique_ptr<Store> Take() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return !free_.empty(); });
    auto s = std::move(free_.back());
    free_.pop_back();
    return s;
  }
  void Give(std::unique_ptr<Store> s) {
    {
      std::lock_guard lock(mu_);
      free_.push_back(std::move(s));
    }
    cv_.notify_one();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Store>> free_;
};

}  // namespace

struct Server::Impl {
  ServerOptions options;
  httplib::Server http;
  Pool pool;
  serve::StaticCache static_files;
  std::mutex write_mu;
  std::unique_ptr<Store> writer;
  std::shared_ptr<const Extractor> extractor;

  // Runs `fn(store)` with a pooled connection; a failed Status becomes a JSON error.
  template <typename Fn>
  void WithStore(const httplib::Request& req, httplib::Response& res, Fn fn) {
    std::unique_ptr<Store> store = pool.Take();
    Status s = fn(*store);
    pool.Give(std::move(store));
    if (!s.ok()) SendError(req, res, HttpStatus(s), s.message());
  }

  void Routes();
  void Static(const httplib::Request& req, httplib::Response& res);
  void Ingest(const httplib::Request& req, httplib::Response& res);
};

void Server::Impl::Routes() {
  using Req = httplib::Request;
  using Res = httplib::Response;
  http.Get("/healthz", [](const Req& req, Res& res) { SendJson(req, res, {{"ok", true}}); });
  http.Get("/api/openapi.json", [](const Req& req, Res& res) { SendJson(req, res, serve::OpenApiDocument()); });
  http.Get("/api/incidents", [this](const Req& req, Res& res) {
    IncidentQuery q;
    if (Status s = serve::IncidentQueryParams(req, options.max_page, &q); !s.ok()) return SendError(req, res, 400, s.message());
    WithStore(req, res, [&](Store& store) {
      auto page = store.FindIncidents(q);
      if (!page.ok()) return page.status();
      SendJsonText(req, res, ListText("incidents", page->incidents, serve::WriteIncident, &page->next_cursor));
      return Status::OK();
    });
  });
  http.Get(R"(/api/incidents/(\d{1,18}))", [this](const Req& req, Res& res) {
    int64_t id = std::stoll(req.matches[1]);
    WithStore(req, res, [&](Store& store) {
      auto incident = store.GetIncident(id);
      if (!incident.ok()) return incident.status();
      incident->conflicts = IncidentConflicts(*incident);
      JsonWriter w;
      serve::WriteIncident(*incident, &w);
      SendJsonText(req, res, w.Take());
      return Status::OK();
    });
  });
  http.Get("/api/conflicts", [this](const Req& req, Res& res) {
    IncidentQuery q;
    if (Status s = serve::IncidentQueryParams(req, options.max_page, &q); !s.ok()) return SendError(req, res, 400, s.message());
    q.conflicts_only = true;
    WithStore(req, res, [&](Store& store) {
      auto page = store.FindIncidents(q);
      if (!page.ok()) return page.status();
      std::vector<Incident> full;
      for (const auto& i : page->incidents) {
        auto one = store.GetIncident(i.id);
        if (!one.ok()) return one.status();
        one->conflicts = IncidentConflicts(*one);
        full.push_back(std::move(*one));
      }
      SendJsonText(req, res, ListText("incidents", full, serve::WriteIncident, &page->next_cursor));
      return Status::OK();
    });
  });
  http.Get("/api/entities", [this](const Req& req, Res& res) {
    std::string q;
    int limit = 20;
    if (Status s = serve::TextParam(req, "q", 200, &q); !s.ok()) return SendError(req, res, 400, s.message());
    if (q.empty()) return SendError(req, res, 400, "q is required: a name or alias");
    if (Status s = serve::IntParam(req, "limit", 1, options.max_page, 20, &limit); !s.ok()) return SendError(req, res, 400, s.message());
    WithStore(req, res, [&](Store& store) {
      auto found = store.FindEntities(q, limit);
      if (!found.ok()) return found.status();
      SendJsonText(req, res, ListText("entities", *found, serve::WriteEntity));
      return Status::OK();
    });
  });
  http.Get(R"(/api/entities/(\d{1,18}))", [this](const Req& req, Res& res) {
    int64_t id = std::stoll(req.matches[1]);
    WithStore(req, res, [&](Store& store) {
      auto e = store.GetEntity(id);
      if (!e.ok()) return e.status();
      JsonWriter w;
      serve::WriteEntity(*e, &w);
      SendJsonText(req, res, w.Take());
      return Status::OK();
    });
  });
  http.Get("/api/search", [this](const Req& req, Res& res) {
    std::string q;
    int limit = 20;
    if (Status s = serve::TextParam(req, "q", 500, &q); !s.ok()) return SendError(req, res, 400, s.message());
    if (q.empty()) return SendError(req, res, 400, "q is required: words to search for");
    if (Status s = serve::IntParam(req, "limit", 1, options.max_page, 20, &limit); !s.ok()) return SendError(req, res, 400, s.message());
    WithStore(req, res, [&](Store& store) {
      auto hits = store.Search(q, limit);
      if (!hits.ok()) return hits.status();
      SendJsonText(req, res, ListText("hits", *hits, serve::WriteSearchHit));
      return Status::OK();
    });
  });
  http.Get("/api/brief", [this](const Req& req, Res& res) {
    IncidentQuery q;
    std::string date, since;
    if (Status s = serve::DateParam(req, "date", &date); !s.ok()) return SendError(req, res, 400, s.message());
    if (Status s = serve::DateParam(req, "since", &since); !s.ok()) return SendError(req, res, 400, s.message());
    std::string period = serve::BriefPeriod(date, since, &q);
    WithStore(req, res, [&](Store& store) {
      // A request answers from one page of incidents, to stay fast.
      auto incidents = LoadIncidents(store, q, static_cast<size_t>(options.max_page), true);
      if (!incidents.ok()) return incidents.status();
      serve::Brief brief = serve::MakeBrief(period, *incidents);
      Json sections = Json::array();
      for (const auto& sec : brief.sections) {
        Json lines = Json::array();
        for (const auto& l : sec.lines) {
          lines.push_back({{"incident", l.incident}, {"text", l.text}, {"figures", l.figures},
                           {"refs", l.refs}, {"conflict", l.conflict}});
        }
        sections.push_back({{"theme", sec.theme}, {"lines", std::move(lines)}});
      }
      Json sources = Json::array();
      for (const auto& s : brief.sources) {
        sources.push_back({{"outlet", s.outlet}, {"title", s.title}, {"url", s.url}, {"published", s.published}});
      }
      SendJson(req, res, {{"period", brief.period}, {"sections", std::move(sections)}, {"sources", std::move(sources)},
                     {"text", serve::BriefText(brief)}});
      return Status::OK();
    });
  });
  http.Get("/api/stats", [this](const Req& req, Res& res) {
    WithStore(req, res, [&](Store& store) {
      auto s = store.Stats();
      if (!s.ok()) return s.status();
      SendJson(req, res, {{"articles", s->articles}, {"entities", s->entities}, {"mentions", s->mentions},
                     {"events", s->events}, {"incidents", s->incidents}, {"schema_version", s->schema_version}});
      return Status::OK();
    });
  });
  http.Get("/api/timeline", [this](const Req& req, Res& res) {
    IncidentQuery q;
    if (Status s = serve::IncidentQueryParams(req, options.max_page, &q); !s.ok()) return SendError(req, res, 400, s.message());
    WithStore(req, res, [&](Store& store) {
      auto t = store.Timeline(q);
      if (!t.ok()) return t.status();
      auto write = [](const TimelineBucket& b, JsonWriter* w) {
        w->BeginObject().Key("day").String(b.day).Key("type").String(b.type).Key("incidents").Int(b.incidents);
        w->EndObject();
      };
      SendJsonText(req, res, ListText("buckets", *t, write));
      return Status::OK();
    });
  });
  http.Post("/api/ingest", [this](const Req& req, Res& res) { Ingest(req, res); });
  // Everything else: a file of the web page, or 404.
  http.Get(R"(/.*)", [this](const Req& req, Res& res) { Static(req, res); });
}

void Server::Impl::Static(const httplib::Request& req, httplib::Response& res) {
  if (req.path.rfind("/api/", 0) == 0) return SendError(req, res, 404, "no API route " + req.path);
  auto path = serve::ResolveStatic(options.web_dir, req.path);
  auto file = path ? static_files.Get(*path) : nullptr;
  if (!file) return SendError(req, res, 404, "not found");
  res.set_header("X-Content-Type-Options", "nosniff");
  if (file->gzip && serve::AcceptsGzip(req.get_header_value("Accept-Encoding"))) {
    return serve::SendEncoded(res, file->gzip, file->content_type, "gzip");
  }
  serve::SendEncoded(res, file->body, file->content_type, "");
}

void Server::Impl::Ingest(const httplib::Request& req, httplib::Response& res) {
  if (options.token.empty()) return SendError(req, res, 403, "this server is read-only; start it with --token to ingest");
  std::string auth = req.get_header_value("Authorization");
  const std::string prefix = "Bearer ";
  if (auth.rfind(prefix, 0) != 0 || !ConstantTimeEquals(auth.substr(prefix.size()), options.token)) {
    return SendError(req, res, 401, "missing or wrong token (send Authorization: Bearer TOKEN)");
  }
  std::string body = req.body;
  // One pretty-printed JSON object is one article: fold it onto one line.
  if (req.get_header_value("Content-Type").rfind("application/json", 0) == 0) {
    Json j = Json::parse(body, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return SendError(req, res, 400, "body is not a JSON object");
    body = serve::Dump(j);
  }
  std::lock_guard lock(write_mu);
  size_t stored = 0, skipped = 0;
  std::vector<std::string> problems;
  Status failure;
  auto sink = [&](Article article) {
    if (!failure.ok()) return;
    Record record = extractor->Extract(MakeDocument(std::move(article)));
    auto put = writer->Put(record);
    if (!put.ok()) return void(failure = put.status());
    if (put->inserted) {
      if (Status s = ReconcileArticle(*writer, put->article_id, record.doc); !s.ok()) return void(failure = s);
      ++stored;
    } else {
      ++skipped;
    }
  };
  IngestOptions ingest_options;
  // One request is one transaction: a crash or a failure part-way stores
  // none of it (never an article without its reconciliation), and the
  // client can send it again.
  failure = writer->BeginBatch();
  if (failure.ok()) {
    (void)ReadBuffer("request.jsonl", body, ingest_options, sink,
                     [&](const Status& s) { problems.push_back(s.message()); });
  }
  if (failure.ok()) failure = writer->CommitBatch();
  if (!failure.ok()) {
    (void)writer->RollbackBatch();
    return SendError(req, res, 500, failure.message());
  }
  SendJson(req, res, {{"stored", stored}, {"already_stored", skipped}, {"problems", problems}},
           problems.empty() || stored ? 200 : 400);
}

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>()) { impl_->options = std::move(options); }
Server::~Server() { Stop(); }

Status Server::Bind() {
  ServerOptions& o = impl_->options;
  if (o.web_dir.empty()) {
#ifdef SITREP_SOURCE_WEB_DIR
    o.web_dir = SITREP_SOURCE_WEB_DIR;
#else
    o.web_dir = "web";
#endif
  }
  if (Status s = impl_->pool.Open(o.db, std::max(1, o.threads)); !s.ok()) return s;
  if (!o.token.empty()) {
    auto writer = Store::OpenSqlite(o.db);
    if (!writer.ok()) return writer.status();
    impl_->writer = std::move(writer.value());
    auto extractor = Extractor::Open(o.data_dir.empty() ? DefaultDataDir() : o.data_dir);
    if (!extractor.ok()) return extractor.status();
    impl_->extractor = *extractor;
  }
  httplib::Server& http = impl_->http;
  int threads = std::max(1, o.threads);
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(o.max_body_bytes);
  // Headers and body go out in two writes: with Nagle's algorithm on, the
  // body waits for the client's delayed ACK (~40 ms) on every keep-alive
  // request. A kept-alive connection holds a worker while idle, so idle ones
  // are let go after a second and busy ones may send many requests.
  http.set_tcp_nodelay(true);
  http.set_keep_alive_max_count(1000);
  http.set_keep_alive_timeout(1);
  // Compression is ours, not the library's: every body goes out through
  // serve/http_body.h, which the library does not compress again.
  httplib::Server::HandlerWithResponse on_error = [](const httplib::Request& req, httplib::Response& res) {
    // Our own errors already carry a JSON body, and so a type; fill in the library's.
    if (res.has_header("Content-Type")) return httplib::Server::HandlerResponse::Unhandled;
    SendError(req, res, res.status, res.status == 413 ? "request body too large" : "request failed");
    return httplib::Server::HandlerResponse::Handled;
  };
  http.set_error_handler(on_error);
  http.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
    SendError(req, res, 500, "internal error");
  });
  impl_->Routes();
  if (o.port == 0) {
    int port = http.bind_to_any_port(o.bind);
    if (port < 0) return Status::IOError("cannot bind " + o.bind);
    o.port = port;
  } else if (!http.bind_to_port(o.bind, o.port)) {
    return Status::IOError("cannot bind " + o.bind + ":" + std::to_string(o.port) + " (in use?)");
  }
  return Status::OK();
}

Status Server::Serve() {
  if (!impl_->http.listen_after_bind()) return Status::IOError("server stopped with an error");
  return Status::OK();
}

Status Server::Listen() {
  if (Status s = Bind(); !s.ok()) return s;
  return Serve();
}

void Server::Stop() {
  if (impl_ && impl_->http.is_running()) impl_->http.stop();
}

int Server::port() const { return impl_->options.port; }

}  // namespace sitrep
