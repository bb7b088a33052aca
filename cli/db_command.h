// Shared by the commands that read the database.
#ifndef SITREP_CLI_DB_COMMAND_H_
#define SITREP_CLI_DB_COMMAND_H_

#include <memory>
#include <string>

#include "sitrep/store.h"

namespace sitrep::cli {

// Opens the database for a command, or prints why not (naming the file and
// what to do) and sets exit code 2.
std::unique_ptr<Store> OpenStoreOrReport(const std::string& command, const std::string& path);

// Prints a failed Status for a command and sets exit code 2.
void Report(const std::string& command, const Status& status);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_DB_COMMAND_H_
