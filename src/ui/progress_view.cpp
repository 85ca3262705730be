#include "ui/progress_view.h"

#include <algorithm>
#include <cstdio>

#include "ui/theme.h"

namespace ts::ui {

namespace {
constexpr ImU32 kTrough = IM_COL32(0, 0, 0, 70);
constexpr ImU32 kFill = IM_COL32(110, 200, 140, 230);       // tqdm's bar, open
constexpr ImU32 kFillDone = IM_COL32(110, 200, 140, 150);   // closed
constexpr ImU32 kUnknown = IM_COL32(110, 200, 140, 90);     // no total: stripes
}  // namespace

std::string bar_name(const trace::ProgressBar& b) {
  return b.desc.empty() ? "bar " + std::to_string(b.id) : b.desc;
}

std::string progress_text(const trace::ProgressBar& b, double t) {
  const trace::ProgressBar::Point* p = b.at(t);
  if (!p) return {};
  const double end = b.closed >= 0 ? std::min(t, b.closed) : t;
  const double elapsed = std::max(0.0, end - b.opened);
  const std::string unit = b.unit.empty() ? "it" : b.unit;
  char buf[160];
  int k = p->total >= 0 ? std::snprintf(buf, sizeof buf, "%.10g/%.10g  %.0f%%", p->n, p->total,
                                        p->total > 0 ? 100.0 * p->n / p->total : 100.0)
                        : std::snprintf(buf, sizeof buf, "%.10g %s", p->n, unit.c_str());
  if (k > 0 && size_t(k) < sizeof buf)
    std::snprintf(buf + k, sizeof buf - size_t(k), elapsed > 0 ? "  %.3g s  %.3g %s/s" : "  %.3g s", elapsed,
                  elapsed > 0 ? p->n / elapsed : 0.0, unit.c_str());
  return buf;
}

void draw_progress(const trace::Trace& tr, double t, float width) {
  bool any = false;
  for (const trace::ProgressBar& b : tr.bars()) {
    const trace::ProgressBar::Point* p = b.at(t);
    if (!p) continue;
    if (!any) ImGui::TextColored(ImColor(col::kAccent), "Progress (tqdm)");
    any = true;
    const bool closed = b.closed_by(t);
    const std::string text = progress_text(b, t);
    ImGui::TextUnformatted(bar_name(b).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s%s", text.c_str(), closed ? "  closed" : "");
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = ImGui::GetTextLineHeight() * 0.8f;
    const ImVec2 a = ImGui::GetCursorScreenPos(), z(a.x + width, a.y + h);
    dl->AddRectFilled(a, z, kTrough, 3.0f);
    if (p->total > 0) {
      const float f = static_cast<float>(std::clamp(p->n / p->total, 0.0, 1.0));
      if (f > 0) dl->AddRectFilled(a, ImVec2(a.x + width * f, z.y), closed ? kFillDone : kFill, 3.0f);
    } else {  // no total: tqdm shows a count and a rate only; stripes say "unknown"
      for (float x = a.x; x < z.x; x += 12) dl->AddRectFilled(ImVec2(x, a.y), ImVec2(std::min(x + 6, z.x), z.y), kUnknown);
    }
    ImGui::Dummy(ImVec2(width, h));
  }
  if (any) ImGui::Spacing();
}

}  // namespace ts::ui
