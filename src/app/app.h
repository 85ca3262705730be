// The application shared by the web page and the desktop window: owns the
// recorded run (Trace), the playback Player and the page's UI state; draws
// one frame; answers the JavaScript/test hooks.
#pragma once
#include <string>
#include <string_view>

#include "trace/player.h"
#include "trace/trace.h"
#include "ui/page.h"

namespace ts::app {

class App {
 public:
  App();
  // After ImGui::CreateContext(), before the renderer backend's first frame.
  void init_ui();
  // Between ImGui::NewFrame() and ImGui::Render(): advance playback by
  // ImGui's DeltaTime and draw the page.
  void frame();
  // State at the cursor as JSON (see trace::Player::state_json), plus
  // "title" (the scenario) and "ui_ms" (CPU time of the last frame's UI).
  std::string state_json() const;
  // play | pause | toggle | restart | step | back | run_to_end | seek <t> |
  // speed <x> | load example1 | load stress [N]
  bool command(std::string_view cmd, std::string* err = nullptr);

  const trace::Trace& trace() const { return trace_; }
  trace::Player& player() { return player_; }

  // Replaces the run shown: `record` fills the (cleared) trace, e.g. by
  // running a scenario on a Loop with a trace::Recorder installed. Then
  // playback starts from t = 0.
  template <class F>
  void load(F&& record, ui::PageInfo info) {
    trace_.clear();
    record(trace_);
    show(std::move(info));
  }

  void load_example1();
  void load_stress(int workers, int slots);

 private:
  void show(ui::PageInfo info);
  trace::Trace trace_;
  trace::Player player_;
  ui::PageInfo info_;
  ui::PageState page_;
  double ui_ms_ = 0;
};

// The process-wide app used by the C hooks below.
App& the_app();

}  // namespace ts::app

extern "C" {
// JSON of the state at the playback cursor; valid until the next call.
const char* ts_state_json();
// A command string, as App::command.
void ts_command(const char* cmd);
}
