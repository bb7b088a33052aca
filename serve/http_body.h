// Response bodies, sent as they are. cpp-httplib compresses any text or
// JSON body itself, with brotli at its slowest quality whenever a client
// offers "br" (every browser does): 0.3 s for Leaflet, 2 s for the borders
// file, on every request. Bodies handed over as a sized content provider are
// left alone, so the server decides: gzip when the client accepts it and the
// body is worth it, made once for static files and at a fast level for API
// answers.
#ifndef SITREP_SERVE_HTTP_BODY_H_
#define SITREP_SERVE_HTTP_BODY_H_

#include <httplib.h>

#include <memory>
#include <string>
#include <string_view>

namespace sitrep::serve {

// True when an Accept-Encoding value lists gzip (or "*") without q=0.
bool AcceptsGzip(std::string_view accept_encoding);

// data in gzip form at zlib `level` (1 fastest .. 9 smallest); empty on failure.
std::string Gzip(std::string_view data, int level);

// Sends `body` already in `encoding` ("" or "gzip"); shared, so a cached
// file is not copied per request.
void SendEncoded(httplib::Response& res, std::shared_ptr<const std::string> body, const char* content_type,
                 const char* encoding);

// Sends `body`, gzipped at a fast level first when the client accepts gzip
// and the body is larger than a packet or so.
void SendBody(const httplib::Request& req, httplib::Response& res, std::string body, const char* content_type);

}  // namespace sitrep::serve

#endif  // SITREP_SERVE_HTTP_BODY_H_
