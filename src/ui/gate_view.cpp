#include "ui/gate_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "ui/api_view.h"
#include "ui/progress_view.h"
#include "ui/car.h"
#include "ui/queue_view.h"
#include "ui/theme.h"
#include "ui/timeline/layout.h"

namespace ts::ui {

using namespace layout;
using trace::PrimKind;
using trace::State;
using trace::TaskId;

namespace {

float draw_one_gate(const trace::Trace& tr, trace::PrimId pid, double t, ImVec2 size) {
  const trace::PrimInfo& p = tr.prims()[pid];
  trace::GateSnapshot g = tr.gate_at(pid, t);
  const auto& tasks = tr.tasks();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float lh = ImGui::GetTextLineHeight();

  uint32_t inside = 0;
  for (TaskId id : g.slots) inside += id != trace::kNone;
  uint32_t passed = 0;
  for (const auto& s : p.stays) passed += (s.enter <= t && s.leave <= t);

  const float start_y = ImGui::GetCursorScreenPos().y;
  // header
  ImGui::TextColored(ImColor(col::kAccent), "%s", p.name.c_str());
  ImGui::SameLine();
  if (p.kind == PrimKind::Lock) ImGui::TextDisabled("Lock()");
  else ImGui::TextDisabled("Semaphore(%u)", p.capacity);
  ImGui::Text("inside %u / %u", inside, p.capacity);
  ImGui::SameLine(0, 18);
  ImGui::TextColored(ImColor(state_color(State::Waiting)), "queue %zu", g.queue.size());
  // the rest of the stats wrap onto the next line in narrow panels
  auto same_line_if_fits = [](const char* sample) {
    float need = ImGui::CalcTextSize(sample).x + 18;
    float right = ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x;
    ImGui::SameLine(0, 18);
    if (ImGui::GetCursorScreenPos().x + need > right) ImGui::NewLine();
  };
  same_line_if_fits("passed 00000");
  ImGui::TextDisabled("passed %u", passed);
  same_line_if_fits("most inside 000");
  bool over = g.max_inside > p.capacity && p.capacity > 0;
  ImGui::TextColored(over ? ImVec4(1, 0.3f, 0.3f, 1) : ImVec4(0.6f, 0.65f, 0.75f, 1), "most inside %u",
                     g.max_inside);

  ImVec2 o = ImGui::GetCursorScreenPos();
  float w = size.x;
  float h = std::max(kGateMinH, size.y - (o.y - start_y) - lh - 8);

  // Geometry: queue lane | gate bar | lot with slots.
  const float qw = std::min(kGateQueueMaxW, w * kGateQueueFrac);
  const float gate_x = o.x + qw + 14;
  const float lot_x0 = gate_x + 10, lot_x1 = o.x + w - 4;
  const float lot_w = lot_x1 - lot_x0;
  const uint32_t nslots = static_cast<uint32_t>(g.slots.size());
  const bool compact = nslots > kGateCompactSlots;  // big gates: a grid of small cells, names on hover
  const float pad2 = 2 * kGateLotPad;
  uint32_t cols = 1, rows = 1;
  float cell_w = lot_w - pad2, cell_h = kGateCellMaxH;
  if (compact) {
    float area_h = std::max(40.0f, std::min(h - pad2, kGateCompactMaxH));
    float cell = std::floor(std::sqrt((lot_w - pad2) * area_h / static_cast<float>(nslots)));
    cell = std::clamp(cell, 4.0f, 28.0f);
    cols = std::max(1u, static_cast<uint32_t>((lot_w - pad2) / cell));
    rows = (nslots + cols - 1) / cols;
    cell_w = cell_h = cell;
  } else {
    // one column of stalls while they fit, else two or more columns
    if (nslots * kGateStallMinH > h - pad2)
      cols = std::max(1u, std::min(nslots, static_cast<uint32_t>(lot_w / kGateColumnW)));
    rows = nslots ? (nslots + cols - 1) / cols : 1;
    cell_w = (lot_w - pad2) / cols;
    cell_h = std::clamp((h - pad2) / rows, kGateCellMinH, kGateCellMaxH);
  }
  const float slot_h = cell_h;
  const float lot_h = rows * cell_h + pad2;
  const float lot_y0 = o.y + 4, lot_y1 = lot_y0 + lot_h;

  // lot
  dl->AddRectFilled(ImVec2(lot_x0, lot_y0), ImVec2(lot_x1, lot_y1), IM_COL32(44, 48, 58, 255), 8.0f);
  dl->AddRect(ImVec2(lot_x0, lot_y0), ImVec2(lot_x1, lot_y1), IM_COL32(120, 128, 150, 160), 8.0f, 0, 1.5f);
  const bool names = !compact && slot_h >= lh + 4;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  for (uint32_t i = 0; i < nslots; ++i) {
    uint32_t c = i % cols, r = i / cols;
    ImVec2 a(lot_x0 + kGateLotPad + c * cell_w, lot_y0 + kGateLotPad + r * cell_h);
    TaskId id = g.slots[i];
    if (compact) {
      ImVec2 b(a.x + cell_w - 1, a.y + cell_h - 1);
      if (id != trace::kNone) dl->AddRectFilled(a, b, state_color(State::Inside), 1.0f);
      else dl->AddRect(a, b, IM_COL32(230, 230, 210, 50), 1.0f);
      if (mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y && ImGui::IsWindowHovered())
        ImGui::SetTooltip("slot %u: %s", i + 1, id != trace::kNone ? tasks[id].name.c_str() : "free");
      continue;
    }
    ImVec2 b(a.x + cell_w - 6, a.y + slot_h - 5);
    // painted stall lines
    dl->AddRect(a, b, IM_COL32(230, 230, 210, 90), 3.0f, 0, 1.5f);
    if (id != trace::kNone) {
      State s = tr.state_at(id, t);
      if (s != State::Running) s = State::Inside;
      draw_car(dl, ImVec2(a.x + 4, a.y + 3), ImVec2(b.x - 4, b.y - 2), s, names ? tasks[id].name.c_str() : "");
    } else if (names) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "slot %u free", i + 1);
      centered_text(dl, a, b, IM_COL32(150, 156, 175, 140), buf);
    }
  }
  // the gate: a bar at the lot's entrance, red when full
  bool full = inside >= p.capacity;
  ImU32 gcol = full ? IM_COL32(235, 87, 87, 255) : IM_COL32(70, 196, 120, 255);
  dl->AddRectFilled(ImVec2(gate_x - 3, lot_y0 + 4), ImVec2(gate_x + 3, lot_y1 - 4), gcol, 3.0f);
  centered_text(dl, ImVec2(gate_x - 30, lot_y1 + 1), ImVec2(gate_x + 30, lot_y1 + lh + 3), gcol,
                full ? "full" : "open");

  // queue: first in line nearest the gate (top), then down
  const float qh = compact ? 22.0f : std::clamp(slot_h, 18.0f, 30.0f);
  const float q_y1 = std::max(lot_y1, o.y + h) - 2;
  const uint32_t fit = static_cast<uint32_t>(std::max(1.0f, (q_y1 - lot_y0) / (qh + 3)));
  const size_t nq = g.queue.size();
  dl->AddText(ImVec2(o.x, lot_y0 - 1), col::kTextDim, nq ? "" : "queue empty");
  for (size_t k = 0; k < nq && k < fit; ++k) {
    ImVec2 a(o.x + 4, lot_y0 + 4 + k * (qh + 3));
    ImVec2 b(o.x + qw, a.y + qh);
    if (k + 1 == fit && nq > fit) {
      char buf[48];
      std::snprintf(buf, sizeof buf, "+%zu more waiting", nq - k);
      centered_text(dl, a, b, state_color(State::Waiting), buf);
      break;
    }
    draw_car(dl, a, b, State::Waiting, tasks[g.queue[k]].name.c_str());
  }
  if (nq) {  // arrow from the head of the queue to the gate
    float ay = lot_y0 + 4 + qh * 0.5f;
    dl->AddLine(ImVec2(o.x + qw + 3, ay), ImVec2(gate_x - 6, ay), state_color(State::Waiting), 2.0f);
    dl->AddTriangleFilled(ImVec2(gate_x - 5, ay), ImVec2(gate_x - 11, ay - 5), ImVec2(gate_x - 11, ay + 5),
                          state_color(State::Waiting));
  }
  float used = std::max(lot_y1 + lh + 6, std::min(q_y1, lot_y0 + 4 + std::min<size_t>(nq, fit) * (qh + 3))) - o.y;
  ImGui::Dummy(ImVec2(w, used));
  return used;
}

}  // namespace

void draw_gates(const trace::Trace& tr, double t, ImVec2 size) {
  ImGui::BeginChild("gates", size, true);
  std::vector<trace::PrimId> gates, queues;
  for (trace::PrimId p = 0; p < tr.prims().size(); ++p) {
    auto k = tr.prims()[p].kind;
    if (k == PrimKind::Semaphore || k == PrimKind::Lock) gates.push_back(p);
    else if (k == PrimKind::Queue) queues.push_back(p);
  }
  if (gates.empty() && queues.empty()) {
    ImGui::TextDisabled("No semaphore, lock or queue in this run.");
  } else {
    ImVec2 avail = ImGui::GetContentRegionAvail();
    // the queues take what they need, the gates share the rest
    const float queues_h = static_cast<float>(queues.size()) * (queue_height_hint() + 10);
    const float for_gates = std::max(kGateStackMinH, avail.y - queues_h);
    float each = gates.size() <= 1 ? for_gates : std::max(kGateStackMinH, for_gates / gates.size());
    for (size_t i = 0; i < gates.size(); ++i) {
      if (i) ImGui::Separator();
      draw_one_gate(tr, gates[i], t, ImVec2(avail.x, each));
    }
    for (size_t i = 0; i < queues.size(); ++i) {
      if (i || !gates.empty()) ImGui::Separator();
      draw_queue(tr, queues[i], t, ImVec2(avail.x, 0));
    }
  }
  ImGui::EndChild();
}

float gates_height_hint(const trace::Trace& tr) {
  float h = 0;
  const float lh = ImGui::GetTextLineHeightWithSpacing();
  for (const auto& p : tr.prims()) {
    if (p.kind == PrimKind::Queue) h += queue_height_hint() + 10;
    if (p.kind != PrimKind::Semaphore && p.kind != PrimKind::Lock) continue;
    // the header's two lines, the lot (as draw_one_gate sizes it), the footer
    const uint32_t n = std::max<uint32_t>(1, std::min<uint32_t>(p.capacity, kGateHintSlots));
    const bool compact = p.capacity > static_cast<uint32_t>(kGateCompactSlots);
    const float lot = (compact ? kGateCompactMaxH : n * kGateCellMaxH) + 2 * kGateLotPad;
    h += 2 * lh + lot + lh + kGateFooterH;
  }
  return h > 0 ? h : 3 * lh;
}

void draw_now(const trace::Trace& tr, double t, ImVec2 size, const char* explanation) {
  ImGui::BeginChild("now", size, true);
  const auto& tasks = tr.tasks();
  // group the tasks by state at t ("inside, sleeping" is its own group)
  // (and a finished task that raised, or was cancelled, is not just "done")
  // (and awaiting a queue says which side: ui/queue_view.h draws the same)
  const size_t kInsideSleeping = static_cast<size_t>(State::Count), kRaised = kInsideSleeping + 1,
               kCancelled = kInsideSleeping + 2, kQueueGet = kInsideSleeping + 3, kQueuePut = kInsideSleeping + 4,
               kQueueJoin = kInsideSleeping + 5, kKilled = kInsideSleeping + 6;
  std::vector<std::vector<TaskId>> by(kKilled + 1);
  for (TaskId i = 0; i < tasks.size(); ++i) {
    const trace::Segment* sg = tr.segment_at(i, t);
    size_t k = sg ? static_cast<size_t>(sg->state) : static_cast<size_t>(State::Pending);
    if (sg && sg->state == State::Inside && (sg->flags & trace::kSegSleeping)) k = kInsideSleeping;
    if (sg && sg->state == State::Done && tasks[i].how == trace::DoneHow::Raised) k = kRaised;
    if (sg && sg->state == State::Done && tasks[i].how == trace::DoneHow::Cancelled) k = kCancelled;
    if (sg && sg->state == State::Done && tasks[i].how == trace::DoneHow::Killed) k = kKilled;
    if (sg && sg->state == State::Blocked && (sg->flags & trace::kSegQueueGet)) k = kQueueGet;
    if (sg && sg->state == State::Blocked && (sg->flags & trace::kSegQueuePut)) k = kQueuePut;
    if (sg && sg->state == State::Blocked && (sg->flags & trace::kSegQueueJoin)) k = kQueueJoin;
    by[k].push_back(i);
  }
  const size_t order[] = {static_cast<size_t>(State::Running), static_cast<size_t>(State::Ready),
                          static_cast<size_t>(State::Inside),  kInsideSleeping,
                          static_cast<size_t>(State::Waiting), static_cast<size_t>(State::Sleeping),
                          kQueuePut,                           kQueueGet,
                          kQueueJoin,                          static_cast<size_t>(State::Blocked),
                          static_cast<size_t>(State::Done),
                          kRaised,                             kCancelled,
                          kKilled,
                          static_cast<size_t>(State::Pending)};
  ImGui::Text("At t = %.3f s", t);
  ImGui::PushTextWrapPos(0.0f);
  draw_progress(tr, t, ImGui::GetContentRegionAvail().x);  // first: the run at a glance
  draw_api(tr, t, ImGui::GetContentRegionAvail().x);
  for (size_t key : order) {
    const auto& ids = by[key];
    if (ids.empty()) continue;
    const bool ended_badly = key == kRaised || key == kCancelled || key == kKilled;
    const bool queued = key == kQueueGet || key == kQueuePut || key == kQueueJoin;
    const State s = key == kInsideSleeping ? State::Inside
                    : ended_badly          ? State::Done
                    : queued               ? State::Blocked
                                           : static_cast<State>(key);
    const char* label = key == kInsideSleeping ? "inside the gate, sleeping"
                        : key == kRaised       ? "raised"
                        : key == kCancelled    ? "cancelled"
                        : key == kKilled       ? "killed (cancelled by asyncio.run's end)"
                        : key == kQueueGet     ? "waiting to get from a queue"
                        : key == kQueuePut     ? "waiting to put into a queue"
                        : key == kQueueJoin    ? "in a queue's join()"
                                               : state_label(s);
    const trace::DoneHow how = key == kRaised    ? trace::DoneHow::Raised
                               : key == kKilled  ? trace::DoneHow::Killed
                                                 : trace::DoneHow::Cancelled;
    const ImU32 colour = ended_badly ? done_color(static_cast<uint8_t>(how)) : state_color(s);
    std::string names;
    for (size_t k = 0; k < ids.size() && k < 8; ++k) {
      if (k) names += ", ";
      names += tasks[ids[k]].name;
    }
    if (ids.size() > 8) names += ", ... (" + std::to_string(ids.size()) + " tasks)";
    ImVec2 p = ImGui::GetCursorScreenPos();
    float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 2), ImVec2(p.x + 10, p.y + h - 2), colour, 2.0f);
    ImGui::Dummy(ImVec2(10, h));
    ImGui::SameLine();
    ImGui::TextColored(ImColor(colour), "%s:", label);
    ImGui::SameLine();
    ImGui::TextUnformatted(names.c_str());
  }
  if (explanation && *explanation) {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextDisabled("What to notice");
    ImGui::TextUnformatted(explanation);
  }
  ImGui::PopTextWrapPos();
  ImGui::EndChild();
}

}  // namespace ts::ui
