// Playback controls: restart / play-pause / step / end, speed, a time
// scrubber and the time readout. Only moves the Player's cursor.
#pragma once
#include "imgui.h"
#include "trace/player.h"

namespace ts::ui {

void draw_controls(trace::Player& player);

// Keyboard: Space play/pause, Right/Left step, Home restart, End to the end.
void handle_keys(trace::Player& player);

}  // namespace ts::ui
