// The timeline: one row per task, coloured segments by state, a time axis,
// the playback cursor. Draws only the visible rows and merges segments
// narrower than a pixel (so 10,000+ tasks stay cheap). Mouse wheel zooms
// around the pointer, dragging pans, clicking the axis (or a row) moves the
// cursor, double-click fits the whole run.
#pragma once
#include "imgui.h"
#include "trace/player.h"
#include "trace/trace.h"

namespace ts::ui {

struct TimelineView {
  double t0 = 0, t1 = 1;                  // visible time range
  const trace::Trace* fitted_for = nullptr;
  double fitted_end = -1;
  bool follow = true;                     // keep the cursor in view while playing
  void fit(const trace::Trace& tr);
};

// Fills `size` (use ImGui::GetContentRegionAvail()) with the timeline.
void draw_timeline(const trace::Trace& tr, trace::Player& player, TimelineView& view,
                   ImVec2 size);

// "1.5 s", "250 ms", ... for tick labels and tooltips.
void format_time(char* buf, size_t n, double t, double step = 0);

}  // namespace ts::ui
