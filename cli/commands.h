// The subcommands of the sitrep binary. Each Add*Command registers its
// options and its callback on the app; ExitCode() is what main returns.
#ifndef SITREP_CLI_COMMANDS_H_
#define SITREP_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace sitrep::cli {

void AddExtractCommand(CLI::App& app);
void AddIngestCommand(CLI::App& app);
void AddEventsCommands(CLI::App& app);   // events, conflicts, export
void AddLookupCommands(CLI::App& app);   // search, entity, brief
void AddServeCommand(CLI::App& app);
void AddLoadCommand(CLI::App& app);

// Set by the command that ran: 0 success, 1 some input failed, 2 usage or setup error.
int ExitCode();
void SetExitCode(int code);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_COMMANDS_H_
