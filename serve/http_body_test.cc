#include "serve/http_body.h"

#include <gtest/gtest.h>
#include <zlib.h>

namespace sitrep::serve {
namespace {

TEST(AcceptsGzip, ReadsAcceptEncoding) {
  struct Case {
    const char* header;
    bool gzip;
  };
  const Case cases[] = {
      {"gzip", true},
      {"gzip, deflate, br, zstd", true},
      {"br, GZIP", true},
      {"deflate, x-gzip", true},
      {"*", true},
      {"gzip;q=0.5", true},
      {"gzip; q=1.0, br", true},
      {"", false},
      {"br", false},
      {"deflate, br, zstd", false},
      {"gzip;q=0", false},
      {"gzip; q=0.000, br", false},
      {"gzipped", false},
      {"identity", false},
  };
  for (const auto& c : cases) EXPECT_EQ(AcceptsGzip(c.header), c.gzip) << c.header;
}

std::string Gunzip(const std::string& gz) {
  z_stream z{};
  EXPECT_EQ(inflateInit2(&z, 15 + 16), Z_OK);
  std::string out(1 << 20, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  z.avail_in = static_cast<uInt>(gz.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  inflateEnd(&z);
  return out;
}

TEST(GzipBody, RoundTrips) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "{\"id\":" + std::to_string(i) + ",\"type\":\"attack\"},";
  for (int level : {1, 9}) {
    std::string gz = Gzip(text, level);
    ASSERT_FALSE(gz.empty());
    EXPECT_LT(gz.size(), text.size() / 4);
    EXPECT_EQ(Gunzip(gz), text);
  }
  EXPECT_EQ(Gunzip(Gzip("", 6)), "");
}

}  // namespace
}  // namespace sitrep::serve
