#include "trace/compare.h"

#include <cmath>
#include <cstdio>

namespace ts::trace {

namespace {

enum class Unit { Seconds, Count, Bytes };
// Which way is better: Lower (time, failures), or Neither (how many tasks).
enum class Sense { Lower, Neither };

std::string text(double v, Unit u) {
  if (u == Unit::Seconds) return seconds_text(v);
  if (u == Unit::Bytes) return bytes_text(v);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", v);
  return buf;
}

// "-5.000 s (-45%)", "+3", "same"; a percentage only when A is not zero.
std::string change_text(double a, double b, Unit u) {
  const double d = b - a;
  if (text(a, u) == text(b, u)) return "same";
  std::string s = (d > 0 ? "+" : "-") + text(std::fabs(d), u);
  if (a != 0) {
    char pct[32];
    std::snprintf(pct, sizeof pct, " (%+.0f%%)", 100.0 * d / a);
    s += pct;
  }
  return s;
}

struct Rows {
  std::vector<CompareRow> out;
  void add(const std::string& what, double a, double b, Unit u, Sense sense, bool always = false) {
    if (!always && a == 0 && b == 0) return;
    CompareRow r;
    r.what = what;
    r.a = text(a, u);
    r.b = text(b, u);
    r.change = change_text(a, b, u);
    if (sense == Sense::Lower && r.change != "same") r.better = b < a ? 1 : -1;
    out.push_back(std::move(r));
  }
  // A distribution's p50 and p95, when both runs have one.
  void spread(const std::string& what, const Distribution& a, const Distribution& b) {
    if (!a.size() || !b.size()) return;
    add(what + " p50", a.percentile(50), b.percentile(50), Unit::Seconds, Sense::Lower, true);
    add(what + " p95", a.percentile(95), b.percentile(95), Unit::Seconds, Sense::Lower, true);
  }
};

const GateSummary* gate_named(const RunSummary& s, const std::string& name) {
  for (const GateSummary& g : s.gates)
    if (g.name == name) return &g;
  return nullptr;
}

}  // namespace

std::vector<CompareRow> compare_rows(const RunSummary& a, const RunSummary& b) {
  Rows r;
  auto d = [](size_t v) { return static_cast<double>(v); };
  r.add("total time", a.end_time, b.end_time, Unit::Seconds, Sense::Lower, true);
  r.add("tasks", d(a.tasks), d(b.tasks), Unit::Count, Sense::Neither, true);
  r.add("tasks that raised", d(a.raised), d(b.raised), Unit::Count, Sense::Lower);
  r.add("tasks cancelled", d(a.cancelled), d(b.cancelled), Unit::Count, Sense::Lower);
  r.add("tasks never finished", d(a.unfinished), d(b.unfinished), Unit::Count, Sense::Lower);
  r.add("most tasks alive at once", a.peak_tasks, b.peak_tasks, Unit::Count, Sense::Neither);
  r.add("most threads at once", a.peak_threads, b.peak_threads, Unit::Count, Sense::Neither);
  r.add("most processes at once", a.peak_processes, b.peak_processes, Unit::Count, Sense::Neither);
  r.add("peak memory (model)", a.peak_memory, b.peak_memory, Unit::Bytes, Sense::Lower, true);
  r.spread("task time", a.task_time, b.task_time);
  // gates: A's in its order, then those only B has
  std::vector<std::string> names;
  for (const GateSummary& g : a.gates) names.push_back(g.name);
  for (const GateSummary& g : b.gates)
    if (!gate_named(a, g.name)) names.push_back(g.name);
  const GateSummary none;
  for (const std::string& name : names) {
    const GateSummary* ga = gate_named(a, name);
    const GateSummary* gb = gate_named(b, name);
    const GateSummary& x = ga ? *ga : none;
    const GateSummary& y = gb ? *gb : none;
    const std::string w = "gate " + name + ": ";
    r.add(w + "capacity", x.capacity, y.capacity, Unit::Count, Sense::Neither, true);
    r.add(w + "most inside", x.max_inside, y.max_inside, Unit::Count, Sense::Neither, true);
    r.add(w + "most waiting", x.max_waiting, y.max_waiting, Unit::Count, Sense::Lower, true);
    r.spread(w + "wait", x.wait, y.wait);
  }
  const ApiCounts &p = a.api, &q = b.api;
  r.add("API requests sent", p.requests, q.requests, Unit::Count, Sense::Neither);
  r.add("refused with 429", p.rate_limited, q.rate_limited, Unit::Count, Sense::Lower);
  r.add("5xx answers", p.server_errors, q.server_errors, Unit::Count, Sense::Lower);
  r.add("client retries", p.retries, q.retries, Unit::Count, Sense::Lower);
  r.add("calls failed for good", d(a.failed_calls), d(b.failed_calls), Unit::Count, Sense::Lower,
        p.attempts || q.attempts);
  r.add("most requests in flight", p.max_in_flight, q.max_in_flight, Unit::Count, Sense::Neither);
  r.spread("call time", a.call_time, b.call_time);
  r.add("lines printed", d(a.lines), d(b.lines), Unit::Count, Sense::Neither);
  return std::move(r.out);
}

}  // namespace ts::trace
