// The pieces the gate and queue panels draw tasks with: a task as a "car"
// (a rounded block in its state's colour with its name) and text centred in
// a box.
#pragma once
#include "imgui.h"
#include "trace/trace.h"

namespace ts::ui {

// Text centred in the box [a, b], clipped to it (left-aligned when too long).
void centered_text(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, const char* s);
// A task as a rounded block in state s's colour, with its name.
void draw_car(ImDrawList* dl, ImVec2 a, ImVec2 b, trace::State s, const char* name);

}  // namespace ts::ui
