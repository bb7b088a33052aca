// sitrep — the command line. Each subcommand is a thin layer over the
// library (include/sitrep/); no pipeline logic lives here.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"sitrep: sourced, reconciled records of armed-conflict events from news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "sitrep 0.1.0");
  sitrep::cli::AddExtractCommand(app);
  sitrep::cli::AddIngestCommand(app);
  sitrep::cli::AddEventsCommands(app);
  sitrep::cli::AddLookupCommands(app);
  sitrep::cli::AddLoadCommand(app);
  sitrep::cli::AddServeCommand(app);
  CLI11_PARSE(app, argc, argv);
  return sitrep::cli::ExitCode();
}
