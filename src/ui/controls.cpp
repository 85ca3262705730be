#include "ui/controls.h"

#include <cmath>
#include <cstdio>

#include "ui/theme.h"

namespace ts::ui {

void draw_controls(trace::Player& player) {
  const float bw = 74.0f;
  if (ImGui::Button("Restart", ImVec2(bw, 0))) {
    player.restart();
    player.play();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("play again from t = 0 (Home)");
  ImGui::SameLine();
  {
    bool playing = player.playing();
    if (playing) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.55f, 0.36f, 0.12f, 1));
    else ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.16f, 0.45f, 0.28f, 1));
    if (ImGui::Button(playing ? "Pause" : (player.at_end() ? "Replay" : "Play"), ImVec2(bw, 0))) player.toggle();
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Space");
  }
  ImGui::SameLine();
  if (ImGui::Button("< Back", ImVec2(bw, 0))) player.step_back();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("previous moment something happened (Left)");
  ImGui::SameLine();
  if (ImGui::Button("Step >", ImVec2(bw, 0))) player.step();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("next moment something happens (Right)");
  ImGui::SameLine();
  if (ImGui::Button("<##event", ImVec2(0, 0))) player.step_event_back();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("previous event, even inside one instant (Shift+Left)");
  ImGui::SameLine(0, 2);
  if (ImGui::Button("event >", ImVec2(0, 0))) player.step_event();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("next event, one at a time, even when several happen at the same virtual time (Shift+Right)");
  ImGui::SameLine();
  if (ImGui::Button("End", ImVec2(bw, 0))) player.to_end();
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("jump to the end of the run (End)");

  ImGui::SameLine(0, 20);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("speed");
  ImGui::SameLine();
  ImGui::SetNextItemWidth(150);
  float sp = static_cast<float>(player.speed());
  if (ImGui::SliderFloat("##speed", &sp, static_cast<float>(trace::Player::kMinSpeed),
                         static_cast<float>(trace::Player::kMaxSpeed), "%.2gx",
                         ImGuiSliderFlags_Logarithmic))
    player.set_speed(sp);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("virtual seconds per real second");

  // the scrubber needs room: on a narrow run view it gets its own line
  ImGui::SameLine(0, 20);
  if (ImGui::GetContentRegionAvail().x < 360) ImGui::NewLine();
  char label[64];
  std::snprintf(label, sizeof label, "t = %.3f s", player.cursor());
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine();
  float w = ImGui::GetContentRegionAvail().x - 90;
  ImGui::SetNextItemWidth(std::max(80.0f, w));
  float tc = static_cast<float>(player.cursor());
  float te = static_cast<float>(player.end());
  if (ImGui::SliderFloat("##time", &tc, 0.0f, te > 0 ? te : 1.0f, "", ImGuiSliderFlags_NoRoundToFormat)) {
    player.pause();
    player.seek(tc);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("drag to scrub through the run");
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("/ %.3f s", player.end());
}

void handle_keys(trace::Player& player) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space))) player.toggle();
  const bool shift = io.KeyShift;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) shift ? player.step_event() : player.step();
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) shift ? player.step_event_back() : player.step_back();
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Home))) player.restart();
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_End))) player.to_end();
}

}  // namespace ts::ui
