#include "serve/http_body.h"

#include <zlib.h>

#include <climits>

namespace sitrep::serve {

namespace {

// Below this a gzip header and a compression pass are not worth it.
constexpr size_t kMinGzipBytes = 1024;
// API answers are made per request: favour speed over size.
constexpr int kDynamicGzipLevel = 1;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? a[i] - 'A' + 'a' : a[i];
    if (x != b[i]) return false;
  }
  return true;
}

// "q=0", "q=0.0", "Q=0.000": a coding the client refuses.
bool IsZeroQuality(std::string_view param) {
  param = Trim(param);
  if (param.size() < 3 || (param[0] != 'q' && param[0] != 'Q') || param[1] != '=') return false;
  param.remove_prefix(2);
  if (param[0] != '0') return false;
  for (char c : param.substr(1)) {
    if (c != '.' && c != '0') return false;
  }
  return true;
}

}  // namespace

bool AcceptsGzip(std::string_view accept) {
  while (!accept.empty()) {
    size_t comma = accept.find(',');
    std::string_view item = accept.substr(0, comma);
    accept = comma == std::string_view::npos ? std::string_view() : accept.substr(comma + 1);
    size_t semi = item.find(';');
    std::string_view coding = Trim(item.substr(0, semi));
    if (!EqualsNoCase(coding, "gzip") && !EqualsNoCase(coding, "x-gzip") && coding != "*") continue;
    bool refused = false;
    while (semi != std::string_view::npos) {
      item.remove_prefix(semi + 1);
      semi = item.find(';');
      refused |= IsZeroQuality(item.substr(0, semi));
    }
    if (!refused) return true;
  }
  return false;
}

std::string Gzip(std::string_view data, int level) {
  if (data.size() > UINT_MAX / 2) return {};
  z_stream z{};
  // windowBits 15 + 16: a gzip wrapper rather than zlib's.
  if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));  // zlib's API is not const-correct
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) return {};
  return out;
}

void SendEncoded(httplib::Response& res, std::shared_ptr<const std::string> body, const char* content_type,
                 const char* encoding) {
  if (encoding && *encoding) res.set_header("Content-Encoding", encoding);
  res.set_header("Vary", "Accept-Encoding");
  if (body->empty()) {
    // Nothing for the library to compress; a provider of 0 bytes would be
    // taken for one of unknown length.
    res.set_content(std::string(), content_type);
    return;
  }
  size_t size = body->size();
  res.set_content_provider(size, content_type,
                           [body = std::move(body)](size_t offset, size_t length, httplib::DataSink& sink) {
                             return sink.write(body->data() + offset, length);
                           });
}

void SendBody(const httplib::Request& req, httplib::Response& res, std::string body, const char* content_type) {
  if (body.size() >= kMinGzipBytes && AcceptsGzip(req.get_header_value("Accept-Encoding"))) {
    std::string gz = Gzip(body, kDynamicGzipLevel);
    if (!gz.empty() && gz.size() < body.size()) {
      return SendEncoded(res, std::make_shared<const std::string>(std::move(gz)), content_type, "gzip");
    }
  }
  SendEncoded(res, std::make_shared<const std::string>(std::move(body)), content_type, "");
}

}  // namespace sitrep::serve
