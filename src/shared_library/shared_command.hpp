// `islet --shared`: builds a shared library from an application's @CEntryPoint methods, the way
// `native-image --shared` does (README.md in this folder).
#pragma once

namespace islet::shared_library {

// True if the command line asks for --shared.
bool wants_shared_library(int argc, char** argv);

// Runs the command; returns the process exit code (0 on success, 1 with messages on stderr).
int run_shared_command(int argc, char** argv);

}  // namespace islet::shared_library
