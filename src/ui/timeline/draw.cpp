#include "ui/timeline/draw.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "trace/replay.h"
#include "ui/theme.h"
#include "ui/timeline/layout.h"

namespace ts::ui {

using trace::Segment;
using trace::State;
using trace::TaskId;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr float kGhost = 0.22f;          // alpha of what lies after the cursor
constexpr size_t kNameMeasureRows = 2000;  // rows whose names size the name column
// ImDrawList indices are 16-bit (WebGL backend): stay far below 64k vertices.
constexpr unsigned kMaxVertices = 52000;

// One frame's geometry: the box, the plot's x range and the time mapping.
struct Frame {
  const trace::Trace& tr;
  trace::Player& player;
  TimelineState& st;
  ImDrawList* dl;     // the timeline box's draw list
  ImVec2 wp, avail;   // content origin and size of the box
  float name_w = 0;
  float plot_x0 = 0, plot_x1 = 0, plot_w = 0;
  float ay0 = 0, ay1 = 0;  // the axis strip
  double t0 = 0, scale = 1;  // the mapping (fixed for the frame: input changes st for the next one)
  double cursor = 0;
  float x(double t) const { return plot_x0 + static_cast<float>((t - t0) * scale); }
  double t(float px) const { return t0 + (px - plot_x0) / scale; }
  float xc() const { return x(cursor); }
  FoldView view(size_t row0 = 0, size_t row1 = 0) const {
    return FoldView{t0, t0 + plot_w / scale, plot_w, row0, row1};
  }
  void map() {
    t0 = st.t0;
    scale = plot_w / (st.t1 - st.t0);
  }
};

double nice_step(double raw) {
  if (!(raw > 0)) return 1;
  double p = std::pow(10.0, std::floor(std::log10(raw)));
  double m = raw / p;
  double s = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10;
  return s * p;
}

// "1.5 s", "0.25 s": as many decimals as the tick step needs.
void format_time(char* buf, size_t n, double t, double step) {
  int dec = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
  if (std::fabs(t) < step * 1e-6) t = 0;
  std::snprintf(buf, n, "%.*f s", std::min(dec, 9), t);
}

// Fill [xa, xb] of a bar, split at the cursor into solid past and ghost future.
void bar(ImDrawList* dl, float xa, float xb, float y0, float y1, State s, float xc, float rounding = 2.0f) {
  if (xb < xa) std::swap(xa, xb);
  if (xb - xa < 6.0f) rounding = 0.0f;  // 4 vertices instead of a rounded shape
  if (xa < xc) dl->AddRectFilled(ImVec2(xa, y0), ImVec2(std::min(xb, xc), y1), state_color(s), rounding);
  if (xb > xc) dl->AddRectFilled(ImVec2(std::max(xa, xc), y0), ImVec2(xb, y1), state_color(s, kGhost), rounding);
}

const char* short_label(State s) {
  switch (s) {
    case State::Waiting: return "waiting";
    case State::Inside: return "inside";
    case State::Sleeping: return "sleeping";
    case State::Blocked: return "awaiting";
    case State::Running: return "running";
    case State::Ready: return "ready";
    default: return nullptr;
  }
}

// Rows are labelled "name coroutine" ("Task-2 worker") when the coroutine's
// name adds something ("Worker-0" already says "worker").
bool has_detail(const trace::TaskInfo& t) {
  if (t.detail.empty() || t.detail.size() > t.name.size() + 40) return false;
  for (size_t i = 0; i < t.detail.size(); ++i) {
    if (i >= t.name.size()) return true;
    char a = t.name[i], b = t.detail[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
    if (a != b) return true;
  }
  return false;
}

float name_column_width(const std::vector<trace::TaskInfo>& tasks) {
  float w = layout::kNameMinW;
  const float gap = ImGui::CalcTextSize(" ").x;
  for (size_t i = 0; i < tasks.size() && i < kNameMeasureRows; ++i) {
    float n = ImGui::CalcTextSize(tasks[i].name.c_str()).x;
    if (has_detail(tasks[i])) n += gap + ImGui::CalcTextSize(tasks[i].detail.c_str()).x;
    w = std::max(w, n);
  }
  return std::min(w + layout::kNamePad, layout::kNameMaxW);
}

// While playing, keep the cursor in view.
void follow_cursor(Frame& f) {
  TimelineState& v = f.st;
  if (!v.follow || !f.player.playing()) return;
  const double span = v.t1 - v.t0;
  if (f.cursor > v.t1 - span * 0.05) { v.t0 = f.cursor - span * 0.5; v.t1 = v.t0 + span; }
  if (f.cursor < v.t0) { v.t0 = f.cursor - span * 0.05; v.t1 = v.t0 + span; }
  f.map();
}

// The time axis with ticks, grid lines through the rows; click or drag on it scrubs.
void draw_axis(Frame& f) {
  ImDrawList* dl = f.dl;
  dl->AddRectFilled(ImVec2(f.wp.x, f.ay0), ImVec2(f.wp.x + f.avail.x, f.ay1), col::kRowAlt, 4.0f);
  const double step = nice_step(layout::kTickPx / f.scale);
  const double minor = step / 5;
  dl->PushClipRect(ImVec2(f.plot_x0 - 40, f.ay0), ImVec2(f.plot_x1 + 40, f.wp.y + f.avail.y), true);
  const double t1 = f.t(f.plot_x1);
  for (double t = std::floor(f.t0 / minor) * minor; t <= t1; t += minor) {
    const float x = f.x(t);
    if (x < f.plot_x0 - 1) continue;
    const bool major = std::fabs(std::remainder(t, step)) < minor * 0.01;
    dl->AddLine(ImVec2(x, f.ay1 - (major ? 9.0f : 4.0f)), ImVec2(x, f.ay1), col::kTextDim);
    if (!major) continue;
    char buf[32];
    format_time(buf, sizeof buf, t, step);
    dl->AddText(ImVec2(x + 3, f.ay0 + 3), col::kText, buf);
    dl->AddLine(ImVec2(x, f.ay1), ImVec2(x, f.wp.y + f.avail.y), IM_COL32(255, 255, 255, 18));
  }
  dl->PopClipRect();
  dl->AddText(ImVec2(f.wp.x + 8, f.ay0 + 5), col::kTextDim, "task");

  ImGui::SetCursorScreenPos(ImVec2(f.plot_x0, f.ay0));
  ImGui::InvisibleButton("##axis", ImVec2(f.plot_w, layout::kAxisH));
  if (ImGui::IsItemActive()) {
    f.player.pause();
    f.player.seek(f.t(ImGui::GetIO().MousePos.x));
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("click or drag to move the time cursor");
}

bool is_gate(const trace::PrimInfo& p) {
  return p.kind == trace::PrimKind::Semaphore || p.kind == trace::PrimKind::Lock;
}

// Pinned under the axis: for the first gates, how many are inside and how
// many queue, over time (one column per pixel). Returns the height used.
float draw_lanes(Frame& f) {
  const auto& prims = f.tr.prims();
  const int n_gates = static_cast<int>(std::count_if(prims.begin(), prims.end(), is_gate));
  const FoldView fv = f.view();
  const float xc = f.xc();
  ImDrawList* dl = f.dl;
  float h = 0;
  int shown = 0;
  for (trace::PrimId pid = 0; pid < prims.size() && shown < layout::kMaxLaneGates; ++pid) {
    const trace::PrimInfo& p = prims[pid];
    if (!is_gate(p)) continue;
    ++shown;
    for (int lane = 0; lane < 2; ++lane) {
      const float ly0 = f.ay1 + layout::kAxisGap + h, ly1 = ly0 + layout::kLaneH;
      h += layout::kLaneH + layout::kAxisGap;
      const bool queue = lane == 1;
      const uint32_t top = queue ? p.max_waiting : std::max(p.capacity, p.max_inside);
      const State st = queue ? State::Waiting : State::Inside;
      char lab[96];
      if (n_gates == 1) std::snprintf(lab, sizeof lab, queue ? "queue" : "inside the gate");
      else std::snprintf(lab, sizeof lab, queue ? "%s queue" : "%s inside", p.name.c_str());
      dl->AddRectFilled(ImVec2(f.wp.x, ly0), ImVec2(f.wp.x + f.avail.x, ly1), IM_COL32(255, 255, 255, 6));
      dl->PushClipRect(ImVec2(f.wp.x, ly0), ImVec2(f.plot_x0 - 4, ly1), true);
      dl->AddText(ImVec2(f.wp.x + 8, ly0 + (layout::kLaneH - ImGui::GetTextLineHeight()) * 0.5f), state_color(st),
                  lab);
      dl->PopClipRect();
      if (top == 0) continue;
      lane_columns(p, queue, fv, f.tr.end_time(), f.st.lane);
      dl->PushClipRect(ImVec2(f.plot_x0, ly0), ImVec2(f.plot_x1, ly1), true);
      const float hpx = layout::kLaneH - 3;
      for (size_t c = 0; c < f.st.lane.size(); ++c) {
        const uint32_t v = f.st.lane[c];
        if (v == 0) continue;
        const float x = f.plot_x0 + static_cast<float>(c);
        const float bh = hpx * static_cast<float>(v) / static_cast<float>(top);
        dl->AddRectFilled(ImVec2(x, ly1 - bh), ImVec2(x + 1.0f, ly1), state_color(st, x <= xc ? 0.9f : kGhost));
      }
      if (!queue && p.capacity > 0) {  // the capacity line
        const float y = ly1 - hpx * static_cast<float>(p.capacity) / static_cast<float>(top);
        dl->AddLine(ImVec2(f.plot_x0, y), ImVec2(f.plot_x1, y), IM_COL32(255, 255, 255, 60));
      }
      char mx[32];
      std::snprintf(mx, sizeof mx, "%u", top);
      dl->AddText(ImVec2(f.plot_x1 - ImGui::CalcTextSize(mx).x - 4, ly0), col::kTextDim, mx);
      dl->PopClipRect();
    }
  }
  return h;
}

// Rows' geometry inside the "rows" child window.
struct Rows {
  ImDrawList* dl;
  float top;             // screen y of row 0 (scrolled)
  float row_h, bar_h;
  float win_y0, view_h;  // the visible part
  size_t n;
};

// One row: background, state dot and name, spans, print markers.
void draw_row(const Frame& f, const Rows& rw, size_t r) {
  ImDrawList* dl = rw.dl;
  const float y = rw.top + static_cast<float>(r) * rw.row_h;
  const float x0 = f.wp.x, x1 = f.wp.x + f.avail.x;
  const int ri = static_cast<int>(r);
  if (ri == f.st.selected_row) {
    dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + rw.row_h), IM_COL32(110, 170, 255, 30));
    dl->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + 3, y + rw.row_h), col::kAccent);
  } else if (ri == f.st.hover_row) {
    dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + rw.row_h), IM_COL32(255, 255, 255, 14));
  } else if (r % 2 == 1) {
    dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + rw.row_h), IM_COL32(255, 255, 255, 8));
  }
  const trace::TaskInfo& ti = f.tr.tasks()[r];
  // the name, after a dot in the colour of the task's state at the cursor
  const State now = f.tr.state_at(static_cast<TaskId>(r), f.cursor);
  const float cy = y + rw.row_h * 0.5f;
  if (now == State::Done) dl->AddCircleFilled(ImVec2(x0 + 10, cy), 5.0f, done_color(static_cast<uint8_t>(ti.how)));
  else if (now != State::Pending) dl->AddCircleFilled(ImVec2(x0 + 10, cy), 5.0f, state_color(now));
  else dl->AddCircle(ImVec2(x0 + 10, cy), 5.0f, col::kTextDim);
  dl->PushClipRect(ImVec2(x0, y), ImVec2(f.plot_x0 - 4, y + rw.row_h), true);
  const float ty = y + (rw.row_h - ImGui::GetTextLineHeight()) * 0.5f;
  dl->AddText(ImVec2(x0 + 20, ty), now == State::Pending ? col::kTextDim : col::kText, ti.name.c_str());
  if (has_detail(ti))
    dl->AddText(ImVec2(x0 + 20 + ImGui::CalcTextSize(ti.name.c_str()).x + ImGui::CalcTextSize(" ").x, ty),
                col::kTextDim, ti.detail.c_str());
  dl->PopClipRect();

  const FoldedRow* fr = f.st.folded.row(r);
  if (!fr) return;
  dl->PushClipRect(ImVec2(f.plot_x0, y), ImVec2(f.plot_x1, y + rw.row_h), true);
  const float by0 = y + (rw.row_h - rw.bar_h) * 0.5f, by1 = by0 + rw.bar_h;
  const float xc = f.xc();
  for (uint32_t k = 0; k < fr->nspans; ++k) {
    const DrawSpan& d = f.st.folded.spans[fr->span0 + k];
    const float xa = f.plot_x0 + d.x0, xb = f.plot_x0 + d.x1;
    if (d.state == State::Done) {  // a thin line from the finish on, red if it raised, brown if cancelled
      const float ym = (by0 + by1) * 0.5f;
      if (ti.how == trace::DoneHow::Ok) {
        bar(dl, xa, xb, ym - 2, ym + 2, State::Done, xc, 1.0f);
      } else {
        const ImU32 c = done_color(static_cast<uint8_t>(ti.how), xa <= xc ? 1.0f : kGhost);
        dl->AddRectFilled(ImVec2(xa, ym - 2), ImVec2(xb, ym + 2), c, 1.0f);
        dl->AddRectFilled(ImVec2(xa, by0), ImVec2(xa + 3, by1), c);  // where it ended
      }
      continue;
    }
    if ((d.flags & kSpanGate) && (d.flags & kSpanWidened)) {
      // a short wait at a gate: taller than the bar and outlined, so it
      // stands out however far the view is zoomed out
      bar(dl, xa, xb, by0 - 3, by1 + 3, d.state, xc, 0.0f);
      dl->AddRect(ImVec2(xa, by0 - 3), ImVec2(xb, by1 + 3), IM_COL32(255, 255, 255, xa <= xc ? 150 : 60));
      continue;
    }
    if (d.folded() || (d.flags & kSpanWidened)) {  // narrow segments: a taller mark
      bar(dl, xa, xb, by0 - 2, by1 + 2, d.state, xc, 0.0f);
      continue;
    }
    bar(dl, xa, xb, by0, by1, d.state, xc);
    if (d.flags & kSpanSleeping)  // sleeping inside the gate: a blue underline
      bar(dl, xa, xb, by1 - 3, by1, State::Sleeping, xc, 0.0f);
    const char* lab = short_label(d.state);
    if (!lab) continue;
    const float lx0 = std::max(xa, f.plot_x0) + 5, lx1 = std::min(xb, f.plot_x1) - 5;
    const ImVec2 ts = ImGui::CalcTextSize(lab);
    if (lx1 - lx0 <= ts.x) continue;
    const float lx = (lx0 + lx1 - ts.x) * 0.5f;
    const ImU32 tc = (lx + ts.x * 0.5f <= xc) ? IM_COL32(20, 22, 28, 230) : IM_COL32(220, 224, 232, 110);
    dl->AddText(ImVec2(lx, by0 + (rw.bar_h - ts.y) * 0.5f), tc, lab);
  }
  // print() markers: small ticks on top of the bar
  const auto& con = f.tr.console();
  for (uint32_t k = 0; k < fr->nmarks; ++k) {
    const Marker& m = f.st.folded.marks[fr->mark0 + k];
    const float x = f.plot_x0 + m.x;
    const ImU32 c = con[m.line].t <= f.cursor ? IM_COL32(255, 255, 255, 230) : IM_COL32(255, 255, 255, 70);
    dl->AddTriangleFilled(ImVec2(x - 4, by0 - 3), ImVec2(x + 4, by0 - 3), ImVec2(x, by0 + 3), c);
  }
  // the world's marks under the bar: refusals, retries, give-ups
  const auto& api = f.tr.api();
  for (uint32_t k = 0; k < fr->nworld; ++k) {
    const WorldMarker& m = f.st.folded.world[fr->world0 + k];
    const float x = f.plot_x0 + m.x;
    const ImU32 c = world_mark_color(m.kind, api[m.api].t <= f.cursor ? 1.0f : 0.35f);
    draw_world_mark(dl, m.kind, ImVec2(x, by1), c);
    if (m.kind == WorldMark::TryAttempt) {  // and its number: attempt n starts here
      const float next = k + 1 < fr->nworld ? f.plot_x0 + f.st.folded.world[fr->world0 + k + 1].x : f.plot_x1;
      char num[24];
      std::snprintf(num, sizeof num, "%lld", static_cast<long long>(api[m.api].attempt));
      const ImVec2 ts = ImGui::CalcTextSize(num);
      if (m.count == 1 && next - x > ts.x + 10) dl->AddText(ImVec2(x + 5, by1 - ts.y + 1), c, num);
    }
  }
  dl->PopClipRect();
}

// What a thread's or a process's states mean (world/threads.h).
const char* thread_state_text(trace::TaskKind k, State s) {
  const bool proc = k == trace::TaskKind::Process;
  switch (s) {
    case State::Running: return proc ? "on a core: CPU work (a process has a GIL of its own)" : "holds the GIL: CPU work, or its Python";
    case State::Ready: return proc ? "waiting for a core, or starting up" : "waiting for the GIL (another thread has it), or to run";
    case State::Sleeping: return "in time.sleep: the GIL is released";
    case State::Blocked: return "waiting for a lock, a queue or a future: the GIL is released";
    default: return nullptr;
  }
}

void segment_text(const trace::Trace& tr, const Segment& s, trace::TaskKind kind) {
  ImGui::TextColored(ImColor(state_color(s.state)), "%s%s", state_label(s.state),
                     (s.flags & trace::kSegSleeping) ? " (sleeping)" : "");
  if (kind != trace::TaskKind::Task)
    if (const char* what = thread_state_text(kind, s.state)) ImGui::TextDisabled("%s %s", trace::task_kind_name(kind), what);
  const bool at_prim = s.state == State::Waiting || s.state == State::Inside || s.state == State::Blocked;
  if (at_prim && s.prim < tr.prims().size())
    ImGui::Text(s.state == State::Blocked ? "on: %s" : "gate: %s", tr.prims()[s.prim].name.c_str());
  if (s.state == State::Done) {
    const auto how = static_cast<trace::DoneHow>(s.done_how);
    if (how == trace::DoneHow::Ok) ImGui::Text("finished at %.3f s", s.t0);
    else ImGui::Text("finished at %.3f s (%s)", s.t0, trace::done_how_name(how));
  } else if (s.t1 == kInf) {
    ImGui::Text("from %.3f s (until the end of the run)", s.t0);
  } else {
    ImGui::Text("from %.3f s to %.3f s  (%.3f s)", s.t0, s.t1, s.t1 - s.t0);
  }
}

// The tooltip for row r at pointer x: the span there (a segment, a fold or
// a short gate wait), then the lines printed within a few pixels.
void row_tooltip(const Frame& f, size_t r, float mx) {
  const trace::TaskInfo& ti = f.tr.tasks()[r];
  const DrawSpan* d = span_at(f.st.folded, r, mx - f.plot_x0);
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(ti.name.c_str());
  if (d && d->folded() && !(d->flags & kSpanGate)) {
    ImGui::SameLine();
    ImGui::TextDisabled("%u short states folded here (zoom in to see them)", d->count);
    for (size_t k = 0; k < kStates; ++k) {
      if (!d->mix[k]) continue;
      const State s = static_cast<State>(k);
      ImGui::TextColored(ImColor(state_color(s)), "%s", state_label(s));
      ImGui::SameLine();
      ImGui::TextDisabled("x%u", d->mix[k]);
    }
    ImGui::Text("from %.4f s to %.4f s", d->t0, d->t1);
  } else {
    const Segment* s = d ? &ti.segs[d->seg] : f.tr.segment_at(static_cast<TaskId>(r), f.t(mx));
    if (s) {
      ImGui::SameLine();
      segment_text(f.tr, *s, ti.kind);
      if (d && d->waits > 1) ImGui::TextDisabled("and %u more waits here (zoom in to see them)", d->waits - 1u);
    } else {
      ImGui::TextDisabled("not created yet (created at %.3f s)", ti.created);
    }
  }
  if (!ti.detail.empty() && ti.detail != ti.name) ImGui::TextDisabled("coroutine %s()", ti.detail.c_str());
  const auto& con = f.tr.console();
  const double lo = f.t(mx - 4), hi = f.t(mx + 4);
  auto it = std::lower_bound(ti.prints.begin(), ti.prints.end(), lo,
                             [&](uint32_t line, double v) { return con[line].t < v; });
  for (int shown = 0; it != ti.prints.end() && con[*it].t <= hi && shown < 6; ++it, ++shown) {
    if (!shown) ImGui::Separator();
    ImGui::TextDisabled("%.3f", con[*it].t);
    ImGui::SameLine();
    ImGui::Text("print: %s", con[*it].text.c_str());
  }
  const auto& api = f.tr.api();
  auto at = std::lower_bound(ti.api.begin(), ti.api.end(), lo, [&](uint32_t i, double v) { return api[i].t < v; });
  bool sep = false;
  for (int shown = 0; at != ti.api.end() && api[*at].t <= hi && shown < 6; ++at) {
    WorldMark k;
    if (!world_mark_of(api[*at], k)) continue;
    if (!sep) ImGui::Separator();
    sep = true;
    ++shown;
    ImGui::TextDisabled("%.3f", api[*at].t);
    ImGui::SameLine();
    ImGui::TextColored(ImColor(world_mark_color(k)), "%s", trace::describe_api(api[*at], ti.name).c_str());
  }
  ImGui::EndTooltip();
}

// The wheel over the plot (axis, lanes or rows) zooms around the pointer.
void zoom_input(Frame& f) {
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 mp = io.MousePos;
  if (io.MouseWheel == 0 || io.KeyShift || mp.x < f.plot_x0 || mp.x > f.plot_x1) return;
  if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows)) return;
  TimelineState& v = f.st;
  const double tm = f.t(mp.x);
  const double span =
      std::clamp((v.t1 - v.t0) * std::pow(1.2, -io.MouseWheel), 1e-7, std::max(1.0, f.tr.end_time()) * 20);
  const double a = (tm - v.t0) / (v.t1 - v.t0);
  v.t0 = tm - a * span;
  v.t1 = v.t0 + span;
  v.follow = false;
}

// The rows' input: double-click fit, tooltip, Shift+wheel scroll, drag to
// pan; a click without a drag moves the cursor and selects the row.
void rows_input(Frame& f, const Rows& rw) {
  TimelineState& v = f.st;
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 mp = io.MousePos;
  const bool hovered = ImGui::IsWindowHovered();
  const bool in_plot = hovered && mp.x >= f.plot_x0 && mp.x <= f.plot_x1;
  if (in_plot) {
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
      v.fit(f.tr);
      v.follow = true;
    }
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Left) && v.hover_row >= 0)
      row_tooltip(f, static_cast<size_t>(v.hover_row), mp.x);
  }
  if (hovered && io.MouseWheel != 0 && io.KeyShift)
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseWheel * rw.row_h * 3);
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left) && mp.x >= f.plot_x0) v.dragging = true;
  if (!v.dragging) return;
  if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    const ImVec2 d = io.MouseDelta;
    if (d.x != 0) {
      const double dt = d.x / f.scale;
      v.t0 -= dt;
      v.t1 -= dt;
      v.follow = false;
    }
    if (d.y != 0) ImGui::SetScrollY(ImGui::GetScrollY() - d.y);
    return;
  }
  v.dragging = false;
  if (io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 9.0f) {
    f.player.pause();
    f.player.seek(f.t(mp.x));
    v.selected_row = v.hover_row;
  }
}

// The rows, in a scrolling child under the axis and lanes.
void draw_rows(Frame& f, float lanes_h) {
  const auto& tasks = f.tr.tasks();
  const float top = f.ay1 + layout::kAxisGap + lanes_h;
  ImGui::SetCursorScreenPos(ImVec2(f.wp.x, top));
  const ImVec2 size(f.avail.x, std::max(20.0f, f.avail.y - layout::kAxisH - layout::kAxisGap - lanes_h));
  Rows rw{};
  rw.n = tasks.size();
  rw.row_h = std::clamp(std::floor(size.y / static_cast<float>(std::max<size_t>(1, rw.n))), layout::kMinRowH,
                        layout::kMaxRowH);
  rw.bar_h = std::floor(rw.row_h * layout::kBarFrac);
  ImGui::BeginChild("rows", size, false, ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground);
  if (f.st.rows_to_top) {
    ImGui::SetScrollY(0);
    f.st.rows_to_top = false;
  }
  rw.dl = ImGui::GetWindowDrawList();
  rw.top = ImGui::GetCursorScreenPos().y;
  rw.win_y0 = ImGui::GetWindowPos().y;
  rw.view_h = ImGui::GetWindowHeight();
  const float scroll_y = ImGui::GetScrollY();
  ImGui::Dummy(ImVec2(1, std::max(1.0f, static_cast<float>(rw.n) * rw.row_h)));

  // the row under the pointer, before drawing (it is highlighted)
  const ImVec2 mp = ImGui::GetIO().MousePos;
  f.st.hover_row = -1;
  if (ImGui::IsWindowHovered() && mp.y >= rw.top && mp.y < rw.win_y0 + rw.view_h) {
    const size_t r = static_cast<size_t>((mp.y - rw.top) / rw.row_h);
    if (r < rw.n) f.st.hover_row = static_cast<int>(r);
  }
  const size_t first = static_cast<size_t>(std::max(0.0f, scroll_y / rw.row_h));
  const size_t last = std::min(rw.n, static_cast<size_t>((scroll_y + rw.view_h) / rw.row_h) + 1);
  fold_rows(f.tr, f.view(first, last), f.st.folded);

  rw.dl->PushClipRect(ImVec2(f.wp.x, rw.win_y0), ImVec2(f.wp.x + f.avail.x, rw.win_y0 + rw.view_h), true);
  for (size_t r = first; r < last; ++r) {
    if (rw.dl->_VtxCurrentIdx > kMaxVertices) {
      const float y = rw.top + static_cast<float>(r) * rw.row_h;
      rw.dl->AddText(ImVec2(f.plot_x0 + 4, y + 2), col::kTextDim, "(too dense here: zoom in)");
      break;
    }
    draw_row(f, rw, r);
  }
  const float xc = f.xc();
  if (xc >= f.plot_x0 && xc <= f.plot_x1)  // the cursor line over the rows
    rw.dl->AddLine(ImVec2(xc, rw.win_y0), ImVec2(xc, rw.win_y0 + rw.view_h), col::kCursor, 2.0f);
  rw.dl->PopClipRect();

  ImGui::SetCursorScreenPos(ImVec2(f.wp.x, rw.win_y0));
  rows_input(f, rw);
  ImGui::EndChild();
}

}  // namespace

void TimelineState::fit(const trace::Trace& tr) {
  double end = tr.end_time();
  if (!(end > 0)) end = 1;
  t0 = -0.02 * end;
  t1 = end * 1.03;
  fitted_for = &tr;
  fitted_end = tr.end_time();
}

void draw_timeline(const trace::Trace& tr, trace::Player& player, TimelineState& st, ImVec2 size) {
  if (st.fitted_for != &tr || st.fitted_end != tr.end_time() || !(st.t1 > st.t0)) st.fit(tr);
  ImGui::BeginChild("timeline", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  Frame f{tr, player, st, ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail()};
  f.cursor = player.cursor();
  f.name_w = name_column_width(tr.tasks());
  f.plot_x0 = f.wp.x + f.name_w;
  f.plot_x1 = f.wp.x + f.avail.x - layout::kScrollbarW;
  f.plot_w = std::max(10.0f, f.plot_x1 - f.plot_x0);
  f.ay0 = f.wp.y;
  f.ay1 = f.wp.y + layout::kAxisH;
  f.map();
  follow_cursor(f);

  draw_axis(f);
  const float lanes_h = draw_lanes(f);
  draw_rows(f, lanes_h);
  zoom_input(f);

  const float xc = f.xc();  // the cursor's head on the axis
  if (xc >= f.plot_x0 - 1 && xc <= f.plot_x1 + 1) {
    f.dl->AddLine(ImVec2(xc, f.ay0), ImVec2(xc, f.ay1 + 2), col::kCursor, 2.0f);
    f.dl->AddTriangleFilled(ImVec2(xc - 6, f.ay1 - 8), ImVec2(xc + 6, f.ay1 - 8), ImVec2(xc, f.ay1 + 1),
                            col::kCursor);
  }
  ImGui::EndChild();
}

}  // namespace ts::ui
