#include <gtest/gtest.h>

#include "ingest/formats.h"

namespace sitrep::ingest {
namespace {

TEST(SniffFormat, ContentFirst) {
  struct Case {
    const char* head;
    const char* name;
    Format want;
  } cases[] = {
      {"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "x.txt", Format::kFeed},
      {"\xEF\xBB\xBF<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">", "x", Format::kFeed},
      {"  \n<rdf:RDF xmlns:rdf=\"x\">", "x", Format::kFeed},
      {"<!DOCTYPE html><html><body>", "x.xml", Format::kHtml},
      {"<!doctype HTML>", "x", Format::kHtml},
      {"<HTML lang=en>", "x", Format::kHtml},
      {"<head><title>x</title>", "x", Format::kHtml},
      {"<article><p>x</p>", "x", Format::kHtml},
      {"<div class=a>", "x", Format::kHtml},
      {"{\"text\": \"a\"}\n{\"text\": \"b\"}\n", "x.txt", Format::kJsonLines},
      {"{\"text\": \"only line, no newline\"}", "x", Format::kJsonLines},
      {"{not json at all}\nmore", "x", Format::kText},
      {"[\n  {\"text\": \"a\"}\n]", "x", Format::kJsonDocument},
      {"{\n  \"text\": \"a\"\n}", "x.json", Format::kJsonDocument},
      {"{\n  \"text\": \"a\"\n}", "x.txt", Format::kText},
      {"[Updated] Troops withdrew.", "x", Format::kText},
      {"Plain words here.", "x.html", Format::kHtml},  // the name decides when content cannot
      {"Plain words here.", "x.rss.gz", Format::kFeed},
      {"Plain words here.", "x.ndjson", Format::kJsonLines},
      {"Plain words here.", "x.md", Format::kText},
      {"Plain words here.", "x", Format::kText},
      {"<b>bold start</b>", "notes.txt", Format::kText},
  };
  for (const auto& c : cases) EXPECT_EQ(SniffFormat(c.head, c.name), c.want) << c.head << " / " << c.name;
}

TEST(LooksBinary, NulOrManyControlBytes) {
  EXPECT_TRUE(LooksBinary(std::string("%PDF-1.7\n\0\0\x01", 12)));
  EXPECT_TRUE(LooksBinary("\x89PNG\r\n\x1a\n\x01\x02\x03\x04\x05\x06\x07\x08"));
  EXPECT_FALSE(LooksBinary("Plain text\twith tabs\r\nand lines.\n"));
  EXPECT_FALSE(LooksBinary("Ukrainian text: \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2"));
  EXPECT_FALSE(LooksBinary("one stray \x01 control byte in a longer line of ordinary text"));
}

TEST(IsNonInputExtension, ImagesArchivesDocuments) {
  EXPECT_TRUE(IsNonInputExtension("a/photo.JPG"));
  EXPECT_TRUE(IsNonInputExtension("scan.pdf"));
  EXPECT_TRUE(IsNonInputExtension("dump.zip"));
  EXPECT_TRUE(IsNonInputExtension("pic.png.gz"));
  EXPECT_TRUE(IsNonInputExtension("page_files/app.js"));
  EXPECT_TRUE(IsNonInputExtension("facts.tsv"));
  EXPECT_FALSE(IsNonInputExtension("story.txt"));
  EXPECT_FALSE(IsNonInputExtension("feed.xml.gz"));
  EXPECT_FALSE(IsNonInputExtension("README"));
}

}  // namespace
}  // namespace sitrep::ingest
