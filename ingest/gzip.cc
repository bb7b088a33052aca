// Streaming gzip: the output is handed on chunk by chunk, so memory depends
// on the caller's budget, never on the compressed file's promise.
#include <zlib.h>

#include <vector>

#include "ingest/source.h"

namespace sitrep::ingest {

namespace {

constexpr size_t kInChunk = 64 << 10;

class GzipSource : public ByteSource {
 public:
  GzipSource(std::unique_ptr<ByteSource> in, std::string name, uint64_t ratio_floor)
      : in_(std::move(in)), name_(std::move(name)), ratio_floor_(ratio_floor), inbuf_(kInChunk) {
    ok_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK;
  }
  ~GzipSource() override {
    if (ok_) inflateEnd(&zs_);
  }

  Result<size_t> Read(char* buf, size_t n) override {
    if (!ok_) return Status::IOError(name_ + ": cannot start the gzip decoder");
    if (done_ || n == 0) return size_t{0};
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    const uInt wanted = zs_.avail_out;
    while (zs_.avail_out == wanted && !done_) {
      Status s = Step();
      if (!s.ok()) return s;
    }
    size_t produced = wanted - zs_.avail_out;
    out_total_ += produced;
    uint64_t consumed = in_total_ - zs_.avail_in;
    if (out_total_ > ratio_floor_ && out_total_ > kMaxGzipRatio * consumed) {
      return Status::TooLarge(name_ + ": gzip data expands more than " + std::to_string(kMaxGzipRatio) +
                              " times (" + HumanBytes(out_total_) + " from " + HumanBytes(consumed) +
                              "); a decompression bomb? Stopped reading it");
    }
    return produced;
  }

 private:
  Status Refill() {
    if (zs_.avail_in > 0 || input_eof_) return Status::OK();
    auto got = in_->Read(inbuf_.data(), inbuf_.size());
    if (!got.ok()) return got.status();
    if (*got == 0) input_eof_ = true;
    in_total_ += *got;
    zs_.next_in = reinterpret_cast<Bytef*>(inbuf_.data());
    zs_.avail_in = static_cast<uInt>(*got);
    return Status::OK();
  }

  Status Step() {
    if (Status s = Refill(); !s.ok()) return s;
    int r = inflate(&zs_, Z_NO_FLUSH);
    if (r == Z_STREAM_END) return NextMember();
    if (r == Z_OK) return Status::OK();
    if (r == Z_BUF_ERROR && zs_.avail_in == 0 && input_eof_) {
      return Status::Corruption(name_ + ": truncated gzip data (the file ends in the middle of the stream)");
    }
    if (r == Z_BUF_ERROR) return Status::OK();
    return Status::Corruption(name_ + ": corrupt gzip data (" + (zs_.msg ? zs_.msg : "inflate failed") + ")");
  }

  // `cat a.gz b.gz` is a valid gzip file; anything else after the end is ignored.
  Status NextMember() {
    if (Status s = Refill(); !s.ok()) return s;
    if (zs_.avail_in >= 2 && zs_.next_in[0] == 0x1f && zs_.next_in[1] == 0x8b) {
      inflateReset(&zs_);
      return Status::OK();
    }
    done_ = true;
    return Status::OK();
  }

  std::unique_ptr<ByteSource> in_;
  std::string name_;
  uint64_t ratio_floor_;
  std::vector<char> inbuf_;
  z_stream zs_{};
  bool ok_ = false, done_ = false, input_eof_ = false;
  uint64_t in_total_ = 0, out_total_ = 0;
};

}  // namespace

std::unique_ptr<ByteSource> NewGzipSource(std::unique_ptr<ByteSource> compressed, std::string name,
                                          uint64_t ratio_floor) {
  return std::make_unique<GzipSource>(std::move(compressed), std::move(name), ratio_floor);
}

}  // namespace sitrep::ingest
