// Internal to ingest/: the fields of one feed item as the XML parser meets
// them, and the Article they make.
#ifndef SITREP_INGEST_FEED_ITEM_H_
#define SITREP_INGEST_FEED_ITEM_H_

#include <array>
#include <string>
#include <string_view>

#include "sitrep/article.h"
#include "sitrep/status.h"

namespace sitrep::ingest {

class FeedItem {
 public:
  enum Field { kTitle, kLink, kGuid, kContent, kSummary, kPublished, kUpdated, kOutlet, kFieldCount };

  // No field may grow past max_bytes (the article budget).
  explicit FeedItem(size_t max_bytes) : max_bytes_(max_bytes) {}

  void Reset();
  // Collects the text of the element just opened into `field`. `type` is
  // its Atom type ("text", "html", "xhtml"); "html" for RSS's HTML fields.
  void Capture(Field field, std::string_view type);
  bool capturing() const { return field_ != kFieldCount; }
  void AddText(std::string_view text);
  // Markup inside a captured element (Atom xhtml content).
  void OpenInner(std::string_view local_name) { ++inner_depth_; }
  void CloseElement(std::string_view local_name);
  // An Atom <link>: rel="alternate" (or no rel) wins, else the first one.
  void OfferLink(std::string_view href, std::string_view rel);

  bool has_outlet() const { return !fields_[kOutlet].empty(); }
  std::string TakeOutlet();

  // The article, or why there is none (an item over the budget).
  Status Finish(const std::string& source, int part, Article* article);

 private:
  std::string Text(Field field) const;

  size_t max_bytes_;
  std::array<std::string, kFieldCount> fields_;
  std::array<std::string, kFieldCount> types_;
  Field field_ = kFieldCount;  // being captured
  size_t inner_depth_ = 0;
  std::string link_;           // from <link href>
  bool link_is_alternate_ = false;
  bool over_budget_ = false;
};

}  // namespace sitrep::ingest

#endif  // SITREP_INGEST_FEED_ITEM_H_
