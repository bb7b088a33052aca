#include "ingest/html_arena.h"

#include <cstdlib>
#include <cstring>

namespace sitrep::ingest {

namespace {

constexpr size_t kAlign = 16;
constexpr size_t kSmall = 4096;        // larger blocks are malloc'ed and freed alone
constexpr size_t kMinChunk = 64 << 10;
constexpr size_t kMaxChunk = 1 << 20;

// Every block starts with a header saying which kind it is.
struct alignas(kAlign) Header {
  size_t big;
};

}  // namespace

struct GumboArena::Big {
  Big* prev;
  Big* next;
  alignas(kAlign) Header header;
};

GumboArena::~GumboArena() {
  for (char* c : chunks_) std::free(c);
  while (big_) {
    Big* next = big_->next;
    std::free(big_);
    big_ = next;
  }
}

GumboOptions GumboArena::Options() {
  GumboOptions o = kGumboDefaultOptions;
  o.allocator = &GumboArena::Allocate;
  o.deallocator = &GumboArena::Free;
  o.userdata = this;
  o.max_errors = 0;  // errors are not used; recording them costs time
  return o;
}

void* GumboArena::AllocateSmall(size_t n) {
  size_t need = sizeof(Header) + ((n + kAlign - 1) & ~(kAlign - 1));
  if (need > left_) {
    size_t size = chunks_.size() < 4 ? kMinChunk : kMaxChunk;
    char* c = static_cast<char*>(std::malloc(size));
    if (!c) std::abort();  // gumbo cannot recover from a failed allocation either
    chunks_.push_back(c);
    cursor_ = c;
    left_ = size;
  }
  Header* h = reinterpret_cast<Header*>(cursor_);
  h->big = 0;
  cursor_ += need;
  left_ -= need;
  return h + 1;
}

void* GumboArena::Allocate(void* self, size_t n) {
  auto* a = static_cast<GumboArena*>(self);
  if (n <= kSmall) return a->AllocateSmall(n);
  Big* b = static_cast<Big*>(std::malloc(sizeof(Big) + n));
  if (!b) std::abort();
  b->prev = nullptr;
  b->next = a->big_;
  if (a->big_) a->big_->prev = b;
  a->big_ = b;
  b->header.big = 1;
  return &b->header + 1;
}

void GumboArena::Free(void* self, void* p) {
  if (!p) return;
  Header* h = static_cast<Header*>(p) - 1;
  if (!h->big) return;  // released with its chunk
  auto* a = static_cast<GumboArena*>(self);
  Big* b = reinterpret_cast<Big*>(reinterpret_cast<char*>(h) - offsetof(Big, header));
  if (b->prev) b->prev->next = b->next;
  else a->big_ = b->next;
  if (b->next) b->next->prev = b->prev;
  std::free(b);
}

GumboTree::GumboTree(std::string_view html) {
  GumboOptions options = arena_.Options();
  // gumbo keeps a pointer to its options in the output only while parsing.
  out_ = gumbo_parse_with_options(&options, html.data(), html.size());
}

}  // namespace sitrep::ingest
