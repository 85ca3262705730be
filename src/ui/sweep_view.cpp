#include "ui/sweep_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/charts/plot.h"
#include "ui/theme.h"

namespace ts::ui {

namespace {
std::string value_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}
}  // namespace

void draw_sweep(SweepView& v, ImVec2 size, std::map<std::string, ImVec4>* widgets) {
  ImGui::BeginChild("sweep", size, false);
  if (v.params.empty()) {
    ImGui::TextWrapped("Nothing to sweep: mark a top-level number constant as a slider, e.g.");
    ImGui::TextColored(ImColor(col::kAccent), "    CONCURRENCY = 8  # slider: 1..40");
    ImGui::TextWrapped("and the code panel gets a slider for it, and this tab sweeps it over its range.");
    ImGui::EndChild();
    return;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("sweep");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(180);
  v.param = std::clamp(v.param, 0, static_cast<int>(v.params.size()) - 1);
  if (ImGui::BeginCombo("##param", v.params[static_cast<size_t>(v.param)].c_str())) {
    for (int i = 0; i < static_cast<int>(v.params.size()); ++i)
      if (ImGui::Selectable(v.params[static_cast<size_t>(i)].c_str(), i == v.param)) v.param = i;
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(90);
  ImGui::SliderInt("seeds", &v.seeds, 1, 5);
  ImGui::SameLine();
  if (v.running) {
    if (ImGui::Button("Stop")) v.stop = true;
    note_item(widgets, "sweep stop");
    ImGui::SameLine();
    ImGui::ProgressBar(v.total ? static_cast<float>(v.done) / static_cast<float>(v.total) : 0.0f, ImVec2(160, 0));
  } else {
    if (ImGui::Button("Run sweep")) v.start = true;
    note_item(widgets, "sweep run");
  }
  if (!v.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.48f, 0.45f, 1));
    ImGui::TextWrapped("%s", v.error.c_str());
    ImGui::PopStyleColor();
  }
  if (v.points.empty()) {
    ImGui::TextDisabled("Each value of the constant runs the whole script (between frames: the page stays live).");
    ImGui::EndChild();
    return;
  }
  if (v.has_rec) {
    ImGui::TextColored(ImColor(IM_COL32(120, 210, 140, 255)), "%s", v.summary.c_str());
    ImGui::TextWrapped("%s", v.reason.c_str());
  } else if (!v.running) {
    ImGui::TextColored(ImColor(IM_COL32(255, 110, 90, 255)), "no value finished within the failure budget");
  }
  // time against the value; failures under it
  const float w = ImGui::GetContentRegionAvail().x;
  const float h = std::max(120.0f, (ImGui::GetContentRegionAvail().y - 12) * 0.62f);
  double lo = v.points.front().value, hi = v.points.back().value, top = 0, ftop = 0;
  for (const SweepPoint& p : v.points) {
    top = std::max(top, p.time_max);
    ftop = std::max({ftop, p.failed, p.rate_limited});
  }
  if (hi <= lo) hi = lo + 1;
  const double half = (hi - lo) / std::max<size_t>(1, v.points.size() - 1) * 0.5;
  chart::Plot p("total time (s) by value", ImVec2(w, h), lo - half, hi + half, top * 1.1, false);
  if (v.has_rec) {
    const float a = p.x(v.margin_lo - half * 0.8), b = p.x(v.margin_hi + half * 0.8);
    p.dl()->AddRectFilled(ImVec2(a, p.min().y), ImVec2(b, p.max().y), IM_COL32(120, 210, 140, 40));
  }
  if (v.bound > 0 && v.bound >= lo - half && v.bound <= hi + half) {
    char b[48];
    std::snprintf(b, sizeof b, "Little's law: ~%.3g", v.bound);
    p.vline(v.bound, IM_COL32(230, 230, 240, 160), b);
  }
  ImVec2 prev;
  for (size_t i = 0; i < v.points.size(); ++i) {
    const SweepPoint& q = v.points[i];
    const ImVec2 c(p.x(q.value), p.y(q.time));
    if (q.time_max > q.time_min)
      p.dl()->AddLine(ImVec2(c.x, p.y(q.time_min)), ImVec2(c.x, p.y(q.time_max)), IM_COL32(110, 170, 255, 120), 3.0f);
    if (i) p.dl()->AddLine(prev, c, IM_COL32(110, 170, 255, 200), 1.5f);
    const bool best = v.has_rec && q.value == v.rec_value;
    p.dl()->AddCircleFilled(c, best ? 5.0f : 3.0f,
                            !q.feasible ? IM_COL32(255, 110, 90, 255) : best ? IM_COL32(120, 210, 140, 255)
                                                                            : IM_COL32(110, 170, 255, 255));
    prev = c;
  }
  p.note("red: failed calls or a run that did not end well", IM_COL32(255, 110, 90, 255));
  bool clicked = false;
  const double at = p.finish(-1, &clicked);
  note_item(widgets, "sweep chart");
  if (at >= lo - half) {
    const SweepPoint* near = &v.points.front();
    for (const SweepPoint& q : v.points)
      if (std::fabs(q.value - at) < std::fabs(near->value - at)) near = &q;
    ImGui::SetTooltip("%s = %s: %.3f s (%.3f..%.3f), %g failed calls, %g 429s, %g retries%s\nclick: open this run",
                      v.params[static_cast<size_t>(v.param)].c_str(), value_text(near->value).c_str(), near->time,
                      near->time_min, near->time_max, near->failed, near->rate_limited, near->retries,
                      near->feasible ? "" : " (not within the budget)");
    if (clicked) {
      v.open = true;
      v.open_value = near->value;
    }
  }
  chart::Plot f("failed calls (red) and 429s (amber) by value", ImVec2(w, std::max(80.0f, ImGui::GetContentRegionAvail().y - 4)),
                lo - half, hi + half, std::max(1.0, ftop * 1.1), false);
  for (const SweepPoint& q : v.points) {
    f.bar(q.value - half * 0.8, q.value, q.rate_limited, IM_COL32(255, 200, 90, 200));
    f.bar(q.value, q.value + half * 0.8, q.failed, IM_COL32(255, 110, 90, 230));
  }
  f.finish(-1);
  ImGui::EndChild();
}

}  // namespace ts::ui
