// The timeline panel: a time axis, the gates' occupancy lanes, one row per
// task (state dot and name, the spans fold.h computed, print() markers) and
// the playback cursor, with tooltips. Input: the wheel zooms around the
// pointer (Shift+wheel scrolls the rows), dragging pans, a click on the axis
// or a row moves the cursor (and selects the row), double-click fits the run.
// Only the visible rows are folded and drawn, so 10,000+ tasks stay cheap.
#pragma once
#include <vector>

#include "imgui.h"
#include "trace/player.h"
#include "trace/trace.h"
#include "ui/timeline/fold.h"

namespace ts::ui {

// What the timeline keeps from frame to frame; owned by the page.
struct TimelineState {
  double t0 = 0, t1 = 1;  // visible time range
  bool follow = true;     // keep the cursor in view while playing
  const trace::Trace* fitted_for = nullptr;  // the run (and its end time) fit() last framed
  double fitted_end = -1;
  bool rows_to_top = false;  // set by a finished run: its rows from the first, not the last run's scroll
  bool dragging = false;  // the left button went down on the rows and is still down
  int hover_row = -1;     // row under the pointer, -1: none
  int selected_row = -1;  // row last clicked, -1: none
  Folded folded;          // the last frame's rows (its stats go into the state JSON)
  std::vector<uint32_t> lane;  // one lane's columns (kept for its capacity)
  void fit(const trace::Trace& tr);  // the whole run, with a little margin
};

// Fills `size` (use ImGui::GetContentRegionAvail()) with the timeline.
void draw_timeline(const trace::Trace& tr, trace::Player& player, TimelineState& st, ImVec2 size);

}  // namespace ts::ui
