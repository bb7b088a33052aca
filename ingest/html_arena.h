// Internal to ingest/: a bump allocator for one gumbo parse.
//
// gumbo allocates every node, attribute and string buffer separately and
// frees them one by one; a third of its time went to malloc and free. With
// the arena, small blocks come from large chunks and are all released at
// once, so the tree is never walked to free it (gumbo_destroy_output walks it
// recursively, which deep trees should not rely on).
#ifndef SITREP_INGEST_HTML_ARENA_H_
#define SITREP_INGEST_HTML_ARENA_H_

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <vector>

namespace sitrep::ingest {

class GumboArena {
 public:
  GumboArena() = default;
  ~GumboArena();
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;

  // Options for gumbo_parse_with_options that allocate from this arena.
  GumboOptions Options();

 private:
  struct Big;  // a block too large for the chunks, freed on its own
  static void* Allocate(void* self, size_t n);
  static void Free(void* self, void* p);
  void* AllocateSmall(size_t n);

  std::vector<char*> chunks_;
  char* cursor_ = nullptr;
  size_t left_ = 0;
  Big* big_ = nullptr;
};

// One parse whose memory lives in an arena.
class GumboTree {
 public:
  explicit GumboTree(std::string_view html);
  const GumboNode* root() const { return out_->document; }

 private:
  GumboArena arena_;
  GumboOutput* out_;
};

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_HTML_ARENA_H_
