// The whole page in one ImGui window: title, controls, legend, the timeline,
// the console and the gate. Reads only the Trace and the Player.
#pragma once
#include <map>
#include <string>
#include <vector>
#include "trace/player.h"
#include "trace/trace.h"
#include "ui/charts/charts.h"
#include "ui/compare_view.h"
#include "ui/console_view.h"
#include "ui/editor.h"
#include "ui/sweep_view.h"
#include "ui/timeline/draw.h"

namespace ts::ui {

struct PageInfo {
  std::string title;        // "Example 1: six workers, one gate"
  std::string summary;      // one line under the title
  std::string explanation;  // longer text (tooltip)
  std::string notice;       // "what to notice", shown beside the gate
};

struct PageState {
  // What the run view's top shows: the timeline, the charts, the sweep or
  // the comparison with a pinned run.
  enum View { Timeline, Charts, Sweep, Compare } view = Timeline;
  bool view_set = false;  // `view` was set from outside: the tab bar follows it
  TimelineState timeline;
  ChartsState charts;
  // The Sweep tab (owned by the app, which runs the sweep; null: no tab).
  SweepView* sweep = nullptr;
  // The Compare tab (owned by the app, which pins runs; null: no tab).
  CompareView* compare = nullptr;
  ConsoleView console;
  // Scenario picker (filled by the app); the page sets `requested` when the
  // user picks another one, the app loads it.
  std::vector<std::string> scenarios;
  int current = 0;
  int requested = -1;
  // Picked while the code panel has edits: the page asks first ("Discard
  // your edits?"), then sets `requested` (or forgets it).
  int confirm_switch = -1;
  // Code panel (owned by the app; null: no panel): drawn left of the run view.
  EditorState* editor = nullptr;
  // "Copy link": the page sets link_requested, the app copies the share link
  // and sets link_copied_at (ImGui time) for the page's feedback.
  bool link_requested = false;
  double link_copied_at = -1;
  // "Export": the page sets what to save ("py", "trace", "console", "summary"), the
  // app makes the file and hands it to the browser.
  std::string export_requested;
  // Where the last frame drew the page's named buttons and menu items
  // (x, y, w, h in canvas pixels), for the state JSON: e2e tests click them
  // where a person would.
  std::map<std::string, ImVec4> widgets;
  // A message across the page under the header (e.g. a link that could not
  // be opened); empty: none.
  std::string banner;
  // The help overlay (colours, keys) is open.
  bool help = false;
};

// Call between ImGui::NewFrame() and ImGui::Render(); fills the display.
void draw_page(const PageInfo& info, const trace::Trace& tr, trace::Player& player, PageState& st);

}  // namespace ts::ui
