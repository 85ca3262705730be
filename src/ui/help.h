// The help overlay: what the page's colours mean and its keys, in one place
// over the page. Opened by the header's "help" button or by typing "?" while
// no text field has the keyboard; Escape, "Close" or its title's x closes it.
#pragma once
#include <map>
#include <string>
#include "imgui.h"

namespace ts::ui {

// Call every frame; `open` is the overlay's state (the page's PageState::help).
// Notes the Close button in *widgets as "help close".
void draw_help(bool& open, std::map<std::string, ImVec4>* widgets = nullptr);

}  // namespace ts::ui
