// The console: every line printed up to the cursor time, stamped with its
// virtual time; lines printed exactly at the cursor are highlighted.
#pragma once
#include "imgui.h"
#include "trace/trace.h"

namespace ts::ui {

struct ConsoleView {
  size_t last_count = 0;  // to auto-scroll when lines appear
};

void draw_console(const trace::Trace& tr, double t, ConsoleView& cv, ImVec2 size);

}  // namespace ts::ui
