// The Sweep tab: one constant of the script (a `# slider:` one) swept over
// its range, run a point at a time between frames by the app (app::Sweep),
// drawn here from plain numbers: total time against the value (the spread
// over seeds as a band), failed calls and 429s, the Little's-law bound and
// the recommended value with its margin. A click on a point opens that run.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "imgui.h"

namespace ts::ui {

struct SweepPoint {
  double value = 0, time = 0, time_min = 0, time_max = 0;
  double failed = 0, rate_limited = 0, retries = 0;
  double memory_kb = 0;  // the model's peak (trace::MemoryModel)
  bool feasible = false;  // every run ok and within the failure budget
};

struct SweepView {
  // filled by the app
  std::vector<std::string> params;  // the sliders' names
  std::string error;                // why the sweep could not start ("" if none)
  bool running = false;
  size_t done = 0, total = 0;       // runs
  std::vector<SweepPoint> points;
  std::vector<std::string> choices;  // the swept constant's "# choice:" names: strategies side by side
  double bound = 0;                 // useful concurrency by Little's law (0: unknown)
  bool has_rec = false;
  double rec_value = 0, margin_lo = 0, margin_hi = 0;
  std::string summary, reason;
  // set by the page, taken by the app
  int param = 0;
  int seeds = 1;
  bool start = false, stop = false;
  bool open = false;
  double open_value = 0;
};

void draw_sweep(SweepView& v, ImVec2 size, std::map<std::string, ImVec4>* widgets);

}  // namespace ts::ui
