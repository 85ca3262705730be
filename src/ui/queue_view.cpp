#include "ui/queue_view.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "ui/car.h"
#include "ui/theme.h"

namespace ts::ui {

using trace::State;
using trace::TaskId;

namespace {

constexpr float kLaneW = 130.0f;  // each side's lane of waiting tasks, at most
constexpr float kCarH = 24.0f;
constexpr int kLaneCars = 4;      // cars shown in a lane; more: "+N more"
constexpr float kItemMaxW = 26.0f;

// A lane of waiting tasks from (x, y) down; returns its height.
float lane(ImDrawList* dl, const trace::Trace& tr, const std::vector<TaskId>& ids, float x, float y, float w,
           const char* empty) {
  if (ids.empty()) {
    dl->AddText(ImVec2(x + 4, y + 4), col::kTextDim, empty);
    return kCarH;
  }
  float h = 0;
  for (size_t k = 0; k < ids.size(); ++k) {
    const ImVec2 a(x + 2, y + h), b(x + w - 2, y + h + kCarH);
    if (k + 1 == kLaneCars && ids.size() > kLaneCars) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "+%zu more", ids.size() - k);
      centered_text(dl, a, b, state_color(State::Blocked), buf);
      return h + kCarH;
    }
    draw_car(dl, a, b, State::Blocked, tr.tasks()[ids[k]].name.c_str());
    h += kCarH + 3;
  }
  return h - 3;
}

}  // namespace

float draw_queue(const trace::Trace& tr, trace::PrimId q, double t, ImVec2 size) {
  const trace::PrimInfo& p = tr.prims()[q];
  const trace::QueueSnapshot s = tr.queue_at(q, t);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float start_y = ImGui::GetCursorScreenPos().y;

  ImGui::TextColored(ImColor(col::kAccent), "%s", p.name.c_str());
  ImGui::SameLine();
  if (p.capacity) ImGui::TextDisabled("Queue(maxsize=%u)", p.capacity);
  else ImGui::TextDisabled("Queue()");
  if (p.capacity) ImGui::Text("items %u / %u", s.items, p.capacity);
  else ImGui::Text("items %u", s.items);
  ImGui::SameLine(0, 18);
  ImGui::TextColored(ImColor(state_color(State::Blocked)), "getters %zu  putters %zu", s.getters.size(),
                     s.putters.size());
  ImGui::SameLine(0, 18);
  ImGui::TextDisabled("most items %u", p.max_items);

  // putters | the belt of items | getters
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const float w = size.x;
  const float lane_w = std::min(kLaneW, w * 0.3f);
  const float belt_x0 = o.x + lane_w + 10, belt_x1 = o.x + w - lane_w - 10;
  const float belt_y0 = o.y + 4, belt_h = kCarH + 8;
  const ImU32 item_col = state_color(State::Inside);
  dl->AddRectFilled(ImVec2(belt_x0, belt_y0), ImVec2(belt_x1, belt_y0 + belt_h), IM_COL32(44, 48, 58, 255), 6.0f);
  dl->AddRect(ImVec2(belt_x0, belt_y0), ImVec2(belt_x1, belt_y0 + belt_h), IM_COL32(120, 128, 150, 160), 6.0f, 0, 1.5f);
  // the slots of a bounded queue (or as many items as it holds), newest at the left, next out at the right
  const uint32_t shown = p.capacity ? p.capacity : std::max<uint32_t>(s.items, 1);
  const float belt_w = belt_x1 - belt_x0 - 8;
  const uint32_t fit = std::max<uint32_t>(1, static_cast<uint32_t>(belt_w / 8));
  const uint32_t n = std::min(shown, fit);
  const float iw = std::min(kItemMaxW, belt_w / static_cast<float>(n));
  for (uint32_t i = 0; i < n; ++i) {
    const float x1 = belt_x1 - 4 - static_cast<float>(i) * iw, x0 = x1 - iw + 2;
    const ImVec2 a(x0, belt_y0 + 4), b(x1, belt_y0 + belt_h - 4);
    if (i < s.items) dl->AddRectFilled(a, b, item_col, 3.0f);
    else dl->AddRect(a, b, IM_COL32(230, 230, 210, 60), 3.0f);
  }
  if (s.items > n) {
    char more[32];
    std::snprintf(more, sizeof more, "+%u", s.items - n);
    dl->AddText(ImVec2(belt_x0 + 4, belt_y0 + belt_h + 2), item_col, more);
  }
  if (s.items == 0)  // at the belt's far end from the slots
    dl->AddText(ImVec2(belt_x0 + 6, belt_y0 + (belt_h - ImGui::GetTextLineHeight()) * 0.5f), col::kTextDim, "empty");
  // arrows: putters -> belt -> getters
  const float ay = belt_y0 + belt_h * 0.5f;
  const ImU32 arrow = IM_COL32(150, 156, 175, 200);
  dl->AddLine(ImVec2(o.x + lane_w + 1, ay), ImVec2(belt_x0 - 2, ay), arrow, 2.0f);
  dl->AddLine(ImVec2(belt_x1 + 2, ay), ImVec2(o.x + w - lane_w - 1, ay), arrow, 2.0f);
  dl->AddTriangleFilled(ImVec2(o.x + w - lane_w, ay), ImVec2(o.x + w - lane_w - 7, ay - 5),
                        ImVec2(o.x + w - lane_w - 7, ay + 5), arrow);
  const float lh = ImGui::GetTextLineHeight();
  const float hl = lane(dl, tr, s.putters, o.x, belt_y0, lane_w, "no putter waits");
  const float hr = lane(dl, tr, s.getters, o.x + w - lane_w, belt_y0, lane_w, "no getter waits");
  float used = std::max({belt_h + lh + 4, hl, hr}) + 8;
  ImGui::Dummy(ImVec2(w, used));
  if (!s.joiners.empty()) {
    std::string names;
    for (size_t k = 0; k < s.joiners.size() && k < 6; ++k) names += (k ? ", " : "") + tr.tasks()[s.joiners[k]].name;
    if (s.joiners.size() > 6) names += ", ...";
    ImGui::TextColored(ImColor(state_color(State::Blocked)), "in join():");
    ImGui::SameLine();
    ImGui::TextUnformatted(names.c_str());
  }
  return ImGui::GetCursorScreenPos().y - start_y;
}

float queue_height_hint() {
  const float lh = ImGui::GetTextLineHeightWithSpacing();
  return 3 * lh + kLaneCars * (kCarH + 3) + 12;
}

}  // namespace ts::ui
