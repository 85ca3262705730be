// Runs a scenario script and records it into a Trace for the page: the same
// run_source the CLI uses, with a trace::Recorder on the loop and every
// printed line sent to the trace's console.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "script/scenario.h"
#include "trace/trace.h"

namespace ts::app {

// Console lines are stamped exactly as `turnstile run --stamp` prints them.
vm::RunOutcome record_script(const std::string& source, const std::string& filename, trace::Trace& tr,
                             int64_t seed = 0);

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
