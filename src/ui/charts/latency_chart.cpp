// How long each client call took (first attempt to result, retries and the
// waits between included), or, without API calls, each task: a histogram
// with its p50, p95 and p99.
#include <algorithm>
#include <cstdio>

#include "ui/charts/charts.h"
#include "ui/charts/plot.h"
#include "ui/theme.h"

namespace ts::ui {

void latency_chart(const trace::RunSummary& s, ImVec2 size) {
  const bool calls = s.call_time.size() > 0;
  const trace::Distribution& d = calls ? s.call_time : s.request_latency.size() ? s.request_latency : s.task_time;
  const char* what = calls ? "call time (first attempt to result)"
                           : s.request_latency.size() ? "request latency" : "task time (created to done)";
  if (d.size() == 0) {
    ImGui::TextDisabled("no finished calls or tasks to measure");
    return;
  }
  const trace::Histogram h = trace::histogram(d, std::clamp<size_t>(static_cast<size_t>(size.x / 12), 8, 60));
  uint32_t top = 1;
  for (uint32_t c : h.counts) top = std::max(top, c);
  char title[96];
  std::snprintf(title, sizeof title, "%s: %zu", what, d.size());
  chart::Plot p(title, size, h.lo, h.hi, top * 1.15);
  for (size_t i = 0; i < h.counts.size(); ++i)
    p.bar(h.lo + i * h.bin_width(), h.lo + (i + 1) * h.bin_width(), h.counts[i], IM_COL32(150, 140, 230, 210));
  const struct { double q; const char* name; ImU32 c; } marks[] = {
      {50, "p50", IM_COL32(230, 230, 240, 230)}, {95, "p95", IM_COL32(255, 200, 90, 230)},
      {99, "p99", IM_COL32(255, 110, 90, 230)}};
  int row = 0;
  for (const auto& m : marks) p.vline(d.percentile(m.q), m.c, m.name, row++);
  char note[96];
  std::snprintf(note, sizeof note, "p50 %s  p95 %s  p99 %s", chart::seconds_label(d.percentile(50)).c_str(),
                chart::seconds_label(d.percentile(95)).c_str(), chart::seconds_label(d.percentile(99)).c_str());
  p.note(note, col::kTextDim);
  const double x = p.finish(-1);
  if (x >= 0) {
    const size_t i = std::min(h.counts.size() - 1, static_cast<size_t>((x - h.lo) / h.bin_width()));
    ImGui::SetTooltip("%u between %s and %s", h.counts[i], chart::seconds_label(h.lo + i * h.bin_width()).c_str(),
                      chart::seconds_label(h.lo + (i + 1) * h.bin_width()).c_str());
  }
}

}  // namespace ts::ui
