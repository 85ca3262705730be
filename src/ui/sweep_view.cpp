#include "ui/sweep_view.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "trace/stats.h"
#include "ui/charts/plot.h"
#include "ui/theme.h"

namespace ts::ui {

namespace {
std::string value_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}
// Strategies side by side: a row per choice, named in full at the left, and
// three columns of bars: total time (the spread over seeds as a whisker),
// memory at the peak, failed calls beside 429s. The recommended row is
// green, one outside the budget red; a click on a row opens that run.
void draw_choices(SweepView& v, std::map<std::string, ImVec4>* widgets) {
  const size_t n = std::min(v.choices.size(), v.points.size());
  if (!n) return;
  double ttop = 0, mtop = 0, ftop = 0;
  for (size_t i = 0; i < n; ++i) {
    const SweepPoint& q = v.points[i];
    ttop = std::max(ttop, q.time_max);
    mtop = std::max(mtop, q.memory_kb);
    ftop = std::max({ftop, q.failed, q.rate_limited});
  }
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  const float lh = ImGui::GetTextLineHeight();
  const float head = lh + 8;
  const float row_h = std::clamp((ImGui::GetContentRegionAvail().y - head - 8) / static_cast<float>(n), lh + 10, 64.0f);
  float name_w = 0;
  for (size_t i = 0; i < n; ++i) name_w = std::max(name_w, ImGui::CalcTextSize(v.choices[i].c_str()).x);
  name_w = std::min(name_w + 18, w * 0.32f);
  const float col_w = (w - name_w) / 3;
  const float h = head + row_h * static_cast<float>(n);
  ImGui::InvisibleButton("##strategies", ImVec2(w, h));
  const bool hovered = ImGui::IsItemHovered(), clicked = ImGui::IsItemClicked();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(o, ImVec2(o.x + w, o.y + h), IM_COL32(0, 0, 0, 55), 4.0f);
  const char* heads[3] = {"total time", "peak memory", "failed calls, 429s"};
  for (int c = 0; c < 3; ++c) {
    const float x0 = o.x + name_w + col_w * static_cast<float>(c);
    dl->PushClipRect(ImVec2(x0, o.y), ImVec2(x0 + col_w - 6, o.y + head), true);
    dl->AddText(ImVec2(x0 + 4, o.y + 4), col::kText, heads[c]);
    dl->PopClipRect();
    if (widgets)
      (*widgets)[c == 0 ? "sweep chart" : c == 1 ? "sweep memory" : "sweep failures"] =
          ImVec4(x0, o.y, col_w, h);
  }
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const int hover = hovered && mouse.y >= o.y + head ? static_cast<int>((mouse.y - o.y - head) / row_h) : -1;
  // each row's three texts first: the bars leave room for the widest
  std::vector<std::array<std::string, 3>> text(n);
  float text_w[3] = {0, 0, 0};
  char buf[96];
  for (size_t i = 0; i < n; ++i) {
    const SweepPoint& q = v.points[i];
    std::snprintf(buf, sizeof buf, "%.2f s", q.time);
    text[i][0] = buf;
    text[i][1] = trace::bytes_text(q.memory_kb * 1000);
    std::snprintf(buf, sizeof buf, "%g failed, %g 429s", q.failed, q.rate_limited);
    text[i][2] = buf;
    for (int c = 0; c < 3; ++c) text_w[c] = std::max(text_w[c], ImGui::CalcTextSize(text[i][c].c_str()).x);
  }
  for (size_t i = 0; i < n; ++i) {
    const SweepPoint& q = v.points[i];
    const float y0 = o.y + head + row_h * static_cast<float>(i), y1 = y0 + row_h;
    if (widgets) (*widgets)["sweep row " + std::to_string(i)] = ImVec4(o.x, y0, w, row_h);
    if (static_cast<int>(i) == hover) dl->AddRectFilled(ImVec2(o.x, y0), ImVec2(o.x + w, y1), IM_COL32(255, 255, 255, 16));
    const bool best = v.has_rec && q.value == v.rec_value;
    const ImU32 name_col = !q.feasible ? IM_COL32(255, 110, 90, 255) : best ? IM_COL32(120, 210, 140, 255) : col::kText;
    dl->PushClipRect(ImVec2(o.x, y0), ImVec2(o.x + name_w - 6, y1), true);
    dl->AddText(ImVec2(o.x + 8, (y0 + y1 - lh) * 0.5f), name_col, v.choices[i].c_str());
    dl->PopClipRect();
    const float by0 = y0 + row_h * 0.2f, by1 = y1 - row_h * 0.2f;
    // a column: a bar of value/top (in what its widest text leaves), then the text
    auto span = [&](int c) { return std::max(12.0f, col_w - text_w[c] - 18); };
    auto x0_of = [&](int c) { return o.x + name_w + col_w * static_cast<float>(c) + 4; };
    auto bar = [&](int c, double value, double top, ImU32 colour, float frac0, float frac1) {
      const float len = top > 0 ? static_cast<float>(value / top) * span(c) : 0;
      const float ya = by0 + (by1 - by0) * frac0, yb = by0 + (by1 - by0) * frac1;
      if (value > 0) dl->AddRectFilled(ImVec2(x0_of(c), ya), ImVec2(x0_of(c) + std::max(len, 2.0f), yb), colour, 2.0f);
      return std::max(len, value > 0 ? 2.0f : 0.0f);
    };
    auto label = [&](int c, float after) {
      dl->PushClipRect(ImVec2(x0_of(c), y0), ImVec2(x0_of(c) + col_w - 6, y1), true);
      dl->AddText(ImVec2(x0_of(c) + after + 5, (y0 + y1 - lh) * 0.5f), col::kTextDim, text[i][c].c_str());
      dl->PopClipRect();
    };
    const ImU32 tc = !q.feasible ? IM_COL32(255, 110, 90, 230) : best ? IM_COL32(120, 210, 140, 255) : IM_COL32(110, 170, 255, 230);
    label(0, bar(0, q.time, ttop, tc, 0, 1));
    if (q.time_max > q.time_min && ttop > 0) {  // the spread over seeds
      const float ym = (by0 + by1) * 0.5f;
      dl->AddLine(ImVec2(x0_of(0) + static_cast<float>(q.time_min / ttop) * span(0), ym),
                  ImVec2(x0_of(0) + static_cast<float>(q.time_max / ttop) * span(0), ym), IM_COL32(230, 230, 240, 220), 2.0f);
    }
    label(1, bar(1, q.memory_kb, mtop, IM_COL32(200, 140, 255, 230), 0, 1));
    const float a = bar(2, q.rate_limited, ftop, IM_COL32(255, 200, 90, 200), 0, 0.5f);
    label(2, std::max(a, bar(2, q.failed, ftop, IM_COL32(255, 110, 90, 230), 0.5f, 1)));
  }
  if (hover >= 0 && static_cast<size_t>(hover) < n) {
    const SweepPoint& q = v.points[static_cast<size_t>(hover)];
    ImGui::SetTooltip("%s = %s: %.3f s (%.3f..%.3f), peak memory %.0f kB, %g failed calls, %g 429s, %g retries%s\nclick: open this run",
                      v.params[static_cast<size_t>(v.param)].c_str(), v.choices[static_cast<size_t>(hover)].c_str(), q.time,
                      q.time_min, q.time_max, q.memory_kb, q.failed, q.rate_limited, q.retries,
                      q.feasible ? "" : " (not within the budget)");
    if (clicked) {
      v.open = true;
      v.open_value = q.value;
    }
  }
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
  if (!v.choices.empty()) {
    draw_choices(v, widgets);
    ImGui::EndChild();
    return;
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
