#include "ui/console_view.h"

#include <cstdio>

#include "ui/theme.h"

namespace ts::ui {

void draw_console(const trace::Trace& tr, double t, ConsoleView& cv, ImVec2 size) {
  ImGui::BeginChild("console", size, true);
  const size_t n = tr.console_count_at(t);
  const auto& lines = tr.console();
  if (n == 0) ImGui::TextDisabled(lines.empty() ? "(nothing printed)" : "(nothing printed yet)");
  // small gap between lines printed at different instants
  ImGuiListClipper clip;
  clip.Begin(static_cast<int>(n));
  while (clip.Step()) {
    for (int i = clip.DisplayStart; i < clip.DisplayEnd; ++i) {
      const trace::ConsoleLine& l = lines[static_cast<size_t>(i)];
      char stamp[32];
      std::snprintf(stamp, sizeof stamp, "%7.3f", l.t);
      bool now = l.t == t || (i + 1 == static_cast<int>(n) && t - l.t < 1e-9);
      if (now) {
        ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(
            ImVec2(p.x - 4, p.y - 1), ImVec2(p.x + ImGui::GetContentRegionAvail().x, p.y + ImGui::GetTextLineHeight() + 1),
            IM_COL32(110, 170, 255, 40), 3.0f);
      }
      ImGui::TextColored(ImColor(col::kTextDim), "%s", stamp);
      ImGui::SameLine();
      ImGui::TextUnformatted(l.text.c_str());
      if (ImGui::IsItemHovered() && l.task < tr.tasks().size())
        ImGui::SetTooltip("printed by %s at %.3f s", tr.tasks()[l.task].name.c_str(), l.t);
    }
  }
  clip.End();
  if (n != cv.last_count) {
    if (n > cv.last_count) ImGui::SetScrollHereY(1.0f);
    cv.last_count = n;
  }
  ImGui::EndChild();
}

}  // namespace ts::ui
