// Memory over the run, by what holds it: the tasks alive (a coroutine and its
// Task each), the world's threads and worker processes, stacked, at the cost
// trace::MemoryModel measured on CPython 3.11.7. It is how "100 calls, 10 at
// a time" differs between asyncio and a thread pool, beyond the time taken.
#include <algorithm>
#include <cstdio>
#include <string>

#include "ui/charts/charts.h"
#include "ui/charts/plot.h"
#include "ui/theme.h"

namespace ts::ui {

double memory_chart(const std::vector<trace::Alive>& alive, double end, double cursor, ImVec2 size) {
  const trace::MemoryModel m;
  std::vector<std::pair<double, double>> tasks{{0.0, 0.0}}, threads{{0.0, 0.0}}, all{{0.0, 0.0}};
  double top = 0, top_tasks = 0, top_threads = 0, top_procs = 0;
  for (const trace::Alive& a : alive) {
    const double t = a.tasks * m.task, th = t + a.threads * m.thread, total = m.bytes(a);
    tasks.emplace_back(a.t, t);
    threads.emplace_back(a.t, th);
    all.emplace_back(a.t, total);
    top = std::max(top, total);
    top_tasks = std::max(top_tasks, a.tasks * m.task);
    top_threads = std::max(top_threads, a.threads * m.thread);
    top_procs = std::max(top_procs, a.processes * m.process);
  }
  constexpr ImU32 kTasks = IM_COL32(110, 170, 255, 220), kThreads = IM_COL32(255, 200, 90, 210),
                  kProcs = IM_COL32(200, 140, 255, 200);
  const bool mb = top >= 1e6;
  const double unit = mb ? 1e6 : 1e3;
  for (auto* v : {&tasks, &threads, &all})
    for (auto& pt : *v) pt.second /= unit;
  chart::Plot p(mb ? "memory (model), MB: tasks, threads, processes" : "memory (model), kB: tasks, threads, processes",
                size, 0, end, std::max(1.0, top / unit) * 1.1);
  p.steps(all, kProcs, true);
  p.steps(threads, kThreads, true);
  p.steps(tasks, kTasks, true);
  p.note(("peak " + trace::bytes_text(top)).c_str(), col::kTextDim);
  // each band's own peak in its colour: a band a thousandth of the scale
  // (1 kB tasks beside 1.7 MB processes) is too thin to see, not absent
  if (top_procs > 0) p.note(("processes " + trace::bytes_text(top_procs)).c_str(), kProcs);
  if (top_threads > 0) p.note(("threads " + trace::bytes_text(top_threads)).c_str(), kThreads);
  if (top_tasks > 0) p.note(("tasks " + trace::bytes_text(top_tasks)).c_str(), kTasks);
  bool clicked = false;
  const double h = p.finish(cursor, &clicked);
  if (h >= 0) {
    auto it = std::upper_bound(alive.begin(), alive.end(), h, [](double v, const trace::Alive& a) { return v < a.t; });
    const trace::Alive a = it == alive.begin() ? trace::Alive{} : *(it - 1);
    const std::string tb = trace::bytes_text(a.tasks * m.task), thb = trace::bytes_text(a.threads * m.thread),
                      pb = trace::bytes_text(a.processes * m.process), all_b = trace::bytes_text(m.bytes(a));
    ImGui::SetTooltip(
        "t = %.3f s: %s\n%u tasks: %s (1 kB each)\n%u threads: %s (16 kB touched each; each also reserves an "
        "8 MiB stack)\n%u processes: %s (1.7 MB of their own each; 19.7 MB resident, mostly shared)\n"
        "measured on CPython 3.11.7 (README, \"Threads and processes\")",
        h, all_b.c_str(), a.tasks, tb.c_str(), a.threads, thb.c_str(), a.processes, pb.c_str());
  }
  return clicked ? h : -1;
}

}  // namespace ts::ui
