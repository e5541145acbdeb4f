#pragma once
namespace sportello::wasim {
// Returns the process exit code.
int run_cli(int argc, char** argv);
} // namespace sportello::wasim
