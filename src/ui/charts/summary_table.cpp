// The run's totals as a two-column table (the rows the summary CSV holds).
#include "ui/charts/charts.h"
#include "ui/theme.h"

namespace ts::ui {

void summary_table(const trace::RunSummary& s, ImVec2 size) {
  ImGui::BeginChild("summary", size, true);
  ImGui::TextColored(ImColor(col::kAccent), "Summary");
  if (ImGui::BeginTable("summary_rows", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    for (const auto& [what, value] : trace::summary_rows(s)) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", what.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", value.c_str());
    }
    ImGui::EndTable();
  }
  ImGui::EndChild();
}

}  // namespace ts::ui
