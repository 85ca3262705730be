// One chart's frame, for the charts in this folder: a box at the cursor with
// a title, a y scale with a few labelled gridlines, and either virtual time
// [0, end] or a value range on x. Everything is drawn with the window's draw
// list (no plotting library); a chart reads the trace and calls these.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "imgui.h"

namespace ts::ui::chart {

class Plot {
 public:
  // Reserves `size` at the cursor: title top left, y gridlines for [0, ymax],
  // x labels under the plot area for [x0, x1] (as durations when x_seconds,
  // else plain numbers).
  Plot(const char* title, ImVec2 size, double x0, double x1, double ymax, bool x_seconds = true);
  float x(double v) const;
  float y(double v) const;
  ImDrawList* dl() const { return dl_; }
  ImVec2 min() const { return a_; }
  ImVec2 max() const { return b_; }

  // A step function through (x, value) points, each value held until the
  // next point and the last to the end of x: a filled area, or a line.
  void steps(const std::vector<std::pair<double, double>>& pts, ImU32 col, bool fill);
  void bar(double xa, double xb, double v, ImU32 col);
  // A dashed horizontal line at v, labelled at the right end.
  void hline(double v, ImU32 col, const char* label);
  // A vertical marker at x: short ticks (at the bottom or the top), or a
  // full-height line labelled at the top.
  void tick(double xv, bool top, ImU32 col);
  // (labels on row `row` of the plot's top, left of the line near the right edge)
  void vline(double xv, ImU32 col, const char* label, int row = 0);
  // Right-aligned text in the title row (a legend, a total); left out when
  // it would run into the title.
  void note(const char* text, ImU32 col);

  // Ends the chart: the cursor line (when cursor >= 0) and the hover. Returns
  // the x under the mouse (or -1); *clicked is set when it was clicked.
  double finish(double cursor, bool* clicked = nullptr);

 private:
  ImDrawList* dl_;
  ImVec2 box0_, box1_;  // the whole box
  ImVec2 a_, b_;        // the plot area
  double x0_, x1_, ymax_;
  float note_x_;
  float title_end_;  // notes stop short of the title
};

// A "nice" step (1, 2 or 5 times a power of ten) giving about n steps over span.
double nice_step(double span, double n);

// "1.5 s", "250 ms", "12 s", "3 min" for axis labels and tooltips.
std::string seconds_label(double s);

}  // namespace ts::ui::chart
