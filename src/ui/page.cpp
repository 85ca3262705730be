#include "ui/page.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/controls.h"
#include "ui/gate_view.h"
#include "ui/help.h"
#include "ui/theme.h"
#include "ui/timeline/layout.h"

namespace ts::ui {

namespace {
// A panel's title in the width of its panel: the long form when it fits, so
// a title never widens its column and pushes the next one off the window.
void panel_title(const char* full, const char* brief, float width) {
  ImGui::TextDisabled("%s", ImGui::CalcTextSize(full).x <= width ? full : brief);
}

void note(PageState& st, const std::string& name) { note_item(&st.widgets, name); }

// Another scenario was picked over edited code: ask before throwing the
// edits away (Escape or "Keep editing" keeps them).
void confirm_discard(PageState& st) {
  const char* title = "Discard your edits?";
  if (st.confirm_switch >= 0 && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
  if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
  ImGui::Text("The code panel has edits that opening \"%s\" replaces.",
              st.scenarios[static_cast<size_t>(std::max(0, st.confirm_switch))].c_str());
  ImGui::TextDisabled("(copy link first to keep them: the link holds the code)");
  if (ImGui::Button("Discard and open")) {
    st.requested = st.confirm_switch;
    st.confirm_switch = -1;
    ImGui::CloseCurrentPopup();
  }
  note(st, "discard edits");
  ImGui::SameLine();
  if (ImGui::Button("Keep editing") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
    st.confirm_switch = -1;
    ImGui::CloseCurrentPopup();
  }
  note(st, "keep edits");
  ImGui::EndPopup();
}
}  // namespace

void draw_page(const PageInfo& info, const trace::Trace& tr, trace::Player& player, PageState& st) {
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("Turnstile", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  handle_keys(player);
  st.widgets.clear();

  // ---- header ----
  ImGui::TextColored(ImColor(col::kAccent), "Turnstile");
  ImGui::SameLine();
  ImGui::TextDisabled("|");
  ImGui::SameLine();
  {
    // the title gives way to the buttons and the scenario picker on its line
    float room = ImGui::GetWindowContentRegionMax().x - ImGui::GetCursorPosX() - 40;
    if (!st.scenarios.empty()) room -= layout::kScenarioPickerW;
    if (st.editor) room -= ImGui::CalcTextSize("hide code copy link export help").x + 70;
    if (!info.explanation.empty()) room -= ImGui::CalcTextSize("(?)").x + 10;
    std::string title = info.title;
    if (ImGui::CalcTextSize(title.c_str()).x > room) {
      while (!title.empty() && ImGui::CalcTextSize((title + "\xe2\x80\xa6").c_str()).x > room) {
        title.pop_back();
        while (!title.empty() && (static_cast<unsigned char>(title.back()) & 0xC0) == 0x80) title.pop_back();
        if (!title.empty() && (static_cast<unsigned char>(title.back()) & 0xC0) == 0xC0) title.pop_back();
      }
      title += "\xe2\x80\xa6";
    }
    ImGui::TextUnformatted(title.c_str());
    if (title != info.title && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", info.title.c_str());
  }
  if (!info.summary.empty()) {
    ImGui::SameLine(0, 14);
    ImGui::TextDisabled("%s", info.summary.c_str());
  }
  if (!info.explanation.empty()) {
    ImGui::SameLine(0, 10);
    ImGui::TextColored(ImColor(col::kAccent), "(?)");
    if (ImGui::IsItemHovered()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36);
      ImGui::TextUnformatted(info.explanation.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
  }
  if (st.editor) {
    ImGui::SameLine(0, 14);
    if (ImGui::SmallButton(st.editor->visible ? "hide code" : "show code")) st.editor->visible = !st.editor->visible;
    ImGui::SameLine(0, 8);
    if (ImGui::SmallButton("copy link")) st.link_requested = true;
    note(st, "copy link");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("a link that opens this scenario (code, seed and time)");
    ImGui::SameLine(0, 8);
    if (ImGui::SmallButton("export")) ImGui::OpenPopup("export_menu");
    note(st, "export");
    if (ImGui::BeginPopup("export_menu")) {
      static const char* const kItems[][3] = {
          {"py", "Script for CPython (.py)", "runs under python3 as it ran here: same lines, same virtual times"},
          {"trace", "Trace (.jsonl)", "every event of the run, one JSON object a line"},
          {"console", "Console (.txt)", "what the script printed, with virtual times"},
          {"summary", "Summary (.csv)", "the run's totals, as the Charts tab's summary shows them"}};
      for (const auto& it : kItems) {
        if (ImGui::Selectable(it[1])) st.export_requested = it[0];
        note(st, std::string("export ") + it[0]);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", it[2]);
      }
      ImGui::EndPopup();
    }
    ImGui::SameLine(0, 8);
    if (ImGui::SmallButton("help")) st.help = true;
    note(st, "help");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("what the colours mean, and the keys (?)");
    if (st.link_copied_at >= 0 && ImGui::GetTime() - st.link_copied_at < 2.5) {
      ImGui::SameLine(0, 8);
      ImGui::TextColored(ImColor(col::kAccent), "link copied");
    }
  }
  if (!st.scenarios.empty()) {
    const float w = layout::kScenarioPickerW;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - w));
    ImGui::SetNextItemWidth(w);
    int cur = st.current;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    st.widgets["scenario picker"] = ImVec4(at.x, at.y, w, ImGui::GetFrameHeight());
    if (ImGui::BeginCombo("##scenario", st.scenarios[static_cast<size_t>(cur)].c_str())) {
      for (int i = 0; i < static_cast<int>(st.scenarios.size()); ++i)
        if (ImGui::Selectable(st.scenarios[static_cast<size_t>(i)].c_str(), i == cur) && i != cur) {
          if (st.editor && st.editor->code != st.editor->loaded) st.confirm_switch = i;
          else st.requested = i;
        } else {
          note(st, "scenario " + std::to_string(i));
        }
      ImGui::EndCombo();
    }
  }
  confirm_discard(st);
  draw_help(st.help, &st.widgets);
  if (!st.banner.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.48f, 0.45f, 1));
    ImGui::TextWrapped("%s", st.banner.c_str());
    ImGui::PopStyleColor();
  }
  draw_controls(player);
  // ---- code panel (left) | the run (right) ----
  const bool side = st.editor && st.editor->visible;
  // the code panel shows "what to notice" itself
  const char* notice = side && !st.editor->notice.empty() ? "" : info.notice.c_str();
  if (side) {
    ImVec2 av = ImGui::GetContentRegionAvail();
    draw_editor(*st.editor,
                ImVec2(std::floor(std::clamp(av.x * layout::kCodeFrac, layout::kCodeMinW, layout::kCodeMaxW)), av.y),
                &st.widgets);
    ImGui::SameLine();
    ImGui::BeginChild("run_view", ImGui::GetContentRegionAvail(), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  }
  if (ImGui::BeginTabBar("views")) {
    static const char* const kViews[] = {"Timeline", "Charts", "Sweep", "Compare"};
    for (int v = 0; v < 4; ++v) {
      if ((v == PageState::Sweep && !st.sweep) || (v == PageState::Compare && !st.compare)) continue;
      // a view chosen from outside (the state hook) is selected once
      const bool pick = st.view_set && st.view == v;
      if (ImGui::BeginTabItem(kViews[v], nullptr, pick ? ImGuiTabItemFlags_SetSelected : 0)) {
        if (!st.view_set) st.view = static_cast<PageState::View>(v);
        ImGui::EndTabItem();
      }
      note(st, std::string("tab ") + kViews[v]);
    }
    st.view_set = false;
    ImGui::EndTabBar();
  }
  if (st.view == PageState::Timeline) {
    const trace::ApiCounts c = tr.api_counts().empty() ? trace::ApiCounts{} : tr.api_counts().back();
    auto bit = [](WorldMark k) { return 1u << static_cast<unsigned>(k); };
    draw_legend((c.rejected ? bit(WorldMark::Refused) : 0) | (c.retries ? bit(WorldMark::SdkRetry) : 0) |
                (c.try_sleeps ? bit(WorldMark::TryRetry) : 0) | (c.gave_up ? bit(WorldMark::CallRaised) : 0) |
                (c.try_gave_up ? bit(WorldMark::GaveUp) : 0));
    const char* hint = "wheel: zoom   drag: pan   double-click: fit   click: move cursor";
    ImGui::SameLine(0, 24);
    if (ImGui::GetContentRegionAvail().x >= ImGui::CalcTextSize(hint).x) ImGui::TextDisabled("%s", hint);
    else ImGui::NewLine();
  }

  // ---- timeline or charts (full width) ----
  ImVec2 avail = ImGui::GetContentRegionAvail();
  const float sp = ImGui::GetStyle().ItemSpacing.y;
  int gates = 0;
  for (const auto& p : tr.prims()) gates += p.kind == trace::PrimKind::Semaphore || p.kind == trace::PrimKind::Lock;
  const float lanes_h =
      static_cast<float>(2 * std::min(gates, layout::kMaxLaneGates)) * (layout::kLaneH + layout::kAxisGap);
  const float rows_h = static_cast<float>(tr.tasks().size()) * layout::kMaxRowH + layout::kAxisH +
                       layout::kTimelineChromeH + lanes_h;
  const float tl_h = std::clamp(rows_h, layout::kTimelineMinH,
                                std::max(layout::kTimelineMinH, avail.y * layout::kTimelineMaxFrac));
  if (st.view == PageState::Compare && st.compare) {
    // two runs need the height: the console and the gate are the Timeline tab's
    draw_compare(*st.compare, tr, player, ImVec2(avail.x, std::max(layout::kTimelineMinH, avail.y)), &st.widgets);
    if (side) ImGui::EndChild();
    ImGui::End();
    return;
  }
  if (st.view == PageState::Sweep && st.sweep)
    draw_sweep(*st.sweep, ImVec2(avail.x, std::max(tl_h, std::floor(avail.y * 0.62f))), &st.widgets);
  else if (st.view == PageState::Charts)
    draw_charts(tr, player, st.charts, ImVec2(avail.x, std::max(tl_h, std::floor(avail.y * 0.62f))), &st.widgets);
  else {
    draw_timeline(tr, player, st.timeline, ImVec2(avail.x, tl_h));
    note(st, "timeline");
  }

  // Inside an instant: which of its events the cursor is at.
  if (player.in_instant()) {
    ImGui::TextColored(ImColor(col::kAccent), "t = %.3f, event %zu of %zu:", player.cursor(), player.event_number(),
                       player.events_in_instant());
    ImGui::SameLine();
    ImGui::TextUnformatted(player.event_text().c_str());
  }
  // ---- console | gate | right now ----
  // (read from the trace up to the cursor's event when inside an instant)
  const trace::Trace& view = player.shown();
  // Wide windows: three columns. Narrow ones: the "right now" box goes under the gate.
  const float gx = ImGui::GetStyle().ItemSpacing.x;
  const float rest = std::max(layout::kPanelMinH, ImGui::GetContentRegionAvail().y);
  const float panel_h = rest - ImGui::GetTextLineHeight() - sp;
  const bool three = avail.x >= layout::kThreeColumnsW;
  float cons_w, gate_w, now_w;
  if (three) {
    cons_w = std::floor(avail.x * layout::kConsoleFrac);
    gate_w = std::floor((avail.x - cons_w - 2 * gx) * 0.5f);
    now_w = avail.x - cons_w - gate_w - 2 * gx;
  } else {
    gate_w = std::clamp(avail.x * layout::kGateFrac, layout::kGateMinW, layout::kGateMaxW);
    cons_w = avail.x - gate_w - gx;
    now_w = gate_w;
  }
  ImGui::BeginGroup();
  panel_title("Console  (printed up to the cursor, with virtual time)", "Console", cons_w);
  draw_console(view, player.cursor(), st.console, ImVec2(cons_w, panel_h));
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  panel_title("The gate  (inside and waiting, at the cursor)", "The gate", gate_w);
  if (three) {
    draw_gates(view, player.cursor(), ImVec2(gate_w, panel_h));
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::TextDisabled("Right now");
    draw_now(view, player.cursor(), ImVec2(now_w, panel_h), notice);
    note(st, "now");
  } else {
    float gh = std::min(gates_height_hint(view), panel_h * layout::kGateMaxHFrac);
    draw_gates(view, player.cursor(), ImVec2(gate_w, gh));
    draw_now(view, player.cursor(), ImVec2(now_w, std::max(layout::kNowMinH, panel_h - gh - sp)), notice);
    note(st, "now");
  }
  ImGui::EndGroup();

  if (side) ImGui::EndChild();
  ImGui::End();
}

}  // namespace ts::ui
