// The Compare tab: run A (pinned) beside run B (the run shown now) — what
// differs between their scenarios, the table of trace::compare_rows with the
// better side of each row coloured, and the two timelines on one time axis
// with one cursor (a click on either moves both). Pin a run, change a slider
// or the code, run again: that is the comparison. The app pins and fills
// the rows; the page draws from them and the two traces.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "imgui.h"
#include "trace/compare.h"
#include "trace/player.h"
#include "trace/trace.h"
#include "ui/timeline/draw.h"

namespace ts::ui {

struct CompareView {
  // filled by the app
  const trace::Trace* a = nullptr;  // the pinned run; null: none yet
  std::string a_title, b_title;     // the scenarios' titles
  std::string differs;              // app::describe_difference
  std::vector<trace::CompareRow> rows;
  // kept by the page from frame to frame
  trace::Player a_player;           // A's cursor, kept at B's
  TimelineState tl_a, tl_b;
  double t0 = 0, t1 = 1;            // the one time axis both timelines show
  const trace::Trace* framed_a = nullptr;
  const trace::Trace* framed_b = nullptr;
  double framed_end = -1;
  // The one cursor: B's player clamps at B's end, so a click on A past it
  // keeps its time here (A shows it; B its end).
  double cursor = 0, b_seen = -1;
  // set by the page, taken by the app
  bool pin = false, clear = false;
};

// Names its parts in *widgets: "compare pin", "compare clear", "compare
// table", "compare timeline A", "compare timeline B".
void draw_compare(CompareView& v, const trace::Trace& b, trace::Player& player, ImVec2 size,
                  std::map<std::string, ImVec4>* widgets);

}  // namespace ts::ui
