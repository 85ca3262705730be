// The application shared by the web page and the desktop window: owns the
// recorded run (Trace), the playback Player and the page's UI state; draws
// one frame; answers the JavaScript/test hooks.
#pragma once
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/link.h"
#include "app/sweep.h"
#include "script/scenario.h"
#include "trace/player.h"
#include "trace/trace.h"
#include "ui/editor.h"
#include "ui/page.h"

namespace ts::app {

class App {
 public:
  App();
  // After ImGui::CreateContext(), before the renderer backend's first frame.
  // pixel_ratio: device pixels per canvas pixel (the browser's
  // devicePixelRatio): the fonts are rasterised at that resolution, so text
  // is as crisp as the lines on a HiDPI screen.
  void init_ui(float pixel_ratio = 1.0f);
  // After the backends' NewFrame, before ImGui::NewFrame(): takes the frame's
  // real duration for playback and keeps ImGui's within (0, 0.1 s] (headless
  // Chromium can repeat a timestamp, and a stalled frame must not count as a
  // key held long enough to auto-repeat).
  void before_new_frame();
  // Between ImGui::NewFrame() and ImGui::Render(): advance playback by the
  // frame's duration and draw the page.
  void frame();
  // State at the cursor as JSON (see trace::Player::state_json), plus
  // "title" (the scenario), "ui_ms" (CPU time of the last frame's UI) and
  // "timeline": what the last frame's timeline drew (ui::FoldStats: spans,
  // folds, gate_spans, gate_waits, gate_min_px), "view" ("timeline" or
  // "charts") and "widgets": {name: [x, y, w, h]} of the page's named
  // buttons, tabs and menu items as the last frame drew them.
  std::string state_json() const;
  // play | pause | toggle | restart | step | back | run_to_end | seek <t> |
  // speed <x> | load stress [N] |
  // load_preset <id> (puts the preset's code in the code panel and runs it) |
  // set_code <text> (replaces the code panel's text, which may span lines;
  // does not run it) | run (runs the code panel's text) | seed <N> (for the
  // next runs) | open_link <fragment> (a share link: see link.h; a bad one
  // shows its error and the default scenario) | link_error <message> (the
  // page refused a link before decoding it, e.g. an oversized fragment) |
  // copy_link (as the "copy link" button) | restore_link <fragment> (the
  // scenario kept in the browser's storage: as open_link, but a bad one is
  // dropped silently) | export py|trace|console|summary (as the Export menu) |
  // view timeline|charts|sweep|compare (as the tabs) | sweep_start | sweep_stop |
  // compare pin (the run shown becomes A) | compare clear |
  // sweep_param <name> | sweep_seeds <n> |
  // budget steps N (the step budget of the page's next runs; 0: the page's
  // default) | budget wall S (seconds of real time before a run is stopped)
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

  void load_stress(int workers, int slots);
  // Scenario scripts (see script_run.h): a preset by id (false if unknown),
  // the code panel's text replaced, the code panel's text run.
  bool load_preset(std::string_view id);
  void set_code(std::string code);
  void run_code();

  // Where a script runs. With no backend (natively, in tests) run_code runs
  // it before it returns. The page sets one that hands it to its Web Worker
  // (a runaway script cannot freeze the tab): the run comes back through
  // run_done (the bytes of app::encode_run) or run_failed, for the latest
  // request only; meanwhile the page shows the last run, the Run button is
  // Stop, and a run kWallBackstop seconds past its wall-clock budget is
  // dropped.
  struct RunRequest {
    uint64_t id = 0;
    std::string code, file;
    int64_t seed = 0;
    int64_t max_steps = 0;  // the step budget, if raised ("budget steps N"); 0: the page's
    double max_wall = 0;    // the engine's wall-clock budget ("budget wall S"); 0: the page's
    double seek = -1;       // where the cursor goes once it is here (a link's "t"), if >= 0
  };
  void set_run_backend(std::function<void(const RunRequest&)> start, std::function<void()> stop);
  void run_done(uint64_t id, std::string_view bytes);
  void run_failed(uint64_t id, const std::string& why);
  bool running() const { return pending_.id != 0; }
  // A run is under way, or the last one has not been drawn yet (the state's
  // widgets and timeline figures are the last frame's).
  bool busy() const { return running() || drawn_ != shown_; }
  // Ends the run under way (the worker is dropped) with `why` as its
  // message ("stopped after 2.1 s of real time"); nothing if none is.
  void stop_run(const std::string& why);
  // Seconds of real time after which the page drops a run: the engine's own
  // wall-clock budget (page_run_options, 10 s, or "budget wall S") ends it
  // first, with its line; this is for what that misses.
  static constexpr double kWallBackstop = 5.0;  // seconds past the engine's budget
  // Share links: open one (false + the shown error if it is bad), and the
  // fragment of what is shown now (code, seed, preset, time).
  bool open_link(std::string_view fragment);
  std::string link_fragment() const;
  void copy_link();  // to the system clipboard
  // The run as a file: "py" (export_py.h), "trace" (JSON lines), "console"
  // (the stamped output), "summary" (CSV of trace::summary_rows); name and
  // text; false for an unknown kind.
  bool export_text(std::string_view kind, std::string& name, std::string& text) const;
  void save_export(std::string_view kind);  // to the browser's downloads (a file here, natively)
  // Text pasted from the system clipboard (the page's paste event) into the
  // code panel at its cursor; CR LF becomes LF.
  void paste(std::string_view text);

 private:
  void show(ui::PageInfo info);
  std::string script_json() const;
  // Sliders and the sweep: the code's `# slider:` constants into the editor
  // and the Sweep tab; a slider let go writes its value into the code and
  // runs it; the sweep runs a slice of its points each frame.
  void refresh_sliders();
  void mark_task_lines();  // editor_.marks for the cursor
  void set_constant(const std::string& name, double value);
  void start_sweep();
  void step_sweep();
  std::string sweep_json() const;
  app::Sweep sweep_;
  ui::SweepView sweep_view_;
  // The Compare tab: run A, pinned (a copy of a run shown before), beside the
  // run shown now, which is B; compare_view_ is refilled when either changes.
  struct Pinned {
    trace::Trace trace;
    std::string code, title;
    int64_t seed = 0;
    trace::RunSummary summary;
  };
  std::unique_ptr<Pinned> pinned_;
  ui::CompareView compare_view_;
  uint64_t compared_ = 0;  // the run (shown_) the view was filled for
  void pin_run();
  void refresh_compare();
  std::string compare_json() const;
  // A compare link opens in two runs: A's, pinned, then the link's own (B):
  // its code (slider values applied), seed, time and view wait here.
  std::unique_ptr<link::Scenario> then_;
  // The cursor to t (>= 0) once the run shown or under way is here.
  void seek_when_shown(double t);
  ui::EditorState editor_;
  bool script_mode_ = false;      // the run shown is the code panel's script
  std::string preset_id_;         // preset the code panel was loaded from ("" if none)
  int64_t seed_ = 0;              // random.seed for script runs
  std::string link_error_;        // why the last link could not be opened ("" if it could)
  void show_link_error(std::string err);
  // The run under way: its request and what the page shows once it is done.
  void finish_run(const std::string& src);
  void end_without_run(vm::RunOutcome::Status status, const std::string& message, const char* tag);
  std::string drop_pending();  // forgets the run under way; its code
  RunRequest pending_;
  int64_t max_steps_ = 0;               // "budget steps N" (0: the page's)
  double max_wall_ = 0;                 // "budget wall S" (0: the page's)
  ui::PageInfo pending_info_;
  std::chrono::steady_clock::time_point pending_since_;
  uint64_t last_id_ = 0;
  std::function<void(const RunRequest&)> start_run_;
  std::function<void()> stop_run_;
  vm::RunOutcome outcome_;        // of the last script run
  std::vector<std::string> console_all_;  // its stdout lines as `turnstile run --stamp` prints them
  trace::Trace trace_;
  trace::Player player_;
  ui::PageInfo info_;
  ui::PageState page_;
  double ui_ms_ = 0;
  // Runs shown so far, and how many of them a whole frame has drawn.
  uint64_t shown_ = 0, drawn_ = 0;
  double frame_dt_ = 0;  // real seconds since the last frame
};

// The process-wide app used by the C hooks below.
App& the_app();

}  // namespace ts::app

extern "C" {
// JSON of the state at the playback cursor; valid until the next call.
const char* ts_state_json();
// A command string, as App::command.
void ts_command(const char* cmd);
// The share-link fragment of the scenario shown (App::link_fragment).
const char* ts_link_fragment();
// The page's Web Worker finished run `id` (App::run_done / run_failed), and
// whether the app is busy (App::busy: the page's glue waits in state()).
void ts_run_done(double id, const char* bytes, int len);
void ts_run_failed(double id, const char* why);
int ts_run_pending();
}
