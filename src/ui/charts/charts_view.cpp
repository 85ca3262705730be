// The Charts tab's layout: the time charts stacked on one time axis, then
// the latency histogram beside the summary (under it when narrow).
#include <algorithm>
#include <cmath>
#include <string>

#include "trace/replay.h"
#include "ui/charts/charts.h"
#include "ui/theme.h"

namespace ts::ui {

void draw_charts(const trace::Trace& tr, trace::Player& player, ChartsState& st, ImVec2 size,
                 std::map<std::string, ImVec4>* widgets) {
  auto note = [&](const std::string& name) { note_item(widgets, name); };
  if (st.of != &tr || st.events != tr.events().size() || st.end != tr.end_time()) {
    st.of = &tr;
    st.events = tr.events().size();
    st.end = tr.end_time();
    st.summary = trace::summarize(tr);
    st.alive = trace::alive_series(tr);
  }
  ImGui::BeginChild("charts", size, false);
  const float w = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
  // the time charts share what the histogram leaves, each 70..118 px
  const bool api = !tr.api().empty(), progress = !tr.bars().empty();
  int n_time = 2 + api + progress;
  for (const trace::PrimInfo& g : tr.prims())
    n_time += (g.kind == trace::PrimKind::Semaphore || g.kind == trace::PrimKind::Lock) && n_time < 6;
  const float sp = ImGui::GetStyle().ItemSpacing.y;
  const float h = std::clamp((size.y - 150 - sp * static_cast<float>(n_time + 1)) / static_cast<float>(n_time), 70.0f, 118.0f);
  double seek = -1;
  auto keep = [&](double t) {
    if (t >= 0) seek = t;
  };
  int shown = 0;
  for (const trace::PrimInfo& g : tr.prims()) {
    if (g.kind != trace::PrimKind::Semaphore && g.kind != trace::PrimKind::Lock) continue;
    if (shown++ == 4) {
      ImGui::TextDisabled("(and more gates: the summary lists them all)");
      break;
    }
    ImGui::PushID(shown);
    keep(gate_chart(g, tr.end_time(), player.cursor(), ImVec2(w, h)));
    note("chart gate " + g.name);
    ImGui::PopID();
  }
  if (api) {
    keep(api_chart(tr, player.cursor(), ImVec2(w, h)));
    note("chart api");
  }
  if (progress) {
    keep(progress_chart(tr, player.cursor(), ImVec2(w, h)));
    note("chart progress");
  }
  keep(rate_chart(tr, player.cursor(), ImVec2(w, h)));
  note("chart rate");
  keep(memory_chart(st.alive, tr.end_time(), player.cursor(), ImVec2(w, h)));
  note("chart memory");
  const bool side = w >= 760;
  const float lw = side ? std::floor(w * 0.5f) : w;
  latency_chart(st.summary, ImVec2(lw, 150));
  note("chart latency");
  if (side) ImGui::SameLine();
  summary_table(st.summary, ImVec2(side ? w - lw - ImGui::GetStyle().ItemSpacing.x : w, 0));
  note("summary");
  ImGui::EndChild();
  if (seek >= 0) player.command("seek " + trace::json_number(seek), nullptr);
}

}  // namespace ts::ui
