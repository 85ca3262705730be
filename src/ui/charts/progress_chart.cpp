// Each progress bar's (tqdm's) share done over the run, one line a bar, in
// percent when every bar knows its total (else in counts): a straight line
// is a steady rate, a flat stretch is the work waiting on something.
#include <algorithm>
#include <string>

#include "ui/charts/charts.h"
#include "ui/charts/plot.h"
#include "ui/progress_view.h"
#include "ui/theme.h"

namespace ts::ui {

double progress_chart(const trace::Trace& tr, double cursor, ImVec2 size) {
  static constexpr ImU32 kLines[] = {IM_COL32(110, 200, 140, 230), IM_COL32(110, 170, 255, 230),
                                     IM_COL32(255, 200, 90, 230), IM_COL32(190, 140, 255, 230)};
  const auto& bars = tr.bars();
  bool percent = true;
  double top = 1;
  for (const trace::ProgressBar& b : bars)
    for (const auto& pt : b.points) {
      percent = percent && pt.total > 0;
      top = std::max(top, pt.n);
    }
  auto value = [&](const trace::ProgressBar::Point& pt) { return percent ? 100.0 * pt.n / pt.total : pt.n; };
  chart::Plot p(percent ? "progress bars: % done" : "progress bars: count", size, 0, tr.end_time(),
                percent ? 105 : top * 1.1);
  for (size_t i = 0; i < bars.size() && i < 8; ++i) {
    const trace::ProgressBar& b = bars[i];
    std::vector<std::pair<double, double>> pts{{0.0, 0.0}};
    for (const auto& pt : b.points) pts.emplace_back(pt.t, value(pt));
    const ImU32 c = kLines[i % 4];
    p.steps(pts, c, false);
    if (i < 3) p.note(bar_name(b).c_str(), c);
  }
  bool clicked = false;
  const double h = p.finish(cursor, &clicked);
  if (h >= 0) {
    std::string tip = "t = " + chart::seconds_label(h);
    for (const trace::ProgressBar& b : bars) {
      const std::string text = progress_text(b, h);
      if (!text.empty()) tip += "\n" + bar_name(b) + ": " + text;
    }
    ImGui::SetTooltip("%s", tip.c_str());
  }
  return clicked ? h : -1;
}

}  // namespace ts::ui
