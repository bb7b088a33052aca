#include "sitrep/server.h"

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "serve/openapi.h"
#include "serve/static_files.h"
#include "sitrep/reconcile.h"
#include "sitrep/store.h"
#include "sitrep/text.h"

namespace sitrep {
namespace {

namespace fs = std::filesystem;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("sitrep_server_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "web");
    // Large enough that gzip is worth it.
    std::ofstream index(dir_ / "web" / "index.html");
    index << "<!doctype html><title>sitrep</title>\n";
    for (int i = 0; i < 100; ++i) index << "<p>a line of the page, " << i << "</p>\n";
    index.close();
    std::ofstream(dir_ / "secret.txt") << "outside the web folder";
    db_ = (dir_ / "test.db").string();
    auto store = Store::OpenSqlite(db_);
    ASSERT_TRUE(store.ok());
    Article a;
    a.source = "a.txt";
    a.outlet = "Test Wire";
    a.published = "2024-12-26";
    a.body = "Drones attacked Odesa overnight, officials said.";
    Record r;
    r.doc = MakeDocument(std::move(a));
    Event ev;
    ev.id = "v1";
    ev.type = "attack";
    ev.location.name = "Odesa";
    ev.date = {"2024-12-25", "day", "overnight"};
    ev.evidence = {0, static_cast<uint32_t>(r.doc.text.size()), r.doc.text};
    ev.rule = "test";
    r.events.push_back(ev);
    auto put = (*store)->Put(r);
    ASSERT_TRUE(put.ok());
    ASSERT_TRUE(ReconcileArticle(**store, put->article_id, r.doc).ok());
  }

  void Start(const std::string& token = "") {
    ServerOptions o;
    o.db = db_;
    o.port = 0;
    o.web_dir = (dir_ / "web").string();
    o.token = token;
    o.threads = 2;
    o.data_dir = SITREP_SOURCE_DIR "/data";
    server_ = std::make_unique<Server>(o);
    ASSERT_TRUE(server_->Bind().ok());
    thread_ = std::thread([this] { (void)server_->Serve(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
  }

  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    fs::remove_all(dir_);
  }

  nlohmann::json Get(const std::string& path, int expect_status) {
    auto res = client_->Get(path.c_str());
    EXPECT_TRUE(res) << path;
    if (!res) return nullptr;
    EXPECT_EQ(res->status, expect_status) << path << ": " << res->body;
    auto j = nlohmann::json::parse(res->body, nullptr, false);
    return j;
  }

  fs::path dir_;
  std::string db_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(ServerTest, ServesIncidentsAndHealth) {
  Start();
  EXPECT_EQ(Get("/healthz", 200)["ok"], true);
  auto page = Get("/api/incidents?type=attack", 200);
  ASSERT_EQ(page["incidents"].size(), 1u);
  int64_t id = page["incidents"][0]["id"];
  auto one = Get("/api/incidents/" + std::to_string(id), 200);
  EXPECT_EQ(one["reports"][0]["outlet"], "Test Wire");
  EXPECT_EQ(Get("/api/stats", 200)["articles"], 1);
  EXPECT_EQ(Get("/api/timeline", 200)["buckets"].size(), 1u);
  EXPECT_EQ(Get("/api/search?q=drones", 200)["hits"].size(), 1u);
}

TEST_F(ServerTest, BadParametersAreJson400s) {
  Start();
  EXPECT_NE(Get("/api/incidents?limit=abc", 400)["error"].get<std::string>().find("limit"), std::string::npos);
  Get("/api/incidents?limit=100000", 400);
  Get("/api/incidents?since=yesterday", 400);
  Get("/api/incidents?cursor=nonsense", 400);
  Get("/api/search", 400);
  Get("/api/incidents/999999", 404);
  Get("/api/nothing-here", 404);
}

TEST_F(ServerTest, StaticFilesStayInsideTheWebFolder) {
  Start();
  auto ok = client_->Get("/");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200);
  for (const char* path : {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt",
                           "//etc/passwd", "/.hidden", "/index.html%00.js"}) {
    auto res = client_->Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
  }
  EXPECT_FALSE(serve::ResolveStatic((dir_ / "web").string(), "/../secret.txt"));
  EXPECT_FALSE(serve::ResolveStatic((dir_ / "web").string(), "/%2e%2e/secret.txt"));
  EXPECT_TRUE(serve::ResolveStatic((dir_ / "web").string(), "/index.html"));
}

// Browsers offer "br"; the library's brotli runs at its slowest quality, so
// the server compresses itself, with gzip, and only for clients that take it.
TEST_F(ServerTest, BrowsersGetGzipNotBrotli) {
  Start();
  client_->set_decompress(false);
  const std::string page = client_->Get("/index.html")->body;
  for (const char* path : {"/index.html", "/api/openapi.json"}) {
    auto res = client_->Get(path, {{"Accept-Encoding", "gzip, deflate, br, zstd"}});
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_EQ(res->get_header_value("Content-Encoding"), "gzip") << path;
    EXPECT_EQ(res->get_header_value("Vary"), "Accept-Encoding") << path;
    for (const char* refused : {"br", "gzip;q=0, br", ""}) {
      auto plain = client_->Get(path, {{"Accept-Encoding", refused}});
      ASSERT_TRUE(plain) << path;
      EXPECT_EQ(plain->get_header_value("Content-Encoding"), "") << path << " " << refused;
    }
  }
  client_->set_decompress(true);
  auto unpacked = client_->Get("/index.html", {{"Accept-Encoding", "gzip"}});
  ASSERT_TRUE(unpacked);
  EXPECT_EQ(unpacked->body, page);
}

// Files are held in memory; one changed on disk is served as it now is.
TEST_F(ServerTest, ChangedFilesAreReadAgain) {
  Start();
  EXPECT_NE(client_->Get("/index.html")->body.find("sitrep"), std::string::npos);
  std::ofstream(dir_ / "web" / "index.html") << "<!doctype html><title>changed</title>";
  auto res = client_->Get("/index.html");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body, "<!doctype html><title>changed</title>");
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST_F(ServerTest, IngestNeedsTheToken) {
  Start();
  auto res = client_->Post("/api/ingest", "{\"text\": \"x\"}", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
}

TEST_F(ServerTest, IngestWithTokenStoresArticles) {
  Start("s3cret");
  httplib::Headers wrong = {{"Authorization", "Bearer nope"}};
  auto denied = client_->Post("/api/ingest", wrong, "{\"text\": \"x\"}", "application/json");
  ASSERT_TRUE(denied);
  EXPECT_EQ(denied->status, 401);
  httplib::Headers right = {{"Authorization", "Bearer s3cret"}};
  auto res = client_->Post("/api/ingest", right,
                           "{\"title\": \"Kharkiv\", \"text\": \"Missiles struck Kharkiv on Monday.\", "
                           "\"published\": \"2024-12-30\"}",
                           "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(Get("/api/stats", 200)["articles"], 2);
}

TEST(OpenApi, DescribesEveryRoute) {
  auto doc = serve::OpenApiDocument();
  std::set<std::string> documented;
  for (auto& [path, ops] : doc["paths"].items()) {
    for (auto& [method, op] : ops.items()) documented.insert(method + " " + path);
  }
  std::set<std::string> routes;
  for (const auto& [method, path] : serve::ApiRoutes()) routes.insert(method + " " + path);
  EXPECT_EQ(documented, routes);
}

}  // namespace
}  // namespace sitrep
