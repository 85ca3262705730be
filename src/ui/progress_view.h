// Progress bars (tqdm) at the cursor: each bar open by then, drawn as a bar
// with its count, percent and rate, so the page shows what the CLI writes to
// stderr as "calls:  40%|████      | 4/10 [...]".
#pragma once
#include <string>

#include "imgui.h"
#include "trace/trace.h"

namespace ts::ui {

// Its desc, or "bar 2" for one made without.
std::string bar_name(const trace::ProgressBar& b);

// "4/10 40% 1.2 s 3.33 it/s" for bar b at t (its count, share, time since it
// opened and mean rate; no share when the total is unknown).
std::string progress_text(const trace::ProgressBar& b, double t);

// The bars open by t (closed ones too, until the end), in the current
// window, `width` wide. Does nothing for a run without bars.
void draw_progress(const trace::Trace& tr, double t, float width);

}  // namespace ts::ui
