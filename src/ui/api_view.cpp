#include "ui/api_view.h"

#include <algorithm>
#include <cstdio>

#include "ui/theme.h"

namespace ts::ui {

namespace {
constexpr ImU32 kChartBg = IM_COL32(0, 0, 0, 60);
constexpr ImU32 kInFlight = IM_COL32(110, 170, 255, 200);
const ImU32 kReject = world_mark_color(WorldMark::Refused);
const ImU32 kRetry = world_mark_color(WorldMark::SdkRetry);
constexpr ImU32 kCursor = IM_COL32(255, 90, 90, 230);

// Requests in flight over [0, end] as steps, 429s as ticks on the floor and
// the SDK's retries at the top (the timeline's mark colours), and the cursor.
void in_flight_chart(const trace::Trace& tr, double t, ImVec2 size) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const ImVec2 p1(p0.x + size.x, p0.y + size.y);
  dl->AddRectFilled(p0, p1, kChartBg, 3.0f);
  const double end = std::max(tr.end_time(), 1e-9);
  const trace::ApiCounts last = tr.api_counts_at(tr.end_time());
  const float peak = static_cast<float>(std::max<uint32_t>(1, last.max_in_flight));
  auto x_of = [&](double v) { return p0.x + static_cast<float>(v / end) * size.x; };
  auto y_of = [&](uint32_t n) { return p1.y - 2 - (size.y - 6) * static_cast<float>(n) / peak; };
  uint32_t prev = 0;
  double prev_t = 0;
  for (size_t i = 0; i < tr.api().size(); ++i) {
    const trace::ApiEvent& e = tr.api()[i];
    const trace::ApiCounts& c = tr.api_counts()[i];
    if (c.in_flight != prev) {
      dl->AddRectFilled(ImVec2(x_of(prev_t), y_of(prev)), ImVec2(std::max(x_of(e.t), x_of(prev_t) + 1), p1.y - 2),
                        kInFlight);
      prev = c.in_flight;
      prev_t = e.t;
    }
    if (e.kind == trace::ApiKind::Reject) dl->AddLine(ImVec2(x_of(e.t), p1.y - 6), ImVec2(x_of(e.t), p1.y), kReject);
    if (e.kind == trace::ApiKind::Retry) dl->AddLine(ImVec2(x_of(e.t), p0.y), ImVec2(x_of(e.t), p0.y + 5), kRetry);
  }
  dl->AddRectFilled(ImVec2(x_of(prev_t), y_of(prev)), ImVec2(x_of(end), p1.y - 2), kInFlight);
  const float cx = x_of(std::min(t, end));
  dl->AddLine(ImVec2(cx, p0.y), ImVec2(cx, p1.y), kCursor, 1.5f);
  char peak_text[32];
  std::snprintf(peak_text, sizeof peak_text, "peak %u", last.max_in_flight);
  dl->AddText(ImVec2(p0.x + 4, p0.y + 1), IM_COL32(200, 210, 230, 200), peak_text);
  ImGui::Dummy(size);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("requests in flight over the run (peak %u); pink: refused (429), cyan: the SDK retries",
                      last.max_in_flight);
}
}  // namespace

void draw_api(const trace::Trace& tr, double t, float width) {
  if (tr.api().empty()) return;
  const trace::ApiCounts c = tr.api_counts_at(t);
  const trace::ApiCounts last = tr.api_counts().back();
  if (last.tries) {  // tenacity, with or without a simulated service
    ImGui::TextColored(ImColor(col::kAccent), "Retries (tenacity)");
    ImGui::TextWrapped("%u attempts, %u sleeps before another, %u gave up", c.tries, c.try_sleeps, c.try_gave_up);
  }
  if (!last.requests && !last.attempts) {
    ImGui::Spacing();
    return;
  }
  ImGui::TextColored(ImColor(col::kAccent), "API calls");
  ImGui::SameLine();
  ImGui::Text("in flight %u", c.in_flight);
  ImGui::TextWrapped("sent %u, admitted %u, refused %u (429: %u), answered %u (5xx: %u), failed %u, abandoned %u",
                     c.requests, c.accepted, c.rejected, c.rate_limited, c.answered, c.server_errors, c.failed,
                     c.cancelled);
  if (c.attempts)
    ImGui::TextWrapped("client: %u attempts, %u retries by the SDK, %u returned, %u raised", c.attempts, c.retries,
                       c.done, c.gave_up);
  in_flight_chart(tr, t, ImVec2(width, ImGui::GetTextLineHeight() * 2.6f));
  ImGui::Spacing();
}

}  // namespace ts::ui
