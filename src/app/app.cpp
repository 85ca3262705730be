#include "app/app.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "app/example1.h"
#include "imgui.h"
#include "ui/theme.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#define TS_EXPORT EMSCRIPTEN_KEEPALIVE
#else
#define TS_EXPORT
#endif

namespace ts::app {

App::App() {
  page_.scenarios = {"Example 1 (6 workers, 3 slots)", "Load test (10,000 tasks)"};
  load_example1();
}

void App::show(ui::PageInfo info) {
  info_ = std::move(info);
  player_.set_trace(&trace_);
  auto scenarios = std::move(page_.scenarios);
  page_ = ui::PageState{};
  page_.scenarios = std::move(scenarios);
  player_.play();
}

void App::load_example1() {
  load([](trace::Trace& tr) { run_example1(tr); }, example1_info());
  page_.current = 0;
}

void App::init_ui() {
  ui::apply_style();
  ui::load_fonts(15.0f);
}

void App::frame() {
  auto t0 = std::chrono::steady_clock::now();
  double dt = ImGui::GetIO().DeltaTime;
  if (dt > 0.25) dt = 0.25;  // a stalled tab must not skip the whole run
  player_.update(dt);
  ui::draw_page(info_, trace_, player_, page_);
  if (page_.requested >= 0) {
    int r = page_.requested;
    page_.requested = -1;
    if (r == 0) load_example1();
    else if (r == 1) load_stress(10000, 100);
  }
  ui_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

std::string App::state_json() const {
  std::string j = player_.state_json();
  // extra fields: the scenario's title and the UI's last frame cost
  j.pop_back();
  j += ",\"title\":" + trace::json_quote(info_.title);
  j += ",\"ui_ms\":" + trace::json_number(ui_ms_);
  j += "}";
  return j;
}

void App::load_stress(int workers, int slots) {
  load([&](trace::Trace& tr) { run_stress(tr, workers, slots); }, stress_info(workers, slots));
  page_.current = 1;
}

bool App::command(std::string_view cmd, std::string* err) {
  if (cmd == "load example1") {
    load_example1();
    return true;
  }
  if (cmd.substr(0, 11) == "load stress") {
    int n = 10000;
    std::string rest(cmd.substr(11));
    if (!rest.empty()) n = std::atoi(rest.c_str());
    if (n < 1 || n > 200000) {
      if (err) *err = "load stress N: N must be 1..200000";
      return false;
    }
    load_stress(n, std::max(1, n / 100));
    return true;
  }
  return player_.command(cmd, err);
}

App& the_app() {
  static App app;
  return app;
}

}  // namespace ts::app

extern "C" TS_EXPORT const char* ts_state_json() {
  static std::string buf;
  buf = ts::app::the_app().state_json();
  return buf.c_str();
}

extern "C" TS_EXPORT void ts_command(const char* cmd) {
  std::string err;
  if (!ts::app::the_app().command(cmd ? cmd : "", &err)) std::fprintf(stderr, "ts_command: %s\n", err.c_str());
}
