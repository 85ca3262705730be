// Numbers about one run, derived from its Trace: what the page's summary
// table and charts show (and what a sweep compares across runs).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "trace/trace.h"

namespace ts::trace {

// A sample of durations (seconds), sorted.
struct Distribution {
  std::vector<double> sorted;
  size_t size() const { return sorted.size(); }
  // The p-th percentile (0..100), interpolated linearly between the closest
  // ranks (numpy's default); 0 for an empty sample.
  double percentile(double p) const;
  double mean() const;
};

// Equal-width bins over [lo, hi]; the last bin includes hi.
struct Histogram {
  double lo = 0, hi = 0;
  std::vector<uint32_t> counts;
  double bin_width() const { return counts.empty() ? 0 : (hi - lo) / static_cast<double>(counts.size()); }
};
Histogram histogram(const Distribution& d, size_t bins);

struct GateSummary {
  std::string name;
  uint32_t capacity = 0, max_inside = 0, max_waiting = 0;
  size_t entered = 0;   // stays that got in
  Distribution wait;    // how long each of those queued first
};

// Tasks, threads and processes alive (created, not done) after an event
// that made or ended one, in the trace's event order.
struct Alive {
  double t = 0;
  uint32_t tasks = 0, threads = 0, processes = 0;
};
std::vector<Alive> alive_series(const Trace& tr);

// What each costs in memory, measured on CPython 3.11.7 on this kind of
// machine by tests/tools/memory_per_strategy.py (README.md, "Threads and
// processes"). `bytes` is the estimate the page plots: what each touches of
// its own. A thread also reserves an 8 MiB stack it mostly never touches; a
// forked worker's resident set is mostly pages shared with its parent.
struct MemoryModel {
  double task = 1.0e3;                 // a coroutine and its Task
  double thread = 16e3;                // a sleeping thread: its stack pages and state
  double thread_reserved = 8 << 20;    // its stack's reservation (ulimit -s)
  double process = 1.7e6;              // a forked worker's private pages
  double process_resident = 19.7e6;    // its resident set, shared pages included
  double bytes(const Alive& a) const { return a.tasks * task + a.threads * thread + a.processes * process; }
};

// Bytes as the page and the tables write them: "12 kB", "1.7 MB".
std::string bytes_text(double bytes);
// Seconds as the tables write them: "10.990 s".
std::string seconds_text(double seconds);

struct RunSummary {
  double end_time = 0;
  size_t tasks = 0, ok = 0, raised = 0, cancelled = 0, unfinished = 0;
  size_t lines = 0;                 // printed
  uint32_t peak_tasks = 0;          // asyncio tasks alive (created, not done) at once
  uint32_t peak_threads = 0, peak_processes = 0;  // the world's, at once
  double peak_memory = 0;           // bytes: the most MemoryModel{}.bytes() over alive_series
  std::vector<GateSummary> gates;   // semaphores and locks
  ApiCounts api;                    // the world's totals at the end
  // Client calls that raised (api.gave_up) and were not made again by the
  // same task with the same request (a script's own retry: tenacity):
  // the calls that failed for good.
  size_t failed_calls = 0;
  // A client call (the SDK's, by client and call number): its first attempt
  // to its result or its giving up, retries and the waits between included.
  Distribution call_time;
  // A request the service admitted: the latency it drew (service side).
  Distribution request_latency;
  // A task: created to done (the finished ones).
  Distribution task_time;
};
RunSummary summarize(const Trace& tr);

// The summary as (what, value) rows, values in words and units: the page's
// summary table and the summary CSV are these rows.
std::vector<std::pair<std::string, std::string>> summary_rows(const RunSummary& s);

// How many of `times` fall in each of `buckets` equal slices of [0, end]
// (the last slice includes end): completions per slice for a rate chart.
std::vector<uint32_t> per_bucket(const std::vector<double>& times, double end, size_t buckets);

// When each asyncio task finished (threads aside) and each client call returned (sorted).
std::vector<double> task_done_times(const Trace& tr);
std::vector<double> call_done_times(const Trace& tr);

}  // namespace ts::trace
