// Tasks inside a gate (green) and waiting at it (orange, stacked above), its
// capacity dashed: Example 1's "3 inside, 3 waiting, then 3 inside" at a glance.
#include <algorithm>
#include <cstdio>

#include "ui/charts/charts.h"
#include "ui/charts/plot.h"
#include "ui/theme.h"

namespace ts::ui {

double gate_chart(const trace::PrimInfo& g, double end, double cursor, ImVec2 size) {
  std::vector<std::pair<double, double>> inside, total;
  double top = g.capacity;
  for (const trace::Occupancy& o : g.occ) {
    inside.emplace_back(o.t, o.inside);
    total.emplace_back(o.t, o.inside + o.waiting);
    top = std::max(top, static_cast<double>(o.inside + o.waiting));
  }
  char title[160];
  std::snprintf(title, sizeof title, "%s: inside and waiting", g.name.c_str());
  chart::Plot p(title, size, 0, end, top * 1.1);
  p.steps(total, state_color(trace::State::Waiting, 0.85f), true);
  p.steps(inside, state_color(trace::State::Inside, 0.9f), true);
  char cap[48];
  std::snprintf(cap, sizeof cap, "capacity %u", g.capacity);
  p.hline(g.capacity, IM_COL32(230, 230, 240, 200), cap);
  char most[64];
  std::snprintf(most, sizeof most, "most inside %u, most waiting %u", g.max_inside, g.max_waiting);
  p.note(most, col::kTextDim);
  bool clicked = false;
  const double h = p.finish(cursor, &clicked);
  if (h >= 0) {
    auto it = std::upper_bound(g.occ.begin(), g.occ.end(), h, [](double v, const trace::Occupancy& o) { return v < o.t; });
    const trace::Occupancy o = it == g.occ.begin() ? trace::Occupancy{0, 0, 0} : *(it - 1);
    ImGui::SetTooltip("t = %.3f s: %u inside of %u, %u waiting", h, o.inside, g.capacity, o.waiting);
  }
  return clicked ? h : -1;
}

}  // namespace ts::ui
