// The page's run engine: the scenario runs here, in a Web Worker
// (web/run_worker.js), not on the page's thread, so a script that never ends
// cannot freeze the tab: the page can always draw, and its Stop button (or
// its wall-clock budget) ends the worker. The run is the page's own
// (record_script: the page's budgets, its trace) and comes back as bytes
// (encode_run), which the page decodes into the trace it draws.
#include <emscripten.h>

#include <string>

#include "app/script_run.h"
#include "world/threads.h"

namespace {
std::string g_result;
}

// Runs the n bytes of code at `code` (not a C string: a NUL in the code is
// the script's, and an error) as `file` with random.seed(seed) and the page's
// budgets (its step and wall-clock budgets raised to max_steps and max_wall
// if > 0: the page's "budget steps N", "budget wall S"); returns the encoded run, its length in *len, valid until the
// next call.
extern "C" EMSCRIPTEN_KEEPALIVE const char* ts_engine_run(const char* code, int n, const char* file, double seed,
                                                          double max_steps, double max_wall, int* len) {
  static bool registered = false;
  if (!registered) {
    ts::world::register_modules();
    registered = true;
  }
  ts::trace::Trace tr;
  ts::vm::RunOptions opts = ts::app::page_run_options();
  if (max_steps > 0) opts.limits.max_steps = static_cast<int64_t>(max_steps);
  if (max_wall > 0) opts.limits.max_wall = max_wall;
  const ts::vm::RunOutcome r = ts::app::record_script(std::string(code ? code : "", code ? n : 0),
                                                      file ? file : "scenario.py", tr, static_cast<int64_t>(seed), opts);
  g_result = ts::app::encode_run(r, tr);
  *len = static_cast<int>(g_result.size());
  return g_result.data();
}

int main() { return 0; }
