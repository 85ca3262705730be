#include "trace/stats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

namespace ts::trace {

double Distribution::percentile(double p) const {
  if (sorted.empty()) return 0;
  const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * static_cast<double>(sorted.size() - 1);
  const size_t lo = static_cast<size_t>(std::floor(rank));
  const size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - static_cast<double>(lo));
}

double Distribution::mean() const {
  if (sorted.empty()) return 0;
  double s = 0;
  for (double v : sorted) s += v;
  return s / static_cast<double>(sorted.size());
}

Histogram histogram(const Distribution& d, size_t bins) {
  Histogram h;
  if (d.sorted.empty() || bins == 0) return h;
  h.lo = d.sorted.front();
  h.hi = d.sorted.back();
  if (h.hi <= h.lo) h.hi = h.lo + 1e-3;  // one value: one narrow bin holds it
  h.counts.assign(bins, 0);
  for (double v : d.sorted) {
    size_t b = static_cast<size_t>((v - h.lo) / (h.hi - h.lo) * static_cast<double>(bins));
    h.counts[std::min(b, bins - 1)]++;
  }
  return h;
}

std::vector<uint32_t> per_bucket(const std::vector<double>& times, double end, size_t buckets) {
  std::vector<uint32_t> out(buckets, 0);
  if (buckets == 0 || end <= 0) {
    if (buckets) out[0] = static_cast<uint32_t>(times.size());
    return out;
  }
  for (double t : times) {
    size_t b = static_cast<size_t>(std::max(0.0, t) / end * static_cast<double>(buckets));
    out[std::min(b, buckets - 1)]++;
  }
  return out;
}

std::vector<double> task_done_times(const Trace& tr) {
  std::vector<double> v;
  for (const TaskInfo& t : tr.tasks())
    if (t.kind == TaskKind::Task && t.finished >= 0) v.push_back(t.finished);
  std::sort(v.begin(), v.end());
  return v;
}

std::vector<double> call_done_times(const Trace& tr) {
  std::vector<double> v;
  for (const ApiEvent& e : tr.api())
    if (e.kind == ApiKind::Done) v.push_back(e.t);
  return v;  // api() is in time order
}

// In the order the trace saw them come and go: sorting by time alone would
// put the end of a task made and done in one instant before its creation
// (and count -1 alive).
std::vector<Alive> alive_series(const Trace& tr) {
  std::vector<Alive> out;
  Alive a;
  for (const Event& e : tr.events()) {
    const bool made = e.ev() == EvKind::TaskCreate;
    if ((!made && e.ev() != EvKind::TaskDone) || e.task >= tr.tasks().size()) continue;
    const TaskKind k = tr.tasks()[e.task].kind;
    uint32_t& n = k == TaskKind::Thread ? a.threads : k == TaskKind::Process ? a.processes : a.tasks;
    if (made) ++n;
    else if (n) --n;
    a.t = e.t;
    out.push_back(a);  // one per event, so a peak inside an instant counts
  }
  return out;
}

RunSummary summarize(const Trace& tr) {
  RunSummary s;
  s.end_time = tr.end_time();
  s.lines = tr.console().size();
  for (const TaskInfo& t : tr.tasks()) {
    if (t.kind != TaskKind::Task) continue;
    ++s.tasks;
    if (t.finished < 0) {
      ++s.unfinished;
      continue;
    }
    s.task_time.sorted.push_back(t.finished - t.created);
    switch (t.how) {
      case DoneHow::Ok: ++s.ok; break;
      case DoneHow::Raised: ++s.raised; break;
      case DoneHow::Cancelled:
      case DoneHow::Killed: ++s.cancelled; break;  // killed: cancelled by asyncio.run's end
    }
  }
  const MemoryModel mem;
  for (const Alive& a : alive_series(tr)) {
    s.peak_tasks = std::max(s.peak_tasks, a.tasks);
    s.peak_threads = std::max(s.peak_threads, a.threads);
    s.peak_processes = std::max(s.peak_processes, a.processes);
    s.peak_memory = std::max(s.peak_memory, mem.bytes(a));
  }
  for (const PrimInfo& p : tr.prims()) {
    if (p.kind != PrimKind::Semaphore && p.kind != PrimKind::Lock) continue;
    GateSummary g;
    g.name = p.name;
    g.capacity = p.capacity;
    g.max_inside = p.max_inside;
    g.max_waiting = p.max_waiting;
    for (const Stay& st : p.stays) {
      if (!std::isfinite(st.enter)) continue;
      ++g.entered;
      g.wait.sorted.push_back(st.enter - st.wait0);
    }
    std::sort(g.wait.sorted.begin(), g.wait.sorted.end());
    s.gates.push_back(std::move(g));
  }
  if (!tr.api_counts().empty()) s.api = tr.api_counts().back();
  std::map<std::pair<TaskId, int64_t>, size_t> raised;  // (task, request key) -> give-ups not made again yet
  for (const ApiEvent& e : tr.api()) {
    if (e.kind == ApiKind::GiveUp) {
      ++raised[{e.task, e.key}];
    } else if (e.kind == ApiKind::Attempt && e.attempt == 1) {
      auto it = raised.find({e.task, e.key});
      if (it != raised.end() && it->second) --it->second;  // the script tries it again
    }
  }
  for (const auto& [who, n] : raised) s.failed_calls += n;
  std::map<std::pair<std::string, int64_t>, double> first_attempt;
  for (const ApiEvent& e : tr.api()) {
    const auto key = std::make_pair(e.source, e.id);
    if (e.kind == ApiKind::Attempt) {
      first_attempt.emplace(key, e.t);  // keeps the first
    } else if (e.kind == ApiKind::Done || e.kind == ApiKind::GiveUp) {
      auto it = first_attempt.find(key);
      if (it != first_attempt.end()) {
        s.call_time.sorted.push_back(e.t - it->second);
        first_attempt.erase(it);
      }
    } else if (e.kind == ApiKind::Accept) {
      s.request_latency.sorted.push_back(e.value);
    }
  }
  for (Distribution* d : {&s.call_time, &s.request_latency, &s.task_time}) std::sort(d->sorted.begin(), d->sorted.end());
  return s;
}

namespace {
std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}
std::string n(size_t v) { return std::to_string(v); }
// "p50 1.234 s, p95 2.000 s, p99 2.100 s, max 2.5 s"
std::string spread(const Distribution& d) {
  return "p50 " + seconds_text(d.percentile(50)) + ", p95 " + seconds_text(d.percentile(95)) + ", p99 " + seconds_text(d.percentile(99)) +
         ", max " + seconds_text(d.sorted.back());
}
}  // namespace

std::string seconds_text(double v) { return fmt("%.3f s", v); }

std::string bytes_text(double bytes) {
  return bytes >= 1e6 ? fmt("%.1f MB", bytes / 1e6) : fmt("%.0f kB", bytes / 1e3);
}

std::vector<std::pair<std::string, std::string>> summary_rows(const RunSummary& s) {
  std::vector<std::pair<std::string, std::string>> r;
  r.emplace_back("total time", seconds_text(s.end_time));
  std::string how = n(s.ok) + " ok";
  if (s.raised) how += ", " + n(s.raised) + " raised";
  if (s.cancelled) how += ", " + n(s.cancelled) + " cancelled";
  if (s.unfinished) how += ", " + n(s.unfinished) + " never finished";
  r.emplace_back("tasks", n(s.tasks) + " (" + how + ")");
  r.emplace_back("most tasks alive at once", n(s.peak_tasks));
  if (s.peak_threads) r.emplace_back("most threads at once", n(s.peak_threads));
  if (s.peak_processes) r.emplace_back("most processes at once", n(s.peak_processes));
  r.emplace_back("peak memory (model)", bytes_text(s.peak_memory));
  if (s.task_time.size()) r.emplace_back("task time", spread(s.task_time));
  for (const GateSummary& g : s.gates) {
    std::string v = "most inside " + n(g.max_inside) + " of " + n(g.capacity) + ", most waiting " + n(g.max_waiting);
    if (g.wait.size()) v += ", wait " + spread(g.wait);
    r.emplace_back("gate " + g.name, v);
  }
  const ApiCounts& a = s.api;
  if (a.requests || a.attempts) {
    r.emplace_back("API requests", n(a.requests) + " sent, " + n(a.accepted) + " admitted, " + n(a.rejected) +
                                       " refused (" + n(a.rate_limited) + " with 429)");
    r.emplace_back("API answers", n(a.answered) + " answered (" + n(a.server_errors) + " 5xx), " + n(a.failed) +
                                      " failed, " + n(a.cancelled) + " abandoned");
    r.emplace_back("most requests in flight", n(a.max_in_flight));
    if (a.attempts)
      r.emplace_back("client calls", n(a.done) + " returned, " + n(a.gave_up) + " raised" +
                                         (s.failed_calls < a.gave_up ? " (" + n(a.gave_up - s.failed_calls) +
                                                                            " made again by the script)"
                                                                      : std::string()) +
                                         ", " + n(a.retries) + " retries (" + n(a.attempts) + " attempts)");
    if (s.call_time.size()) r.emplace_back("call time", spread(s.call_time));
    if (s.request_latency.size()) r.emplace_back("request latency", spread(s.request_latency));
  }
  if (a.tries)
    r.emplace_back("tenacity", n(a.tries) + " attempts, " + n(a.try_sleeps) + " retries, " + n(a.try_gave_up) +
                                   " gave up");
  r.emplace_back("lines printed", n(s.lines));
  return r;
}

}  // namespace ts::trace
