// Memory over the run, by what holds it: the tasks alive (a coroutine and its
// Task each), the world's threads and worker processes, stacked, at the cost
// trace::MemoryModel measured on CPython 3.11.7. It is how "100 calls, 10 at
// a time" differs between asyncio and a thread pool, beyond the time taken.
#include <algorithm>
#include <cstdio>

#include "ui/charts/charts.h"
#include "ui/charts/plot.h"
#include "ui/theme.h"

namespace ts::ui {

namespace {
// "12 kB", "1.7 MB"
void bytes_text(char* buf, size_t n, double b) {
  if (b >= 1e6) std::snprintf(buf, n, "%.1f MB", b / 1e6);
  else std::snprintf(buf, n, "%.0f kB", b / 1e3);
}
}  // namespace

double memory_chart(const std::vector<trace::Alive>& alive, double end, double cursor, ImVec2 size) {
  const trace::MemoryModel m;
  std::vector<std::pair<double, double>> tasks{{0.0, 0.0}}, threads{{0.0, 0.0}}, all{{0.0, 0.0}};
  double top = 0;
  for (const trace::Alive& a : alive) {
    const double t = a.tasks * m.task, th = t + a.threads * m.thread, total = m.bytes(a);
    tasks.emplace_back(a.t, t);
    threads.emplace_back(a.t, th);
    all.emplace_back(a.t, total);
    top = std::max(top, total);
  }
  const bool mb = top >= 1e6;
  const double unit = mb ? 1e6 : 1e3;
  for (auto* v : {&tasks, &threads, &all})
    for (auto& pt : *v) pt.second /= unit;
  chart::Plot p(mb ? "memory (model), MB: tasks, threads, processes" : "memory (model), kB: tasks, threads, processes",
                size, 0, end, std::max(1.0, top / unit) * 1.1);
  p.steps(all, IM_COL32(200, 140, 255, 200), true);
  p.steps(threads, IM_COL32(255, 200, 90, 210), true);
  p.steps(tasks, IM_COL32(110, 170, 255, 220), true);
  char buf[64], peak[40];
  bytes_text(peak, sizeof peak, top);
  std::snprintf(buf, sizeof buf, "peak %s", peak);
  p.note(buf, col::kTextDim);
  bool clicked = false;
  const double h = p.finish(cursor, &clicked);
  if (h >= 0) {
    auto it = std::upper_bound(alive.begin(), alive.end(), h, [](double v, const trace::Alive& a) { return v < a.t; });
    const trace::Alive a = it == alive.begin() ? trace::Alive{} : *(it - 1);
    char tb[32], thb[32], pb[32], all_b[32];
    bytes_text(tb, sizeof tb, a.tasks * m.task);
    bytes_text(thb, sizeof thb, a.threads * m.thread);
    bytes_text(pb, sizeof pb, a.processes * m.process);
    bytes_text(all_b, sizeof all_b, m.bytes(a));
    ImGui::SetTooltip(
        "t = %.3f s: %s\n%u tasks: %s (1 kB each)\n%u threads: %s (16 kB touched each; each also reserves an "
        "8 MiB stack)\n%u processes: %s (1.7 MB of their own each; 19.7 MB resident, mostly shared)\n"
        "measured on CPython 3.11.7 (README, \"Threads and processes\")",
        h, all_b, a.tasks, tb, a.threads, thb, a.processes, pb);
  }
  return clicked ? h : -1;
}

}  // namespace ts::ui
