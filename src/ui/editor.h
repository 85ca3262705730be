// The code panel: the scenario's Python source, editable, with line numbers,
// a Run button (Ctrl+Enter) and a bar with the last run's result. A syntax,
// subset or runtime error marks its line (and column) in the code; a
// deadlock lists the blocked tasks. The app owns the state and runs the code
// when `run_requested` is set.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>
#include "imgui.h"
#include "ui/code/gate_zones.h"
#include "ui/code/highlight.h"

namespace ts::ui {

// The result of the last run, as the panel shows it.
struct RunReport {
  int exit_code = 0;
  enum Kind { None, Ok, Error, Syntax, Deadlock, Budget } kind = None;
  int line = 0, col = 0;   // 1-based; 0 = unknown
  std::string message;     // one line: "name 'x' is not defined", "0.300 DEADLOCK 79 tasks blocked"
  std::string detail;      // traceback / blocked tasks (multi-line), may be empty
  double end_time = 0;
  size_t lines_printed = 0;
  size_t tasks = 0;
  size_t threads = 0, processes = 0;  // the world's (trace::TaskKind)
};

// A `# slider: LO..HI` constant of the code (app/sliders.h), as drawn.
struct SliderUi {
  std::string name;
  double lo = 0, hi = 1, step = 1, value = 0;
  bool is_int = true;
  std::vector<std::string> choices;  // "# choice:": the names of values 0, 1, ...
};

// Where tasks are in the code at the playback cursor: `count` tasks in
// state `state` (ui::state_label) at 1-based `line`.
struct LineMark {
  int line = 0;
  int count = 0;
  uint8_t state = 0;  // trace::State
};

struct EditorState {
  std::string code;         // the text being edited (the widget edits it in place)
  std::string loaded;       // the text as last loaded (preset / set_code), for "edited"
  RunReport report;
  std::string ran;          // the text of the last run (to tell a stale error marker)
  bool run_requested = false;    // set by Run / Ctrl+Enter; the app clears it
  // While a run is under way (the page runs it in a Web Worker): how long it
  // has taken so far, else < 0. The Run button is then Stop, which sets
  // stop_requested (the app clears it).
  double running_for = -1;
  bool stop_requested = false;
  bool reset_requested = false;  // "Revert": back to `loaded`
  // The text Revert replaced, until it is edited again: "Undo revert" (or
  // Ctrl+Z in the unchanged code) brings it back.
  std::string reverted;
  bool visible = true;           // the panel can be hidden to give the timeline room
  std::string notice;            // "What to notice" (the preset's explanation), under the code
  // Text from the system clipboard (the page's paste event): inserted at the
  // cursor, over the selection, by the next frame of the active editor; dropped
  // when the editor is not being edited.
  std::string pending_paste;
  // The code's sliders (filled by the app after each change of the code);
  // moving one and letting go sets slider_moved (its index) and
  // slider_value: the app writes the value into the code and runs it.
  std::vector<SliderUi> sliders;
  // Filled by the app each frame while the code shown is the code that ran:
  // the lines its tasks are at, at the cursor (drawn as tinted lines with
  // "3 waiting" at their end).
  std::vector<LineMark> marks;
  int slider_moved = -1;
  double slider_value = 0;
  // The run's semaphores and locks by their trace names (set by the app
  // after each run): their `async with` blocks are tinted as the gate zone.
  std::vector<std::string> gates;

  // Replaces the text from outside (a preset, a test hook): resets the widget.
  void set_code(std::string text, bool as_loaded = true);

  // internal
  int generation = 0;      // bumped by set_code: a fresh widget id
  int cursor_line = 0;     // 0-based line of the text cursor (while editing)
  int cursor_pos = 0;      // its byte offset
  // what the colours and zones were computed for, and them
  std::string coloured_code, zoned_code;
  std::vector<std::string> zoned_gates;
  std::vector<CodeSpan> spans;
  std::vector<GateZone> zones;
  int follow_line = -1;    // scroll this line into view on the next frame
};

// Adds a monospace font (DejaVu Sans Mono if found, else ImGui's built-in
// ProggyClean) to the atlas; call after ui::load_fonts(), before the first frame.
void load_mono_font(float size = 14.0f);
ImFont* mono_font();

// Toolbar, result bar and code, filling `size`. Notes where its buttons
// and the code are drawn in *widgets ("run", "revert", "undo revert",
// "code") when given.
void draw_editor(EditorState& ed, ImVec2 size, std::map<std::string, ImVec4>* widgets = nullptr);

// "line 3, col 5: message" (parts left out when unknown).
std::string error_location_text(const RunReport& r);

}  // namespace ts::ui
