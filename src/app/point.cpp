#include "app/point.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include "app/script_run.h"
#include "trace/recorder.h"
#include "trace/stats.h"

namespace ts::app {

const MetricField kMetrics[] = {
    {"time", "time s", &Metrics::time, 2},
    {"ok", "ok", &Metrics::ok, 0},
    {"calls", "calls", &Metrics::calls, 0},
    {"failed", "failed", &Metrics::failed, 0},
    {"failed_tasks", "failed tasks", &Metrics::failed_tasks, 0},
    {"rate_limited", "429s", &Metrics::rate_limited, 0},
    {"retries", "retries", &Metrics::retries, 0},
    {"lat_p50", "p50 s", &Metrics::lat_p50, 2},
    {"lat_p95", "p95 s", &Metrics::lat_p95, 2},
    {"lat_mean", "mean s", &Metrics::lat_mean, 2},
    {"peak_in_flight", "in flight", &Metrics::peak_in_flight, 0},
    {"peak_tasks", "tasks", &Metrics::peak_tasks, 0},
    {"peak_threads", "threads", &Metrics::peak_threads, 0},
    {"peak_processes", "procs", &Metrics::peak_processes, 0},
    {"requests", "requests", &Metrics::requests, 0},
    {"billed", "billed", &Metrics::billed, 0},
    {"tokens", "tokens", &Metrics::tokens, 0},
    {"memory_kb", "mem kB", &Metrics::memory_kb, 0},
};
const size_t kMetricCount = sizeof kMetrics / sizeof kMetrics[0];

std::string thousands(double v) {
  std::string digits = std::to_string(static_cast<long long>(std::llround(v)));
  size_t first = digits[0] == '-' ? 1 : 0;
  for (size_t i = digits.size(); i > first + 3; i -= 3) digits.insert(i - 3, ",");
  return digits;
}

Metrics metrics_of(const trace::Trace& tr, const vm::RunOutcome& r) {
  // The page's run summary (trace/stats.h) is the one source of the shared
  // numbers, so a sweep's row and the summary table of that run agree.
  const trace::RunSummary s = trace::summarize(tr);
  Metrics m;
  m.time = r.end_time;
  m.ok = r.exit_code == 0 ? 1 : 0;
  m.failed = static_cast<double>(s.failed_calls);
  m.failed_tasks = static_cast<double>(s.raised);
  m.rate_limited = s.api.rate_limited;
  m.retries = s.api.retries;
  m.lat_p50 = s.request_latency.percentile(50);
  m.lat_p95 = s.request_latency.percentile(95);
  m.lat_mean = s.request_latency.mean();
  m.peak_in_flight = s.api.max_in_flight;
  m.peak_tasks = s.peak_tasks;
  m.requests = s.api.requests;
  m.billed = s.api.accepted;
  for (const trace::ApiEvent& e : tr.api()) {
    if (e.kind == trace::ApiKind::Attempt) m.calls += e.attempt == 1;
    if (e.kind == trace::ApiKind::Accept) m.tokens += static_cast<double>(e.tokens);
  }
  m.peak_threads = s.peak_threads;
  m.peak_processes = s.peak_processes;
  m.memory_kb = s.peak_memory / 1000.0;
  return m;
}

Bound bound_of(const trace::Trace& tr, const Metrics& m) {
  Bound b;
  std::map<std::string, double> requests, tokens;
  for (const trace::ApiEvent& e : tr.api()) {
    if (e.kind == trace::ApiKind::Request) ++requests[e.source];
    if (e.kind == trace::ApiKind::Accept) tokens[e.source] += static_cast<double>(e.tokens);
  }
  // The busiest service that reported its limits (the last one made under its name).
  const trace::ServiceLimits* lim = nullptr;
  double most = 0;
  for (const trace::ServiceLimits& s : tr.services()) {
    auto n = requests.find(s.name);
    if (n != requests.end() && n->second >= most) {
      lim = &s;
      most = n->second;
    }
  }
  if (!lim) return b;
  b.service = lim->name;
  b.latency = m.lat_mean;
  double accepted = 0;
  for (const trace::ApiEvent& e : tr.api()) accepted += e.kind == trace::ApiKind::Accept && e.source == lim->name;
  if (lim->rpm > 0) {
    b.limit = "rpm";
    b.rate = lim->rpm / 60.0;
    b.limit_text = thousands(lim->rpm) + " RPM";
  }
  if (lim->tpm > 0 && accepted > 0 && tokens[lim->name] > 0) {
    double per_request = tokens[lim->name] / accepted;
    double rate = lim->tpm / 60.0 / per_request;
    if (b.limit.empty() || rate < b.rate) {
      b.limit = "tpm";
      b.rate = rate;
      b.limit_text = thousands(lim->tpm) + " TPM at " + thousands(per_request) + " tokens a request";
    }
  }
  if (!b.limit.empty()) {
    b.known = true;
    b.concurrency = b.rate * b.latency;
  }
  auto cap = [&](double n, const char* kind, const std::string& text) {
    if (n < 0 || (b.known && b.concurrency <= n)) return;
    b.known = true;
    b.limit = kind;
    b.limit_text = text;
    b.rate = 0;
    b.concurrency = n;
  };
  auto requests_text = [](double n) { return thousands(n) + (n == 1 ? " request" : " requests") + " in flight"; };
  cap(lim->max_concurrency, "max_concurrency", "a cap of " + requests_text(lim->max_concurrency));
  cap(lim->capacity, "capacity", "a capacity of " + requests_text(lim->capacity));
  return b;
}

Point run_point(const std::string& source, const std::string& filename, const PointSpec& spec,
                const vm::RunOptions& base) {
  Point p;
  p.spec = spec;
  std::string code;
  if (!apply_overrides(source, spec.set, code, p.message)) {
    p.exit_code = 2;
    return p;
  }
  vm::RunOptions opts = base;
  opts.seed = spec.seed;
  trace::Trace tr;
  std::unique_ptr<trace::Recorder> rec;
  record_into(opts, tr, rec);
  vm::RunOutcome r = vm::run_source(code, filename, opts);
  p.exit_code = r.exit_code;
  p.message = r.message;
  p.m = metrics_of(tr, r);
  p.bound = bound_of(tr, p.m);
  return p;
}

}  // namespace ts::app
