// The gate (a Semaphore or Lock) drawn as a parking lot: N slots filled by
// the tasks inside at the cursor time, and the queue of waiting tasks
// lined up at the entrance.
#pragma once
#include "imgui.h"
#include "trace/trace.h"

namespace ts::ui {

// Draws every Semaphore/Lock of the trace, stacked, then its queues
// (ui/queue_view.h), filling `size`.
void draw_gates(const trace::Trace& tr, double t, ImVec2 size);
// Height the gates would like (for layout).
float gates_height_hint(const trace::Trace& tr);

// "Right now": the tasks grouped by their state at t, in words.
void draw_now(const trace::Trace& tr, double t, ImVec2 size, const char* explanation);

}  // namespace ts::ui
