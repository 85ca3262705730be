// The simulated world's API traffic at the cursor: what the services and the
// openai client reported (trace::ApiEvent), as counters and a chart of the
// requests in flight over the whole run. Drawn only when the run made calls.
#pragma once
#include "imgui.h"
#include "trace/trace.h"

namespace ts::ui {

// Counters at t and the in-flight chart, at the cursor's position in the
// current window, `width` wide. Does nothing for a run without API events.
void draw_api(const trace::Trace& tr, double t, float width);

}  // namespace ts::ui
