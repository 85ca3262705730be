// Colours, fonts and style shared by every panel.
#pragma once
#include <map>
#include <string>
#include "imgui.h"
#include "trace/trace.h"
#include "ui/timeline/fold.h"

namespace ts::ui {

// Fill colour of a task state (ABGR as ImU32).
ImU32 state_color(trace::State s, float alpha = 1.0f);
// A finished task's colour by how it ended (trace::DoneHow as its byte):
// done grey, raised red, cancelled amber-brown.
ImU32 done_color(uint8_t how, float alpha = 1.0f);
// A world mark's colour (ui/timeline/fold.h) on the timeline and in the API
// charts: refused pink, the SDK's retry cyan, tenacity's lime, given up red.
ImU32 world_mark_color(WorldMark k, float alpha = 1.0f);
const char* world_mark_label(WorldMark k);
// Its shape centred at `at`: a triangle, a dot (tenacity's attempt n), a
// cross (thick: tenacity gave up).
void draw_world_mark(ImDrawList* dl, WorldMark k, ImVec2 at, ImU32 c);  // "429 / refused", "SDK retries", ...
// Human label for the legend and tooltips ("waiting at the gate").
const char* state_label(trace::State s);

// Dark theme tuned for the playground; call once after ImGui::CreateContext.
void apply_style();
// Loads DejaVu Sans (if found at one of the usual paths) at `size` pixels,
// else ImGui's default font. Call before the backend builds the font atlas.
void load_fonts(float size = 15.0f);
// Adds DejaVu font `file` (e.g. "DejaVuSansMono.ttf") from the web build's
// embedded /fonts or from Debian's fonts-dejavu-core; null if neither exists.
ImFont* add_dejavu_font(const char* file, float size);

// Notes where the last item was drawn (x, y, w, h) in *widgets under name,
// when widgets is given: the state JSON reports them, e2e tests click them.
void note_item(std::map<std::string, ImVec4>* widgets, const std::string& name);

// Small coloured swatches with labels, on one line (wrapping), then the
// world's marks whose bit (1 << WorldMark) is set in `marks`: those the run
// has.
void draw_legend(unsigned marks = 0);

namespace col {
constexpr ImU32 kBg = IM_COL32(22, 24, 30, 255);
constexpr ImU32 kPanel = IM_COL32(30, 33, 41, 255);
constexpr ImU32 kRowAlt = IM_COL32(36, 39, 48, 255);
constexpr ImU32 kGrid = IM_COL32(60, 64, 78, 255);
constexpr ImU32 kText = IM_COL32(220, 224, 232, 255);
constexpr ImU32 kTextDim = IM_COL32(140, 148, 165, 255);
constexpr ImU32 kCursor = IM_COL32(255, 90, 95, 255);
constexpr ImU32 kAccent = IM_COL32(110, 170, 255, 255);
}  // namespace col

}  // namespace ts::ui
