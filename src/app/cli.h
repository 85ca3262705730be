// The turnstile CLI's commands (cli_main.cpp dispatches; each command that
// grows lives in its own file).
#pragma once
#include <cstdint>
#include <string>

namespace ts::app::cli {

// Reads a whole file; false (and a message on stderr) if it cannot.
bool read_file(const std::string& file, std::string& out);

// A whole number argument ("12", "-3"); false for anything else ("", "1.5", "7x").
bool integer_arg(const char* text, int64_t& out);

// turnstile sweep FILE.py --param NAME=LO..HI[:STEP] [--seeds N] [--csv OUT] [--budget FAILS] ...
int sweep(int argc, char** argv);

// turnstile compare A.py [B.py] [--set NAME=VALUE]... [--seed N] [--seed-b N] [--csv]
int compare(int argc, char** argv);

}  // namespace ts::app::cli
