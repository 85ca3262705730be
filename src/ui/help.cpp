#include "ui/help.h"

#include <algorithm>

#include "ui/theme.h"

namespace ts::ui {

namespace {

using trace::State;

constexpr const char* kTitle = "Turnstile help";

void swatch(ImU32 colour) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.15f), ImVec2(p.x + h * 1.4f, p.y + h * 0.85f),
                                            colour, 3.0f);
  ImGui::Dummy(ImVec2(h * 1.4f, h));
  ImGui::SameLine(0, 8);
}

// One row of a two-column table: a swatch (or none) and a name, then what it means.
void row(ImU32 colour, const char* name, const char* meaning) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  if (colour) swatch(colour);
  ImGui::TextUnformatted(name);
  ImGui::TableNextColumn();
  ImGui::TextWrapped("%s", meaning);
}

bool begin_table(const char* id, float first_w) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX)) return false;
  ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthFixed, first_w);
  ImGui::TableSetupColumn("meaning", ImGuiTableColumnFlags_WidthStretch);
  return true;
}

void states() {
  ImGui::TextColored(ImColor(col::kAccent), "A task's state: its timeline row, its car at the gate, its line in the code");
  if (!begin_table("help_states", ImGui::GetFontSize() * 11)) return;
  row(state_color(State::Running), "running", "it has the event loop: its code is executing. One task at a time.");
  row(state_color(State::Ready), "ready", "it could run, and waits its turn in the loop's ready queue.");
  row(state_color(State::Waiting), "waiting at the gate", "queued at a semaphore or lock (`async with sem:`), first come first served.");
  row(state_color(State::Inside), "inside the gate", "holds one of the gate's slots until its `async with` block ends.");
  row(state_color(State::Sleeping), "sleeping", "in `await asyncio.sleep(...)` (or a simulated API call): the loop runs others.");
  row(state_color(State::Blocked), "awaiting", "awaits another task, a future, an event, a queue or a thread.");
  row(state_color(State::Done), "done", "returned.");
  row(done_color(uint8_t(trace::DoneHow::Raised)), "raised", "ended with an exception.");
  row(done_color(uint8_t(trace::DoneHow::Cancelled)), "cancelled", "ended by `task.cancel()` or a timeout.");
  row(done_color(uint8_t(trace::DoneHow::Killed)), "killed",
      "still pending when the main coroutine returned: `asyncio.run` cancelled it on its way out.");
  row(0, "(no bar)", "not started yet: created but not run, or not created yet.");
  ImGui::EndTable();
}

void world_marks() {
  ImGui::TextColored(ImColor(col::kAccent), "Marks under a task's bar: what its calls met");
  if (!begin_table("help_world", ImGui::GetFontSize() * 11)) return;
  row(world_mark_color(WorldMark::Refused), world_mark_label(WorldMark::Refused),
      "the service refused a request at its door: a rate limit (requests or tokens a minute) or its concurrency cap.");
  row(world_mark_color(WorldMark::SdkRetry), world_mark_label(WorldMark::SdkRetry),
      "the openai client sleeps and sends the call again by itself (max_retries=2 by default): your code never sees it.");
  row(world_mark_color(WorldMark::TryRetry), world_mark_label(WorldMark::TryRetry),
      "tenacity sleeps (its wait=) and calls the function again (a dot and its number: attempt 2, 3...).");
  row(world_mark_color(WorldMark::CallRaised), world_mark_label(WorldMark::CallRaised),
      "a thin cross: the client raised (its own retries spent, or an error it does not retry); the script may catch it.");
  row(world_mark_color(WorldMark::GaveUp), world_mark_label(WorldMark::GaveUp),
      "a thick cross: tenacity stopped (stop=) and raised RetryError (or reraised the last error).");
  ImGui::EndTable();
}

void code_marks() {
  ImGui::TextColored(ImColor(col::kAccent), "The code");
  if (!begin_table("help_code", ImGui::GetFontSize() * 11)) return;
  row(IM_COL32(255, 196, 92, 255), "await  async  yield",
      "where a coroutine may suspend and let other tasks run. Code between two awaits runs without interruption.");
  row(state_color(State::Inside, 0.8f), "bar beside lines",
      "a gate's zone: the block of `async with <gate>:`, where at most its capacity of tasks are at once.");
  row(state_color(State::Waiting, 0.5f), "\"3 waiting\"",
      "where the tasks are at the cursor's time, in their state's colour.");
  row(IM_COL32(255, 110, 110, 255), "red line", "the line (and column) of the error the run stopped at.");
  row(IM_COL32(120, 190, 255, 255), "# slider: 1..20", "a constant the page turns into a slider (and the Sweep tab sweeps).");
  ImGui::EndTable();
}

void keys() {
  ImGui::TextColored(ImColor(col::kAccent), "Keys and mouse");
  if (!begin_table("help_keys", ImGui::GetFontSize() * 11)) return;
  row(0, "Space", "play / pause");
  row(0, "Right / Left", "next / previous moment something happens");
  row(0, "Shift+Right / Left", "next / previous event, one at a time inside an instant (t = 0 has many)");
  row(0, "Home / End", "the start / the end of the run");
  row(0, "Ctrl+Enter", "run the code");
  row(0, "Ctrl+C / Ctrl+V", "copy from / paste into the code (the system clipboard); a .py file can be dropped on the page");
  row(0, "wheel, drag", "zoom and pan the timeline; double-click fits the whole run");
  row(0, "click", "the timeline: moves the cursor; a task row: selects it; a console line: goes to its time");
  row(0, "?", "this help (when the code does not have the keyboard)");
  ImGui::EndTable();
}

}  // namespace

void draw_help(bool& open, std::map<std::string, ImVec4>* widgets) {
  ImGuiIO& io = ImGui::GetIO();
  if (!io.WantTextInput)
    for (ImWchar c : io.InputQueueCharacters)
      if (c == '?') open = !open;
  const bool shown = ImGui::IsPopupOpen(kTitle);
  if (open && !shown) ImGui::OpenPopup(kTitle);
  const ImVec2 size(std::min(io.DisplaySize.x - 40, ImGui::GetFontSize() * 52), io.DisplaySize.y - 60);
  ImGui::SetNextWindowSize(size, ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  bool keep = true;
  if (!ImGui::BeginPopupModal(kTitle, &keep, ImGuiWindowFlags_NoSavedSettings)) {
    open = false;
    return;
  }
  // the text scrolls; Close stays in view under it
  ImGui::BeginChild("help_body", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() - 4));
  states();
  ImGui::Spacing();
  world_marks();
  ImGui::Spacing();
  code_marks();
  ImGui::Spacing();
  keys();
  ImGui::Spacing();
  ImGui::TextWrapped("Copy link puts the whole scenario in the link: the code, the seed, the sliders, the view and the time.");
  ImGui::EndChild();
  if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) || !keep || !open) {
    open = false;
    ImGui::CloseCurrentPopup();
  }
  note_item(widgets, "help close");
  ImGui::EndPopup();
}

}  // namespace ts::ui
