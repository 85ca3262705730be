// Runs a scenario script and records it into a Trace for the page: the same
// run_source the CLI uses, with a trace::Recorder on the loop and every
// printed line sent to the trace's console.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "script/scenario.h"
#include "trace/recorder.h"
#include "trace/trace.h"

namespace ts::app {

// An event of the simulated world (VM::world_event: "service.reject" with
// its fields as text) as the trace's ApiEvent; false for kinds it does not know.
bool api_event_of(const std::string& kind, const std::vector<std::pair<std::string, std::string>>& fields,
                  trace::ApiEvent& e);

// A service.limits event (a service made with these limits) as the trace's
// ServiceLimits; false for any other kind.
bool limits_of(const std::string& kind, const std::vector<std::pair<std::string, std::string>>& fields,
               trace::ServiceLimits& s);

// Sets opts' hooks so that the run is recorded into tr by a Recorder that
// lives in rec while the loop runs: the loop's events, every printed line and
// the world's API events (the page and `turnstile run --trace` alike).
void record_into(vm::RunOptions& opts, trace::Trace& tr, std::unique_ptr<trace::Recorder>& rec);

// The budgets of a run on the page (record_script and the Sweep tab): a
// runaway script stops within about half a second of steps, an endless loop
// at a virtual day, the heap at 1 GiB (the engine is wasm32), anything at
// 10 s of wall clock.
vm::RunOptions page_run_options();

// Console lines are stamped exactly as `turnstile run --stamp` prints them.
// `opts`: the budgets (the page's by default); its hooks are replaced.
vm::RunOutcome record_script(const std::string& source, const std::string& filename, trace::Trace& tr,
                             int64_t seed = 0, vm::RunOptions opts = page_run_options());

// A run as bytes, the outcome and its trace (trace/codec.h): how the page's
// Web Worker (engine_main.cpp) hands a run to the page. decode_run is false,
// with the reason in err, on bytes encode_run did not make.
std::string encode_run(const vm::RunOutcome& r, const trace::Trace& tr);
bool decode_run(std::string_view bytes, vm::RunOutcome& r, trace::Trace& tr, std::string& err);

// The presets embedded from presets/: id ("01_example1_gate"), title (first
// line of ID.md without '# '), explanation (rest of ID.md), code (ID.py),
// and the short name share links use (#preset=seed-example-1), from a line
// `<!-- link: NAME -->` in ID.md.
struct Preset {
  std::string id, title, explanation, code, link_name;
};
const std::vector<Preset>& presets();
// A preset by id or link name; nullptr if none.
const Preset* find_preset(std::string_view id_or_name);

}  // namespace ts::app
