// An asyncio.Queue drawn beside the gates: a conveyor of its items between
// the tasks waiting to put (left, when it is full) and the tasks waiting to
// get (right, when it is empty), so a pool of workers fed by a queue can be
// told from tasks held at a gate at a glance.
#pragma once
#include "imgui.h"
#include "trace/trace.h"

namespace ts::ui {

// Draws queue `q` at t in the width size.x; returns the height used.
float draw_queue(const trace::Trace& tr, trace::PrimId q, double t, ImVec2 size);
// The height draw_queue needs (for layout).
float queue_height_hint();

}  // namespace ts::ui
