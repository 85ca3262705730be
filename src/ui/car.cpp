#include "ui/car.h"

#include "ui/theme.h"

namespace ts::ui {

void centered_text(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, const char* s) {
  ImVec2 ts = ImGui::CalcTextSize(s);
  ImVec2 p((a.x + b.x - ts.x) * 0.5f, (a.y + b.y - ts.y) * 0.5f);
  if (p.x < a.x + 4) p.x = a.x + 4;
  dl->PushClipRect(a, b, true);
  dl->AddText(p, col, s);
  dl->PopClipRect();
}

void draw_car(ImDrawList* dl, ImVec2 a, ImVec2 b, trace::State s, const char* name) {
  dl->AddRectFilled(ImVec2(a.x + 2, a.y + 3), ImVec2(b.x + 2, b.y + 3), IM_COL32(0, 0, 0, 70), 7.0f);
  dl->AddRectFilled(a, b, state_color(s), 7.0f);
  dl->AddRect(a, b, IM_COL32(255, 255, 255, 60), 7.0f);
  centered_text(dl, a, b, IM_COL32(18, 20, 26, 255), name);
}

}  // namespace ts::ui
