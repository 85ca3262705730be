// API requests in flight over the run, against the most the run reached;
// ticks in the timeline's mark colours: requests refused (429 and the like),
// the client retrying, tenacity sleeping before another attempt.
#include <algorithm>

#include "ui/charts/charts.h"
#include "ui/charts/plot.h"
#include "ui/theme.h"

namespace ts::ui {

double api_chart(const trace::Trace& tr, double cursor, ImVec2 size) {
  const auto& evs = tr.api();
  const auto& counts = tr.api_counts();
  std::vector<std::pair<double, double>> flight{{0.0, 0.0}};
  for (size_t i = 0; i < evs.size(); ++i)
    if (static_cast<double>(counts[i].in_flight) != flight.back().second) flight.emplace_back(evs[i].t, counts[i].in_flight);
  const trace::ApiCounts last = counts.empty() ? trace::ApiCounts{} : counts.back();
  chart::Plot p("API requests in flight", size, 0, tr.end_time(), std::max(1u, last.max_in_flight) * 1.1);
  p.steps(flight, IM_COL32(110, 170, 255, 200), true);
  for (const trace::ApiEvent& e : evs) {
    if (e.kind == trace::ApiKind::Reject) p.tick(e.t, false, world_mark_color(WorldMark::Refused));
    if (e.kind == trace::ApiKind::Retry) p.tick(e.t, true, world_mark_color(WorldMark::SdkRetry));
    if (e.kind == trace::ApiKind::TrySleep) p.tick(e.t, true, world_mark_color(WorldMark::TryRetry));
  }
  char buf[96];
  std::snprintf(buf, sizeof buf, "%u refused", last.rejected);
  p.note(buf, world_mark_color(WorldMark::Refused));
  std::snprintf(buf, sizeof buf, "%u SDK retries", last.retries);
  p.note(buf, world_mark_color(WorldMark::SdkRetry));
  if (last.try_sleeps) {
    std::snprintf(buf, sizeof buf, "%u tenacity retries", last.try_sleeps);
    p.note(buf, world_mark_color(WorldMark::TryRetry));
  }
  std::snprintf(buf, sizeof buf, "peak %u", last.max_in_flight);
  p.note(buf, col::kTextDim);
  bool clicked = false;
  const double h = p.finish(cursor, &clicked);
  if (h >= 0) {
    const trace::ApiCounts c = tr.api_counts_at(h);
    ImGui::SetTooltip("t = %.3f s: %u in flight\nso far: %u sent, %u refused (%u with 429), %u answered, %u retries by the SDK, %u by tenacity",
                      h, c.in_flight, c.requests, c.rejected, c.rate_limited, c.answered, c.retries, c.try_sleeps);
  }
  return clicked ? h : -1;
}

}  // namespace ts::ui
