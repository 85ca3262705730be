// Inside one instant: many events share a virtual time (Example 1's nine at
// t = 0), and their order is the lesson. Every view reads a Trace at a time,
// so a point between two events of one instant is shown through the trace as
// it stood after its first n events: the same recording calls replayed.
#pragma once
#include <cstddef>
#include <string>

#include "trace/trace.h"

namespace ts::trace {

// The trace after its first n events (names, details and capacities as the
// run left them; finished at the full run's end, so the time axis is the same).
Trace prefix(const Trace& full, size_t n);

// Event i in words, for the step-by-event display: "Task-2 entered sem",
// "Task-3 waits at sem", "Task-1 printed: hello".
std::string describe_event(const Trace& tr, size_t i);

// Whether stepping stops at event i (the clock's own Advance events do not).
bool is_step_event(const Trace& tr, size_t i);

}  // namespace ts::trace
