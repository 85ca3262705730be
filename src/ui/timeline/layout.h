// The page's layout sizes, in pixels, in one place: the timeline draws with
// them, the page sizes the timeline's box from them and the gate view and its
// height hint share theirs. No ImGui (the timeline's fold uses the pixel
// thresholds too).
#pragma once

namespace ts::ui::layout {

// ---- timeline ----
constexpr float kAxisH = 28.0f;         // time axis strip at the top
constexpr float kAxisGap = 2.0f;        // between the axis, each lane and the rows
constexpr float kLaneH = 20.0f;         // one gate occupancy lane (inside / queue)
constexpr int kMaxLaneGates = 3;        // gates that get lanes (two lanes each)
constexpr float kMinRowH = 24.0f;       // rows grow from kMinRowH up to kMaxRowH when there is room
constexpr float kMaxRowH = 34.0f;
constexpr float kBarFrac = 0.68f;       // state bar height / row height
constexpr float kNameMinW = 80.0f;      // name column: widest name + kNamePad, within [min, max]
constexpr float kNameMaxW = 230.0f;
constexpr float kNamePad = 30.0f;       // room for the state dot before the name
constexpr float kScrollbarW = 14.0f;    // right of the plot: the rows' scrollbar
constexpr float kTimelineChromeH = 26.0f;  // the timeline box's padding and borders
constexpr float kTimelineMinH = 150.0f;
constexpr float kTimelineMaxFrac = 0.45f;  // of the height left under the controls
constexpr float kTickPx = 90.0f;        // about one labelled tick per kTickPx

// Folding (timeline/fold.h): a segment narrower than kFoldPx joins a fold; a
// fold covers at most kFoldMaxPx and is drawn at least kFoldMinPx wide; a
// wait at a gate or queue is drawn at least kGateMinPx wide.
constexpr float kFoldPx = 1.0f;
constexpr float kFoldMaxPx = 8.0f;
constexpr float kFoldMinPx = 2.0f;
constexpr float kGateMinPx = 4.0f;
constexpr float kMarkerMergePx = 3.0f;  // print() markers closer than this are one
constexpr float kCullPx = 4.0f;         // spans are clipped this far outside the plot

// ---- page ----
constexpr float kScenarioPickerW = 300.0f;
constexpr float kCodeFrac = 0.37f;      // code panel width / page width, within [min, max]
constexpr float kCodeMinW = 320.0f;
constexpr float kCodeMaxW = 640.0f;
constexpr float kThreeColumnsW = 1100.0f;  // console | gate | right now side by side from this width
constexpr float kConsoleFrac = 0.38f;   // three columns: console width / width
constexpr float kGateFrac = 0.48f;      // two columns: gate width / width, within [min, max]
constexpr float kGateMinW = 280.0f;
constexpr float kGateMaxW = 680.0f;
constexpr float kGateMaxHFrac = 0.6f;   // two columns: the gate's share of the panel height
constexpr float kNowMinH = 60.0f;
constexpr float kPanelMinH = 120.0f;

// ---- gate view ----
constexpr int kGateCompactSlots = 12;   // more slots: a grid of small cells, names on hover
constexpr float kGateCellMaxH = 42.0f;  // one stall
constexpr float kGateCellMinH = 14.0f;
constexpr float kGateStallMinH = 30.0f; // stalls shorter than this go to more columns
constexpr float kGateColumnW = 120.0f;  // width of one column of stalls
constexpr float kGateCompactMaxH = 260.0f;  // height of the grid of small cells
constexpr float kGateLotPad = 8.0f;     // inside the lot, each side
constexpr float kGateQueueMaxW = 180.0f;
constexpr float kGateQueueFrac = 0.38f; // queue lane width / gate width, at most kGateQueueMaxW
constexpr float kGateMinH = 60.0f;
constexpr float kGateStackMinH = 150.0f;  // each of several gates stacked
constexpr int kGateHintSlots = 6;       // the height hint makes room for this many stalls
constexpr float kGateFooterH = 24.0f;   // under the lot: "open"/"full" and spacing

}  // namespace ts::ui::layout
