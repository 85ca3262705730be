// One point of a sweep: a scenario run with some constants overridden and a
// seed, recorded into a Trace exactly as the page and `turnstile run` record
// it (app::record_into), and the numbers a tuner compares, read from that
// Trace. Also the Little's-law bound on useful concurrency, from the limits
// the run's main service reported (service.limits) and its measured latency.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "app/sliders.h"
#include "script/scenario.h"
#include "trace/trace.h"

namespace ts::app {

// What one run measured (the counts shared with the page's summary come from
// trace::summarize). Every field is a number so that runs over several
// seeds average field by field (kMetrics). "Requests" are what reached a
// service (refused ones and retries included); "calls" are the openai
// client's calls (each of which makes one or more attempts).
struct Metrics {
  double time = 0;          // virtual seconds from the start to the end of the run
  double ok = 0;            // 1 if the run ended normally (exit code 0), else 0
  double calls = 0;         // client calls made (client.request with attempt 1)
  double failed = 0;        // client calls that failed for good: the SDK gave up (client.error),
                            // after its retries or at once (a 400/401), and the task did not make
                            // the same call again (a script's own retry, tenacity: then only its
                            // last give-up counts; trace::RunSummary::failed_calls)
  double failed_tasks = 0;  // tasks that ended with an exception
  double rate_limited = 0;  // 429 answers (service.reject with status 429), retried or not
  double retries = 0;       // the SDK's retries (client.retry)
  double lat_p50 = 0;       // latency of admitted requests (the one each drew at service.accept;
  double lat_p95 = 0;       //   trace/stats.h's request_latency), percentiles interpolated
  double lat_mean = 0;      //   between ranks, and their mean; 0 with no request
  double peak_in_flight = 0;  // most requests admitted and not yet ended at once, over all services
  double peak_tasks = 0;    // most tasks alive (created, not done) at once, the main task included
  double requests = 0;      // requests that reached a service (service.request)
  double billed = 0;        // requests admitted (service.accept): what a provider bills
  double tokens = 0;        // tokens charged at admission, summed over admitted requests
                            // (the provider's prompt estimate + the requested maximum)
  double peak_threads = 0;  // most of the world's threads alive at once (pool workers included)
  double peak_processes = 0;  // most worker processes alive at once
  double memory_kb = 0;     // estimated peak memory of the tasks, threads and processes alive
                            // at once (trace::MemoryModel, measured on CPython 3.11.7)
};

// The fields of Metrics by name, in the order tables show them.
struct MetricField {
  const char* key;    // CSV column ("time", "failed", ...)
  const char* label;  // table heading ("time s", "failed", ...)
  double Metrics::*field;
  int decimals;       // as printed
};
extern const MetricField kMetrics[];
extern const size_t kMetricCount;

// Little's law: requests in flight = throughput x latency. A provider that
// admits `rate` requests a second, each taking `latency` seconds, keeps about
// rate x latency of them busy; more in flight than that only waits (429s,
// retries). A concurrency cap bounds it directly.
struct Bound {
  bool known = false;     // the run called a service with a rate limit or a concurrency cap
  std::string service;    // the service with the most requests
  std::string limit;      // what binds: "rpm", "tpm", "max_concurrency" or "capacity"
  std::string limit_text; // "500 RPM", "200,000 TPM at 110 tokens a request", "a cap of 8 requests in flight"
  double rate = 0;        // requests a second the binding rate limit admits (0: no rate limit binds)
  double latency = 0;     // mean latency of admitted requests (Metrics::lat_mean)
  double concurrency = 0; // useful concurrency: rate x latency, capped by max_concurrency / capacity
};

struct PointSpec {
  std::vector<Override> set;  // constants to override
  int64_t seed = 0;           // the run's seed (random.seed before the script)
};

struct Point {
  PointSpec spec;
  Metrics m;
  Bound bound;
  int exit_code = 0;
  std::string message;  // the run's one-line error ("ValueError: boom"), or the override's error
};

// The metrics of a recorded run.
Metrics metrics_of(const trace::Trace& tr, const vm::RunOutcome& r);
Bound bound_of(const trace::Trace& tr, const Metrics& m);
// "200,000" (a number with thousands separators, as the limit texts write it).
std::string thousands(double v);

// Runs source with spec's overrides and seed under base's limits (its hooks
// are replaced by the recorder's). An override that does not apply gives
// exit_code 2 and its message, without running.
Point run_point(const std::string& source, const std::string& filename, const PointSpec& spec,
                const vm::RunOptions& base = {});

}  // namespace ts::app
