#include "ui/compare_view.h"

#include <algorithm>
#include <cmath>

#include "ui/theme.h"

namespace ts::ui {

namespace {

constexpr ImU32 kBetter = IM_COL32(110, 210, 130, 255);
constexpr ImU32 kWorse = IM_COL32(255, 120, 110, 255);

void draw_table(const CompareView& v, ImVec2 size, std::map<std::string, ImVec4>* widgets) {
  ImGui::BeginChild("compare_table", size, true);
  if (ImGui::BeginTable("compare_rows", 4,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_ScrollY)) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("A");
    ImGui::TableSetupColumn("B");
    ImGui::TableSetupColumn("B against A");
    ImGui::TableHeadersRow();
    for (const trace::CompareRow& r : v.rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", r.what.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.a.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.b.c_str());
      ImGui::TableNextColumn();
      const ImU32 c = r.better > 0 ? kBetter : r.better < 0 ? kWorse : col::kTextDim;
      ImGui::TextColored(ImColor(c), "%s", r.change.c_str());
      if (r.better != 0 && ImGui::IsItemHovered()) ImGui::SetTooltip("%s is better here", r.better > 0 ? "B" : "A");
    }
    ImGui::EndTable();
  }
  ImGui::EndChild();
  note_item(widgets, "compare table");
}

// One of the two timelines, on the shared axis: it starts from v.t0..t1 and
// whatever it zoomed or panned to becomes the axis of both.
void draw_one(CompareView& v, const char* which, const std::string& title, const trace::Trace& tr,
              trace::Player& player, TimelineState& st, ImVec2 size, std::map<std::string, ImVec4>* widgets) {
  ImGui::TextColored(ImColor(col::kAccent), "%s", which);
  ImGui::SameLine();
  ImGui::TextDisabled("%s", title.c_str());
  st.t0 = v.t0;
  st.t1 = v.t1;
  st.fitted_for = &tr;  // the axis is the comparison's, not this run's own fit
  st.fitted_end = tr.end_time();
  ImGui::PushID(which);
  draw_timeline(tr, player, st, ImVec2(size.x, std::max(60.0f, size.y - ImGui::GetTextLineHeightWithSpacing())));
  ImGui::PopID();
  note_item(widgets, std::string("compare timeline ") + which);
  if (st.t0 != v.t0 || st.t1 != v.t1) {
    v.t0 = st.t0;
    v.t1 = st.t1;
  }
}

}  // namespace

void draw_compare(CompareView& v, const trace::Trace& b, trace::Player& player, ImVec2 size,
                  std::map<std::string, ImVec4>* widgets) {
  ImGui::BeginChild("compare", size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  if (ImGui::Button(v.a ? "pin this run as A instead" : "pin this run as A")) v.pin = true;
  note_item(widgets, "compare pin");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("keep this run as A; change a slider or the code and run again: the new run is B");
  if (v.a) {
    ImGui::SameLine();
    if (ImGui::Button("clear")) v.clear = true;
    note_item(widgets, "compare clear");
    ImGui::SameLine(0, 16);
    ImGui::TextDisabled("changed from A to B:");
    ImGui::SameLine();
    ImGui::TextUnformatted(v.differs.c_str());
  }
  if (!v.a) {
    ImGui::Spacing();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(size.x, ImGui::GetFontSize() * 40));
    ImGui::TextDisabled(
        "Two runs side by side. Pin this run as A, then change something: move a slider, edit the code (take "
        "the semaphore out, say), change the seed, and run again. The new run is B: its totals beside A's with "
        "the change, and both timelines on one time axis.");
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    return;
  }
  // the axis: both runs whole, framed again when either run changes
  const double both_end = std::max(v.a->end_time(), b.end_time());
  if (v.framed_a != v.a || v.framed_b != &b || v.framed_end != both_end) {
    const double end = both_end > 0 ? both_end : 1;
    v.t0 = -0.02 * end;
    v.t1 = 1.03 * end;
    v.framed_a = v.a;
    v.framed_b = &b;
    v.framed_end = both_end;
  }
  if (v.a_player.trace() != v.a) v.a_player.set_trace(v.a);
  if (player.cursor() != v.b_seen) v.cursor = player.cursor();  // B's moved (playing, a key, a click on B)
  v.a_player.seek(v.cursor);
  const double a_at = v.a_player.cursor();

  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const bool side = avail.x >= 820;
  ImVec2 table = side ? ImVec2(std::floor(std::min(avail.x * 0.42f, 460.0f)), avail.y)
                      : ImVec2(avail.x, std::floor(avail.y * 0.38f));
  draw_table(v, table, widgets);
  if (side) ImGui::SameLine();
  const ImVec2 rest = side ? ImVec2(avail.x - table.x - gap, avail.y)
                           : ImVec2(avail.x, avail.y - table.y - ImGui::GetStyle().ItemSpacing.y);
  ImGui::BeginGroup();
  const float each = std::floor((rest.y - ImGui::GetStyle().ItemSpacing.y) / 2);
  draw_one(v, "A", v.a_title, *v.a, v.a_player, v.tl_a, ImVec2(rest.x, each), widgets);
  if (v.a_player.cursor() != a_at) {  // a click on A moves both
    v.cursor = v.a_player.cursor();
    player.pause();
    player.seek(v.cursor);
  }
  const double b_at = player.cursor();
  draw_one(v, "B", v.b_title, b, player, v.tl_b, ImVec2(rest.x, each), widgets);
  if (player.cursor() != b_at) v.cursor = player.cursor();  // a click on B
  v.b_seen = player.cursor();
  ImGui::EndGroup();
  ImGui::EndChild();
}

}  // namespace ts::ui
