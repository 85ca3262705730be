// The page's load test, written in C++ on the core: many tasks through one
// gate, to show the timeline copes with 10,000+ rows.
#pragma once
#include "trace/trace.h"
#include "ui/page.h"

namespace ts::app {

// `workers` tasks that each sleep a pseudo-random while, then queue for a
// Semaphore(slots) gate, work inside a pseudo-random while and print once.
// Deterministic (fixed seed). Records into `out` (cleared first).
void run_stress(trace::Trace& out, int workers, int slots);
ui::PageInfo stress_info(int workers, int slots);

}  // namespace ts::app
