// Completions per second: client calls returned when the run made API calls,
// else tasks finished. A flat top is a limit being hit; gaps are waits.
#include <algorithm>
#include <cmath>

#include "ui/charts/charts.h"
#include "ui/charts/plot.h"
#include "ui/theme.h"

namespace ts::ui {

double rate_chart(const trace::Trace& tr, double cursor, ImVec2 size) {
  std::vector<double> times = trace::call_done_times(tr);
  const bool calls = !times.empty();
  if (!calls) times = trace::task_done_times(tr);
  const double end = std::max(tr.end_time(), 1e-3);
  // about one bar per 8 px, each a "nice" slice of time
  const double w = chart::nice_step(end, std::max(4.0, (static_cast<double>(size.x) - 48) / 8));
  const size_t n = static_cast<size_t>(std::ceil(end / w - 1e-9));
  const std::vector<uint32_t> per = trace::per_bucket(times, n * w, std::max<size_t>(1, n));
  double top = 0;
  for (uint32_t c : per) top = std::max(top, c / w);
  chart::Plot p(calls ? "calls returned per second" : "tasks finished per second", size, 0, end, top * 1.1);
  for (size_t i = 0; i < per.size(); ++i) p.bar(i * w, (i + 1) * w, per[i] / w, IM_COL32(120, 200, 150, 210));
  char buf[64];
  std::snprintf(buf, sizeof buf, "%zu in all, in slices of %s", times.size(), chart::seconds_label(w).c_str());
  p.note(buf, col::kTextDim);
  bool clicked = false;
  const double h = p.finish(cursor, &clicked);
  if (h >= 0) {
    const size_t i = std::min(per.size() - 1, static_cast<size_t>(h / w));
    ImGui::SetTooltip("%.3f-%.3f s: %u %s (%.3g per second)", i * w, (i + 1) * w, per[i],
                      calls ? "calls returned" : "tasks finished", per[i] / w);
  }
  return clicked ? h : -1;
}

}  // namespace ts::ui
