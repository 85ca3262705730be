#include "ui/editor.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <utility>

#include "imgui_internal.h"  // the text widget's caret blink (GetInputTextState)
#include "ui/theme.h"

namespace ts::ui {

namespace {

ImFont* g_mono = nullptr;

constexpr ImU32 kErrBg = IM_COL32(120, 36, 40, 200);
constexpr ImU32 kErrLine = IM_COL32(255, 80, 80, 55);
constexpr ImU32 kErrMark = IM_COL32(255, 110, 110, 255);
constexpr ImU32 kDeadBg = IM_COL32(120, 82, 20, 210);
constexpr ImU32 kOkText = IM_COL32(120, 210, 140, 255);
constexpr ImU32 kCodeBg = IM_COL32(18, 20, 25, 255);
constexpr ImU32 kGutterText = IM_COL32(95, 102, 120, 255);
constexpr ImU32 kCurLine = IM_COL32(110, 170, 255, 18);

// Syntax colours (ui/code/highlight.h), readable on kCodeBg.
ImU32 token_color(CodeTok t) {
  switch (t) {
    case CodeTok::Keyword: return IM_COL32(198, 146, 233, 255);
    case CodeTok::Suspend: return IM_COL32(255, 196, 92, 255);  // await: where a task lets others run
    case CodeTok::Constant: return IM_COL32(229, 140, 100, 255);
    case CodeTok::Builtin: return IM_COL32(110, 196, 220, 255);
    case CodeTok::String: return IM_COL32(152, 206, 128, 255);
    case CodeTok::Number: return IM_COL32(229, 160, 110, 255);
    case CodeTok::Comment: return IM_COL32(118, 128, 148, 255);
    case CodeTok::Slider: return IM_COL32(120, 190, 255, 255);
    case CodeTok::Decorator: return IM_COL32(230, 210, 120, 255);
    case CodeTok::Defined: return IM_COL32(120, 170, 255, 255);
    case CodeTok::Plain: break;
  }
  return col::kText;
}

// The code drawn in colour, lines [first, last), at `at` (the first line's
// top left); the text widget over it draws no text of its own.
void draw_coloured_code(ImDrawList* dl, ImFont* f, float size, ImVec2 at, float lh, const EditorState& ed,
                        int first, int last) {
  const std::string& s = ed.code;
  size_t b = 0;
  for (int line = 0; line < first && b < s.size(); ++line) {
    const size_t nl = s.find('\n', b);
    b = nl == std::string::npos ? s.size() : nl + 1;
  }
  auto span = std::lower_bound(ed.spans.begin(), ed.spans.end(), b,
                               [](const CodeSpan& x, size_t pos) { return x.end <= pos; });
  for (int line = first; line < last && b <= s.size(); ++line) {
    size_t e = s.find('\n', b);
    if (e == std::string::npos) e = s.size();
    const float y = at.y + static_cast<float>(line) * lh;
    float x = at.x;
    for (size_t p = b; p < e;) {
      while (span != ed.spans.end() && span->end <= p) ++span;
      const bool in = span != ed.spans.end() && span->begin <= p;
      const size_t q = in ? std::min<size_t>(span->end, e) : std::min<size_t>(span == ed.spans.end() ? e : span->begin, e);
      const char* pb = s.data() + p;
      const char* pe = s.data() + q;
      dl->AddText(f, size, ImVec2(x, y), token_color(in ? span->tok : CodeTok::Plain), pb, pe);
      x += f->CalcTextSizeA(size, FLT_MAX, 0.0f, pb, pe).x;
      p = q;
    }
    b = e + 1;
  }
}

// The caret at byte `pos` (the widget's own is drawn in the text colour,
// which is transparent), blinking as the widget's would.
void draw_caret(ImDrawList* dl, ImFont* f, float size, ImVec2 at, float lh, const EditorState& ed, ImGuiID id) {
  const ImGuiInputTextState* st = ImGui::GetInputTextState(id);
  if (!st) return;
  const bool on = !ImGui::GetIO().ConfigInputTextCursorBlink || st->CursorAnim <= 0.0f ||
                  std::fmod(st->CursorAnim, 1.20f) <= 0.80f;
  if (!on) return;
  const size_t pos = std::min(ed.code.size(), static_cast<size_t>(std::max(0, ed.cursor_pos)));
  const size_t nl = pos == 0 ? std::string::npos : ed.code.rfind('\n', pos - 1);
  const size_t b = nl == std::string::npos ? 0 : nl + 1;
  const float x = std::floor(at.x + f->CalcTextSizeA(size, FLT_MAX, 0.0f, ed.code.data() + b, ed.code.data() + pos).x);
  const float y = at.y + static_cast<float>(ed.cursor_line) * lh;
  dl->AddLine(ImVec2(x, y + 0.5f), ImVec2(x, y + lh - 1.5f), col::kText);
}

// InputText callback: std::string growth, Tab -> 4 spaces, auto-indent after
// Enter, and the cursor's line (to keep it in view).
struct CbState {
  EditorState* ed;
  bool tab = false, newline = false;
};

int count_lines(const char* s, size_t n) {
  int k = 0;
  for (size_t i = 0; i < n; ++i) k += s[i] == '\n';
  return k;
}

int code_callback(ImGuiInputTextCallbackData* d) {
  auto* cs = static_cast<CbState*>(d->UserData);
  EditorState& ed = *cs->ed;
  switch (d->EventFlag) {
    case ImGuiInputTextFlags_CallbackResize:
      ed.code.resize(static_cast<size_t>(d->BufTextLen));
      d->Buf = ed.code.data();
      break;
    case ImGuiInputTextFlags_CallbackCharFilter:
      if (d->EventChar == '\t') {
        cs->tab = true;
        return 1;  // dropped; four spaces go in below
      }
      if (d->EventChar == '\n') cs->newline = true;
      break;
    case ImGuiInputTextFlags_CallbackAlways: {
      if (!ed.pending_paste.empty()) {
        if (d->HasSelection()) d->DeleteChars(std::min(d->SelectionStart, d->SelectionEnd),
                                               std::abs(d->SelectionEnd - d->SelectionStart));
        d->InsertChars(d->CursorPos, ed.pending_paste.c_str());
        ed.pending_paste.clear();
      }
      if (cs->tab) {
        cs->tab = false;
        if (d->HasSelection()) d->DeleteChars(std::min(d->SelectionStart, d->SelectionEnd),
                                               std::abs(d->SelectionEnd - d->SelectionStart));
        d->InsertChars(d->CursorPos, "    ");
      }
      if (cs->newline) {
        cs->newline = false;
        // indentation of the line before the cursor's, one level more after ':'
        int p = d->CursorPos;
        if (p > 0 && d->Buf[p - 1] == '\n') {
          int e = p - 1, b = e;
          while (b > 0 && d->Buf[b - 1] != '\n') --b;
          int ind = 0;
          while (b + ind < e && d->Buf[b + ind] == ' ') ++ind;
          int last = e - 1;
          while (last >= b && (d->Buf[last] == ' ' || d->Buf[last] == '\r')) --last;
          if (last >= b && d->Buf[last] == ':') ind += 4;
          if (ind > 0) {
            std::string sp(static_cast<size_t>(ind), ' ');
            d->InsertChars(d->CursorPos, sp.c_str());
          }
        }
      }
      ed.cursor_pos = std::clamp(d->CursorPos, 0, d->BufTextLen);
      int line = count_lines(d->Buf, static_cast<size_t>(ed.cursor_pos));
      if (line != ed.cursor_line) {
        ed.cursor_line = line;
        ed.follow_line = line;
      }
      break;
    }
    default:
      break;
  }
  return 0;
}

// Text wrapped inside a coloured box as wide as the panel.
template <class F>
void boxed(ImU32 bg, F&& body) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float w = ImGui::GetContentRegionAvail().x;
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(p0.x + 6, p0.y + 4));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + w - 12);
  body(w - 12);
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  const float y1 = ImGui::GetItemRectMax().y + 4;
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(p0, ImVec2(p0.x + w, y1), bg, 4.0f);
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(p0.x, y1));
  ImGui::Dummy(ImVec2(w, 2));
}

// ", 10 threads, 4 processes" (nothing when the run made none).
std::string world_counts(const RunReport& r) {
  std::string s;
  if (r.threads) s += ", " + std::to_string(r.threads) + (r.threads == 1 ? " thread" : " threads");
  if (r.processes) s += ", " + std::to_string(r.processes) + (r.processes == 1 ? " process" : " processes");
  return s;
}

void draw_report(EditorState& ed) {
  const RunReport& r = ed.report;
  const bool stale = !ed.ran.empty() && ed.ran != ed.code;
  if (ed.running_for >= 0) {
    // a run that takes a moment: say so (the timeline still shows the last one)
    if (ed.running_for >= 0.25) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImColor(kOkText).Value);
      ImGui::TextWrapped("Running... %.1f s (the timeline shows the last run until this one ends)", ed.running_for);
      ImGui::PopStyleColor();
    }
    return;
  }
  switch (r.kind) {
    case RunReport::None:
      break;
    case RunReport::Ok:
      ImGui::PushStyleColor(ImGuiCol_Text, ImColor(kOkText).Value);
      ImGui::TextWrapped("Finished at t = %.3f s: %zu line%s printed, %zu task%s%s, exit 0", r.end_time,
                         r.lines_printed, r.lines_printed == 1 ? "" : "s", r.tasks, r.tasks == 1 ? "" : "s",
                         world_counts(r).c_str());
      ImGui::PopStyleColor();
      break;
    case RunReport::Error:
    case RunReport::Syntax:
    case RunReport::Budget:
    case RunReport::Deadlock: {
      const bool dead = r.kind == RunReport::Deadlock;
      boxed(dead ? kDeadBg : kErrBg, [&](float w) {
        const char* what = r.kind == RunReport::Syntax ? "Syntax / subset error"
                           : r.kind == RunReport::Budget
                               ? (r.message.rfind("stopped", 0) == 0 ? "Stopped" : "Budget exceeded")
                           : dead ? "Deadlock"
                                  : "Uncaught exception";
        ImGui::TextColored(ImColor(IM_COL32(255, 235, 200, 255)), "%s (exit %d)%s", what, r.exit_code,
                           stale ? "  - the code changed since this run" : "");
        std::string loc = dead ? r.message : error_location_text(r);
        ImGui::TextUnformatted(loc.c_str());
        if (r.line > 0 && !dead) {
          if (ImGui::IsItemHovered()) ImGui::SetTooltip("click: show line %d", r.line);
          if (ImGui::IsItemClicked()) ed.follow_line = r.line - 1;
        }
        if (!r.detail.empty()) {
          const int n = std::max(1, count_lines(r.detail.data(), r.detail.size()));
          const float lh = ImGui::GetTextLineHeightWithSpacing();
          const float h = std::min(static_cast<float>(n) * lh + 8, 5.5f * lh);
          ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 70));
          ImGui::BeginChild("report_detail", ImVec2(w, h), false, ImGuiWindowFlags_HorizontalScrollbar);
          if (mono_font()) ImGui::PushFont(mono_font());
          ImGui::TextUnformatted(r.detail.c_str());
          if (mono_font()) ImGui::PopFont();
          ImGui::EndChild();
          ImGui::PopStyleColor();
        }
      });
      break;
    }
  }
}

}  // namespace

void EditorState::set_code(std::string text, bool as_loaded) {
  code = std::move(text);
  if (as_loaded) loaded = code;
  ++generation;
  cursor_line = 0;
  follow_line = 0;
}

void load_mono_font(float size) {
  ImGuiIO& io = ImGui::GetIO();
  if ((g_mono = add_dejavu_font("DejaVuSansMono.ttf", size))) return;
  // ImGui's built-in font is monospace too.
  if (io.Fonts->Fonts.empty()) io.Fonts->AddFontDefault();
  ImFontConfig cfg;
  cfg.SizePixels = 13.0f;
  g_mono = io.Fonts->AddFontDefault(&cfg);
}

ImFont* mono_font() { return g_mono; }

std::string error_location_text(const RunReport& r) {
  std::string s, msg = r.message;
  if (r.line > 0) {
    s = "line " + std::to_string(r.line);
    if (r.col > 0) s += ", col " + std::to_string(r.col);
    s += ": ";
    // "step budget exceeded ... at line 2": the line is said once
    const std::string tail = " at line " + std::to_string(r.line);
    if (msg.size() > tail.size() && msg.compare(msg.size() - tail.size(), tail.size(), tail) == 0)
      msg.erase(msg.size() - tail.size());
  }
  return s + msg;
}

void draw_editor(EditorState& ed, ImVec2 size, std::map<std::string, ImVec4>* widgets) {
  auto note = [&](const std::string& name) { note_item(widgets, name); };
  ImGui::BeginChild("editor_panel", size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImGuiIO& io = ImGui::GetIO();
  const bool ctrl_enter = io.KeyCtrl && (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
                                         ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)));
  if (io.KeyCtrl) {
    // Swallow Ctrl+Enter (and its key repeat) for the rest of the frame: the
    // code widget would take it as "validate" and drop the keyboard focus.
    for (ImGuiKey k : {ImGuiKey_Enter, ImGuiKey_KeyPadEnter}) {
      const int idx = ImGui::GetKeyIndex(k);
      if (idx >= 0 && idx < IM_ARRAYSIZE(io.KeysDownDuration) && io.KeysDownDuration[idx] >= 0.0f)
        io.KeysDownDuration[idx] = io.KeyRepeatDelay;  // down, but neither pressed nor repeating
    }
  }

  // ---- toolbar ----
  {
    // Run, or Stop while a run is under way
    const bool running = ed.running_for >= 0;
    const ImVec4 base = running ? ImVec4(0.55f, 0.18f, 0.16f, 1) : ImVec4(0.16f, 0.45f, 0.28f, 1);
    const ImVec4 hover = running ? ImVec4(0.68f, 0.22f, 0.20f, 1) : ImVec4(0.20f, 0.55f, 0.34f, 1);
    ImGui::PushStyleColor(ImGuiCol_Button, base);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hover);
    if (ImGui::Button(running ? "Stop" : "Run", ImVec2(70, 0))) (running ? ed.stop_requested : ed.run_requested) = true;
    note(running ? "stop" : "run");
    ImGui::PopStyleColor(2);
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(running ? "stop this run (it runs beside the page, which stays usable)"
                                : "run the code again from t = 0 (Ctrl+Enter)");
  }
  ImGui::SameLine();
  const bool edited = ed.code != ed.loaded;
  if (!edited && !ed.reverted.empty()) {
    if (ImGui::Button("Undo revert")) ed.set_code(std::exchange(ed.reverted, {}), false);
    note("undo revert");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("back to your edits (Ctrl+Z)");
  } else {
    if (!edited) ImGui::BeginDisabled();
    if (ImGui::Button("Revert")) ed.reset_requested = true;
    note("revert");
    if (!edited) ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("back to the preset's code (Undo revert brings your edits back)");
  }
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled(edited ? "edited: Ctrl+Enter runs it" : "Python: edit it and Run");
  draw_report(ed);
  // ---- sliders: `NAME = 8  # slider: 1..40` constants ----
  for (size_t i = 0; i < ed.sliders.size(); ++i) {
    SliderUi& sl = ed.sliders[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(sl.name.c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x - 8));
    if (!sl.choices.empty()) {  // its value shown by name
      int v = static_cast<int>(std::lround(sl.value));
      const size_t at = static_cast<size_t>(std::clamp(v, 0, static_cast<int>(sl.choices.size()) - 1));
      std::string shown;
      for (char c : std::to_string(v) + "  " + sl.choices[at]) shown += c == '%' ? "%%" : std::string(1, c);
      if (ImGui::SliderInt("##slider", &v, static_cast<int>(sl.lo), static_cast<int>(sl.hi), shown.c_str())) sl.value = v;
    } else if (sl.is_int) {
      int v = static_cast<int>(std::lround(sl.value));
      if (ImGui::SliderInt("##slider", &v, static_cast<int>(sl.lo), static_cast<int>(sl.hi))) sl.value = v;
    } else {
      float v = static_cast<float>(sl.value);
      if (ImGui::SliderFloat("##slider", &v, static_cast<float>(sl.lo), static_cast<float>(sl.hi), "%g"))
        sl.value = sl.step > 0 ? sl.lo + std::round((v - sl.lo) / sl.step) * sl.step : v;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("runs the code with %s at the value you let go at", sl.name.c_str());
    note("slider " + sl.name);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
      ed.slider_moved = static_cast<int>(i);
      ed.slider_value = sl.value;
    }
    ImGui::PopID();
  }

  // ---- the code, with line numbers ----
  ImFont* mf = mono_font();
  if (mf) ImGui::PushFont(mf);
  ImFont* f = ImGui::GetFont();
  const float lh = ImGui::GetTextLineHeight();
  const float cw = f->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0.0f, "0").x;  // GetFontSize: with the HiDPI scale
  int nlines = 1, maxcols = 0, cols = 0;
  for (char c : ed.code) {
    if (c == '\n') {
      ++nlines;
      maxcols = std::max(maxcols, cols);
      cols = 0;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++cols;
    }
  }
  maxcols = std::max(maxcols, cols);
  int digits = 2;
  for (int n = nlines; n >= 100; n /= 10) ++digits;
  const float gutter = cw * static_cast<float>(digits) + 14.0f;
  const ImVec2 pad = ImGui::GetStyle().FramePadding;

  ImVec2 code_size = ImGui::GetContentRegionAvail();
  if (!ed.notice.empty()) {
    // the code gets what it needs (at least half), "what to notice" the rest
    const float need = static_cast<float>(nlines + 1) * lh + 2 * pad.y + ImGui::GetStyle().ScrollbarSize + 8;
    code_size.y = std::floor(std::max(code_size.y * 0.5f, std::min(need, code_size.y - 110.0f)));
  }
  ImGui::PushStyleColor(ImGuiCol_ChildBg, kCodeBg);
  ImGui::BeginChild("code_area", code_size, true, ImGuiWindowFlags_HorizontalScrollbar);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float text_w = std::max(ImGui::GetContentRegionAvail().x - gutter,
                                static_cast<float>(maxcols + 4) * cw + 2 * pad.x);
  // at least the visible height: a click below the last line still edits
  const float text_h = std::max(static_cast<float>(nlines + 1) * lh + 2 * pad.y,
                                ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ScrollbarSize);
  const float scroll_y = ImGui::GetScrollY();
  const float view_h = ImGui::GetWindowHeight();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const int first = std::max(0, static_cast<int>((scroll_y - pad.y) / lh) - 1);
  const int last = std::min(nlines, first + static_cast<int>(view_h / lh) + 3);
  const RunReport& r = ed.report;
  const bool marked = r.line > 0 && r.line <= nlines && r.kind != RunReport::Ok && r.kind != RunReport::None &&
                      r.kind != RunReport::Deadlock;
  // current line and error line backgrounds (under the transparent text widget)
  auto line_y = [&](int i) { return origin.y + pad.y + static_cast<float>(i) * lh; };
  if (ImGui::IsWindowFocused(ImGuiFocusedFlags_ChildWindows) && ed.cursor_line < nlines)
    dl->AddRectFilled(ImVec2(origin.x, line_y(ed.cursor_line)),
                      ImVec2(origin.x + gutter + text_w, line_y(ed.cursor_line) + lh), kCurLine);
  if (marked) {
    const float y = line_y(r.line - 1);
    dl->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + gutter + text_w, y + lh), kErrLine);
    dl->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + 3, y + lh), kErrMark);
    if (r.col > 0) {
      const float x = origin.x + gutter + pad.x + static_cast<float>(r.col - 1) * cw;
      dl->AddRectFilled(ImVec2(x, y + lh - 2), ImVec2(x + cw, y + lh), kErrMark);
      dl->AddTriangleFilled(ImVec2(x + cw * 0.5f, y + lh - 5), ImVec2(x - 1, y + lh + 2),
                            ImVec2(x + cw + 1, y + lh + 2), kErrMark);
    }
  }
  // the gate zones: the blocks of `async with <gate>:`, tinted in the
  // "inside" colour with a bracket in the gutter
  if (ed.zoned_code != ed.code || ed.zoned_gates != ed.gates) {
    ed.zoned_code = ed.code;
    ed.zoned_gates = ed.gates;
    ed.zones = gate_zones(ed.code, ed.gates);
  }
  for (const GateZone& z : ed.zones) {
    if (z.first < 1 || z.last > nlines) continue;
    const float y0 = line_y(z.first - 1), y1 = line_y(z.last);
    dl->AddRectFilled(ImVec2(origin.x + gutter - 4, y0), ImVec2(origin.x + gutter + text_w, y1),
                      state_color(trace::State::Inside, 0.07f));
    dl->AddRectFilled(ImVec2(origin.x + gutter - 10, y0 + 1), ImVec2(origin.x + gutter - 8, y1 - 1),
                      state_color(trace::State::Inside, 0.8f));
  }
  // where the tasks are at the cursor: the line tinted in their state's
  // colour, "3 waiting" at its right end (drawn over the code, after it)
  for (const LineMark& m : ed.marks) {
    if (m.line < 1 || m.line > nlines) continue;
    const auto st = static_cast<trace::State>(m.state);
    const float y = line_y(m.line - 1);
    dl->AddRectFilled(ImVec2(origin.x + gutter - 4, y), ImVec2(origin.x + gutter + text_w, y + lh), state_color(st, 0.16f));
    dl->AddRectFilled(ImVec2(origin.x + gutter - 4, y), ImVec2(origin.x + gutter - 1, y + lh), state_color(st));
  }
  auto mark_labels = [&] {
    std::vector<float> label_x(static_cast<size_t>(nlines) + 1, 0.0f);
    const float view_r = origin.x + ImGui::GetScrollX() + ImGui::GetWindowWidth() - ImGui::GetStyle().ScrollbarSize - 6;
    for (const LineMark& m : ed.marks) {
      if (m.line < 1 || m.line > nlines) continue;
      const auto st = static_cast<trace::State>(m.state);
      const float y = line_y(m.line - 1);
      char label[48];
      std::snprintf(label, sizeof label, "%d %s", m.count, trace::state_name(st));
      const float w = ImGui::CalcTextSize(label).x;
      float& used = label_x[static_cast<size_t>(m.line)];
      const float x = view_r - used - w;
      used += w + 10;
      dl->AddRectFilled(ImVec2(x - 3, y), ImVec2(x + w + 3, y + lh), IM_COL32(18, 20, 25, 235), 3.0f);
      dl->AddText(ImVec2(x, y), state_color(st), label);
    }
  };
  for (int i = first; i < last; ++i) {
    char num[24];
    std::snprintf(num, sizeof num, "%*d", std::min(digits, 12), i + 1);
    const bool err = marked && i == r.line - 1;
    dl->AddText(f, ImGui::GetFontSize(), ImVec2(origin.x + 4, line_y(i)), err ? kErrMark : kGutterText, num);
  }
  dl->AddLine(ImVec2(origin.x + gutter - 5, origin.y + scroll_y),
              ImVec2(origin.x + gutter - 5, origin.y + scroll_y + view_h), IM_COL32(60, 64, 78, 255));

  ImGui::SetCursorScreenPos(ImVec2(origin.x + gutter, origin.y));
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));  // the text is drawn in colour below
  ImGui::PushID(ed.generation);
  CbState cs{&ed};
  ImGui::InputTextMultiline("##code", ed.code.data(), ed.code.capacity() + 1, ImVec2(text_w, text_h),
                            ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_CallbackResize |
                                ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_CallbackCharFilter,
                            code_callback, &cs);
  note("code");
  const ImGuiID code_id = ImGui::GetItemID();
  ImGui::PopID();
  ImGui::PopStyleColor(2);
  if (ed.coloured_code != ed.code) {
    ed.coloured_code = ed.code;
    ed.spans = highlight_python(ed.code);
  }
  const ImVec2 text_at(origin.x + gutter + pad.x, origin.y + pad.y);
  draw_coloured_code(dl, f, ImGui::GetFontSize(), text_at, lh, ed, first, last);
  mark_labels();
  ed.pending_paste.clear();  // not taken: the editor was not active
  // Ctrl+Z right after Revert: the widget's own undo history began at the
  // reverted text, so the edits come back from here
  const bool active = ImGui::IsItemActive();
  if (active) draw_caret(dl, f, ImGui::GetFontSize(), text_at, lh, ed, code_id);
  if (active && !ed.reverted.empty() && ed.code == ed.loaded && io.KeyCtrl && !io.KeyShift &&
      ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false))
    ed.set_code(std::exchange(ed.reverted, {}), false);
  else if (!ed.reverted.empty() && ed.code != ed.loaded)
    ed.reverted.clear();  // edited since: the revert is history
  if (ctrl_enter) ed.run_requested = true;
  if (ed.follow_line >= 0) {
    const float y = pad.y + static_cast<float>(ed.follow_line) * lh;
    const float sb = ImGui::GetStyle().ScrollbarSize;
    if (y < scroll_y + lh) ImGui::SetScrollY(std::max(0.0f, y - 2 * lh));
    else if (y + 2 * lh > scroll_y + view_h - sb) ImGui::SetScrollY(y + 3 * lh - view_h + sb);
    ed.follow_line = -1;
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
  if (mf) ImGui::PopFont();
  if (!ed.notice.empty()) {
    ImGui::BeginChild("notice", ImGui::GetContentRegionAvail(), true);
    ImGui::TextColored(ImColor(col::kAccent), "What to notice");
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(ed.notice.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
  }
  ImGui::EndChild();
}

}  // namespace ts::ui
