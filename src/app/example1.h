// The seed's Example 1 written in C++ on the core: six workers, one
// Semaphore(3) gate, each sleeps 2 s inside it. Until the Python VM runs
// scenario scripts, this is what the page plays.
#pragma once
#include "trace/trace.h"
#include "ui/page.h"

namespace ts::app {

// The Python source this reproduces (shown in the page's explanation).
extern const char* const kExample1Source;

// Runs Example 1 to the end on a fresh loop, recording everything into `out`
// (cleared first): tasks, gate events, printed lines with virtual times.
void run_example1(trace::Trace& out);

// Title and explanation for the page.
ui::PageInfo example1_info();

// A load test for the timeline: `workers` tasks that each sleep a
// pseudo-random while, then queue for a Semaphore(slots) gate, work inside a
// pseudo-random while and print once. Deterministic (fixed seed).
void run_stress(trace::Trace& out, int workers, int slots);
ui::PageInfo stress_info(int workers, int slots);

}  // namespace ts::app
