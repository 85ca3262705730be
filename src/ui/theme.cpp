#include "ui/theme.h"

#include <cstdio>
#include <string>

namespace ts::ui {

using trace::State;

ImU32 state_color(State s, float a) {
  int al = static_cast<int>(a * 255.0f + 0.5f);
  switch (s) {
    case State::Running: return IM_COL32(255, 214, 92, al);    // amber
    case State::Ready: return IM_COL32(200, 200, 120, al);     // pale olive
    case State::Waiting: return IM_COL32(240, 118, 70, al);    // orange-red
    case State::Inside: return IM_COL32(70, 196, 120, al);     // green
    case State::Sleeping: return IM_COL32(86, 156, 245, al);   // blue
    case State::Blocked: return IM_COL32(150, 128, 220, al);   // violet
    case State::Done: return IM_COL32(92, 98, 115, al);        // grey
    default: return IM_COL32(60, 60, 60, al);
  }
}

ImU32 done_color(uint8_t how, float a) {
  const int al = static_cast<int>(a * 255.0f + 0.5f);
  switch (static_cast<trace::DoneHow>(how)) {
    case trace::DoneHow::Raised: return IM_COL32(235, 80, 80, al);
    case trace::DoneHow::Cancelled: return IM_COL32(190, 140, 80, al);
    case trace::DoneHow::Killed: return IM_COL32(150, 92, 110, al);
    default: return state_color(State::Done, a);
  }
}

const char* state_label(State s) {
  switch (s) {
    case State::Pending: return "not started";
    case State::Ready: return "ready";
    case State::Running: return "running";
    case State::Waiting: return "waiting at the gate";
    case State::Inside: return "inside the gate";
    case State::Sleeping: return "sleeping";
    case State::Blocked: return "awaiting";
    case State::Done: return "done";
    default: return "?";
  }
}

void apply_style() {
  ImGui::StyleColorsDark();
  ImGuiStyle& st = ImGui::GetStyle();
  st.WindowRounding = 0;
  st.ChildRounding = 6;
  st.FrameRounding = 5;
  st.GrabRounding = 5;
  st.PopupRounding = 6;
  st.WindowPadding = ImVec2(10, 10);
  st.FramePadding = ImVec2(9, 5);
  st.ItemSpacing = ImVec2(8, 7);
  st.ScrollbarSize = 13;
  st.WindowBorderSize = 0;
  st.ChildBorderSize = 1;
  ImVec4* c = st.Colors;
  c[ImGuiCol_WindowBg] = ImColor(col::kBg);
  c[ImGuiCol_ChildBg] = ImColor(col::kPanel);
  c[ImGuiCol_PopupBg] = ImVec4(0.10f, 0.11f, 0.14f, 0.97f);
  c[ImGuiCol_Border] = ImVec4(0.25f, 0.27f, 0.33f, 1.0f);
  c[ImGuiCol_Text] = ImColor(col::kText);
  c[ImGuiCol_TextDisabled] = ImColor(col::kTextDim);
  c[ImGuiCol_FrameBg] = ImVec4(0.16f, 0.18f, 0.23f, 1.0f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.21f, 0.24f, 0.31f, 1.0f);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.24f, 0.28f, 0.37f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.20f, 0.24f, 0.32f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.27f, 0.34f, 0.47f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.31f, 0.42f, 0.62f, 1.0f);
  c[ImGuiCol_SliderGrab] = ImVec4(0.45f, 0.65f, 1.0f, 1.0f);
  c[ImGuiCol_SliderGrabActive] = ImVec4(0.60f, 0.75f, 1.0f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.20f, 0.24f, 0.32f, 1.0f);
  c[ImGuiCol_TitleBg] = ImColor(col::kPanel);
  c[ImGuiCol_TitleBgActive] = ImColor(col::kPanel);
}

namespace {
// What people print: Latin with its extensions, Greek, Cyrillic, punctuation
// (dashes, curly quotes), currency, letterlike, arrows, maths, technical, box
// drawing and blocks (tqdm's bars), shapes, symbols, dingbats.
const ImWchar kTextRanges[] = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x2000, 0x206F, 0x20A0, 0x20CF,
                               0x2100, 0x214F, 0x2190, 0x23FF, 0x2500, 0x27BF, 0x2B00, 0x2BFF, 0};
// From the symbols font, where DejaVu has no glyph: symbols, dingbats and emoji.
const ImWchar kSymbolRanges[] = {0x2600, 0x27BF, 0x2B00, 0x2BFF, 0x1F300, 0x1F64F, 0x1F680, 0x1F6FF, 0x1F900, 0x1F9FF, 0};

bool readable(const std::string& p) {
  FILE* f = std::fopen(p.c_str(), "rb");
  if (f) std::fclose(f);
  return f != nullptr;
}

// Monochrome emoji merged into the font just added (web: the build's cut of
// Symbola; desktop: Debian's whole Symbola, if installed).
void merge_symbols(float size) {
  for (const char* p : {"/fonts/Symbols.ttf", "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"}) {
    if (!readable(p)) continue;
    ImFontConfig cfg;
    cfg.MergeMode = true;
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    if (ImGui::GetIO().Fonts->AddFontFromFileTTF(p, size, &cfg, kSymbolRanges)) return;
  }
}
}  // namespace

ImFont* add_dejavu_font(const char* file, float size) {
  const std::string paths[] = {
      std::string("/fonts/") + file,  // web: embedded by the build into the virtual FS
      std::string("/usr/share/fonts/truetype/dejavu/") + file,
  };
  for (const std::string& p : paths) {
    if (!readable(p)) continue;
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    if (ImFont* font = ImGui::GetIO().Fonts->AddFontFromFileTTF(p.c_str(), size, &cfg, kTextRanges)) {
      merge_symbols(size);
      return font;
    }
  }
  return nullptr;
}

void load_fonts(float size) {
  if (add_dejavu_font("DejaVuSans.ttf", size)) return;
  ImFontConfig cfg;
  cfg.SizePixels = 13.0f;
  ImGui::GetIO().Fonts->AddFontDefault(&cfg);
}

void note_item(std::map<std::string, ImVec4>* widgets, const std::string& name) {
  if (!widgets) return;
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  (*widgets)[name] = ImVec4(a.x, a.y, b.x - a.x, b.y - a.y);
}

ImU32 world_mark_color(WorldMark k, float alpha) {
  const int a = static_cast<int>(alpha * 255.0f);
  switch (k) {
    // none of them a state's colour: a mark sits on a bar
    case WorldMark::Refused: return IM_COL32(255, 80, 160, a);  // hot pink
    case WorldMark::SdkRetry: return IM_COL32(80, 225, 225, a);  // cyan
    case WorldMark::TryRetry:
    case WorldMark::TryAttempt: return IM_COL32(200, 240, 90, a);  // lime
    case WorldMark::CallRaised:
    case WorldMark::GaveUp: return IM_COL32(235, 60, 60, a);  // red, as a task that raised
  }
  return IM_COL32(255, 255, 255, a);
}

void draw_world_mark(ImDrawList* dl, WorldMark k, ImVec2 at, ImU32 c) {
  const float x = at.x, y = at.y;
  switch (k) {
    case WorldMark::GaveUp:
    case WorldMark::CallRaised: {  // a cross; thin: the client raised
      const float r = k == WorldMark::GaveUp ? 4.5f : 3.0f, w = k == WorldMark::GaveUp ? 2.5f : 1.5f;
      dl->AddLine(ImVec2(x - r, y - r), ImVec2(x + r, y + r), c, w);
      dl->AddLine(ImVec2(x - r, y + r), ImVec2(x + r, y - r), c, w);
      break;
    }
    case WorldMark::TryAttempt: dl->AddCircleFilled(at, 3.5f, c); break;
    default: dl->AddTriangleFilled(ImVec2(x, y - 4), ImVec2(x + 4, y + 3), ImVec2(x - 4, y + 3), c); break;
  }
}

const char* world_mark_label(WorldMark k) {
  switch (k) {
    case WorldMark::Refused: return "refused (429)";
    case WorldMark::SdkRetry: return "SDK retries";
    case WorldMark::TryRetry: return "tenacity retries";
    case WorldMark::TryAttempt: return "tenacity attempt";
    case WorldMark::CallRaised: return "call raised";
    case WorldMark::GaveUp: return "tenacity gave up";
  }
  return "?";
}

void draw_legend(unsigned marks) {
  const std::pair<ImU32, const char*> order[] = {
      {state_color(State::Running), state_label(State::Running)},
      {state_color(State::Ready), state_label(State::Ready)},
      {state_color(State::Waiting), state_label(State::Waiting)},
      {state_color(State::Inside), state_label(State::Inside)},
      {state_color(State::Sleeping), state_label(State::Sleeping)},
      {state_color(State::Blocked), state_label(State::Blocked)},
      {state_color(State::Done), state_label(State::Done)},
      {done_color(uint8_t(trace::DoneHow::Raised)), "raised"},
      {done_color(uint8_t(trace::DoneHow::Cancelled)), "cancelled"},
      {done_color(uint8_t(trace::DoneHow::Killed)), "killed"},
      {0, "not started"}};  // no bar: drawn as an empty outline
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float h = ImGui::GetTextLineHeight();
  bool first = true;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  for (const auto& [colour, label] : order) {
    // wraps rather than running off a narrow window
    const float w = h * 1.4f + 6 + ImGui::CalcTextSize(label).x;
    if (!first && ImGui::GetItemRectMax().x + 16 + w <= right) ImGui::SameLine(0, 16);
    first = false;
    ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 a(p.x, p.y + h * 0.15f), b(p.x + h * 1.4f, p.y + h * 0.85f);
    if (colour) dl->AddRectFilled(a, b, colour, 3.0f);
    else dl->AddRect(a, b, IM_COL32(120, 120, 130, 200), 3.0f);
    ImGui::Dummy(ImVec2(h * 1.4f, h));
    ImGui::SameLine(0, 6);
    ImGui::TextUnformatted(label);
  }
  for (WorldMark k : {WorldMark::Refused, WorldMark::SdkRetry, WorldMark::TryRetry, WorldMark::CallRaised,
                      WorldMark::GaveUp}) {
    if (!(marks & (1u << static_cast<unsigned>(k)))) continue;
    const char* label = world_mark_label(k);
    const float w = h + 6 + ImGui::CalcTextSize(label).x;
    if (ImGui::GetItemRectMax().x + 16 + w <= right) ImGui::SameLine(0, 16);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float cx = p.x + h * 0.5f, cy = p.y + h * 0.5f;
    draw_world_mark(dl, k, ImVec2(cx, cy), world_mark_color(k));
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine(0, 6);
    ImGui::TextUnformatted(label);
  }
}

}  // namespace ts::ui
