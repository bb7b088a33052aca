// Plain-text tables for the terminal: columns sized to their contents,
// long cells cut with an ellipsis at a character boundary.
#ifndef SITREP_CLI_TABLE_H_
#define SITREP_CLI_TABLE_H_

#include <string>
#include <vector>

namespace sitrep::cli {

class Table {
 public:
  explicit Table(std::vector<std::string> header, std::vector<size_t> max_widths = {});
  void AddRow(std::vector<std::string> cells);
  std::string ToString() const;

 private:
  std::vector<std::string> header_;
  std::vector<size_t> max_widths_;
  std::vector<std::vector<std::string>> rows_;
};

// Number of code points in a UTF-8 string (its width on most terminals).
size_t DisplayWidth(const std::string& s);

// A CSV field, quoted when it must be (RFC 4180).
std::string CsvField(const std::string& s);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_TABLE_H_
