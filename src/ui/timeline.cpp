#include "ui/timeline.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "ui/theme.h"

namespace ts::ui {

using trace::Segment;
using trace::State;
using trace::TaskId;

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr float kAxisH = 28.0f;
constexpr float kMinRowH = 24.0f;  // rows grow up to kMaxRowH when there is room
constexpr float kMaxRowH = 34.0f;
constexpr float kGhost = 0.22f;  // alpha of the part after the cursor
constexpr float kLaneH = 20.0f;  // a gate occupancy lane

struct Mapper {
  double t0, scale;  // px per second
  float x0;
  float x(double t) const { return x0 + static_cast<float>((t - t0) * scale); }
  double t(float x) const { return t0 + (x - x0) / scale; }
};

double nice_step(double raw) {
  if (!(raw > 0)) return 1;
  double p = std::pow(10.0, std::floor(std::log10(raw)));
  double m = raw / p;
  double s = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10;
  return s * p;
}

// Fill [xa, xb] of a bar, split at the cursor into solid past and ghost future.
void bar(ImDrawList* dl, float xa, float xb, float y0, float y1, State s, float xc,
         float rounding = 2.0f) {
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
}  // namespace

void format_time(char* buf, size_t n, double t, double step) {
  if (step > 0) {
    int dec = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
    if (std::fabs(t) < step * 1e-6) t = 0;
    std::snprintf(buf, n, "%.*f s", std::min(dec, 9), t);
  } else {
    std::snprintf(buf, n, "%.3f s", t);
  }
}

void TimelineView::fit(const trace::Trace& tr) {
  double end = tr.end_time();
  if (!(end > 0)) end = 1;
  t0 = -0.02 * end;
  t1 = end * 1.03;
  fitted_for = &tr;
  fitted_end = tr.end_time();
}

void draw_timeline(const trace::Trace& tr, trace::Player& player, TimelineView& view, ImVec2 size) {
  if (view.fitted_for != &tr || view.fitted_end != tr.end_time()) view.fit(tr);
  const auto& tasks = tr.tasks();
  const double end = tr.end_time();
  const double cursor = player.cursor();
  ImGuiIO& io = ImGui::GetIO();

  ImGui::BeginChild("timeline", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 wp = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();

  // Name column width: widest name (capped).
  // Rows are labelled "name coroutine" ("Task-2 worker") when the coroutine's
  // name adds something.
  auto has_detail = [](const trace::TaskInfo& t) {
    if (t.detail.empty() || t.detail.size() > t.name.size() + 40) return false;
    for (size_t i = 0; i < t.detail.size(); ++i) {  // "Worker-0" already says "worker"
      if (i >= t.name.size()) return true;
      char a = t.name[i], b = t.detail[i];
      if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
      if (a != b) return true;
    }
    return false;
  };
  float name_w = 80;
  const float gap = ImGui::CalcTextSize(" ").x;
  for (size_t i = 0; i < tasks.size() && i < 2000; ++i) {
    float w = ImGui::CalcTextSize(tasks[i].name.c_str()).x;
    if (has_detail(tasks[i])) w += gap + ImGui::CalcTextSize(tasks[i].detail.c_str()).x;
    name_w = std::max(name_w, w);
  }
  name_w = std::min(name_w + 30.0f, 230.0f);

  const float plot_x0 = wp.x + name_w;
  const float plot_x1 = wp.x + avail.x - 14.0f;  // room for the rows' scrollbar
  const float plot_w = std::max(10.0f, plot_x1 - plot_x0);
  if (!(view.t1 > view.t0)) view.fit(tr);
  Mapper m{view.t0, plot_w / (view.t1 - view.t0), plot_x0};

  // Keep the cursor visible while playing.
  if (view.follow && player.playing()) {
    double span = view.t1 - view.t0;
    if (cursor > view.t1 - span * 0.05) { view.t0 = cursor - span * 0.5; view.t1 = view.t0 + span; }
    if (cursor < view.t0) { view.t0 = cursor - span * 0.05; view.t1 = view.t0 + span; }
    m = Mapper{view.t0, plot_w / (view.t1 - view.t0), plot_x0};
  }

  const double t_lo0 = m.t(plot_x0);
  const float xc0 = m.x(cursor);

  // ---- time axis -----------------------------------------------------------
  const float ay0 = wp.y, ay1 = wp.y + kAxisH;
  dl->AddRectFilled(ImVec2(wp.x, ay0), ImVec2(wp.x + avail.x, ay1), col::kRowAlt, 4.0f);
  double step = nice_step(90.0 / m.scale);
  double minor = step / 5;
  {
    dl->PushClipRect(ImVec2(plot_x0 - 40, ay0), ImVec2(plot_x1 + 40, wp.y + avail.y), true);
    double first = std::floor(view.t0 / minor) * minor;
    for (double t = first; t <= view.t1; t += minor) {
      float x = m.x(t);
      if (x < plot_x0 - 1) continue;
      bool major = std::fabs(std::remainder(t, step)) < minor * 0.01;
      dl->AddLine(ImVec2(x, ay1 - (major ? 9.0f : 4.0f)), ImVec2(x, ay1), col::kTextDim);
      if (major) {
        char buf[32];
        format_time(buf, sizeof buf, t, step);
        dl->AddText(ImVec2(x + 3, ay0 + 3), col::kText, buf);
        // grid line through the rows
        dl->AddLine(ImVec2(x, ay1), ImVec2(x, wp.y + avail.y), IM_COL32(255, 255, 255, 18));
      }
    }
    dl->PopClipRect();
  }
  dl->AddText(ImVec2(wp.x + 8, ay0 + 5), col::kTextDim, "task");

  // Axis interaction: click/drag scrubs.
  ImGui::SetCursorScreenPos(ImVec2(plot_x0, ay0));
  ImGui::InvisibleButton("##axis", ImVec2(plot_w, kAxisH));
  if (ImGui::IsItemActive()) {
    player.pause();
    player.seek(m.t(io.MousePos.x));
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("click or drag to move the time cursor");

  // ---- gate occupancy lanes (pinned): inside / queue length over time ------
  float lanes_h = 0;
  {
    const auto& prims = tr.prims();
    int shown = 0, n_gates = 0;
    for (const auto& p : prims) n_gates += p.kind == trace::PrimKind::Semaphore || p.kind == trace::PrimKind::Lock;
    for (trace::PrimId pid = 0; pid < prims.size() && shown < 3; ++pid) {
      const trace::PrimInfo& p = prims[pid];
      if (p.kind != trace::PrimKind::Semaphore && p.kind != trace::PrimKind::Lock) continue;
      ++shown;
      for (int lane = 0; lane < 2; ++lane) {
        const float ly0 = ay1 + 2 + lanes_h, ly1 = ly0 + kLaneH;
        lanes_h += kLaneH + 2;
        const uint32_t top = lane == 0 ? std::max(p.capacity, p.max_inside) : p.max_waiting;
        const State st = lane == 0 ? State::Inside : State::Waiting;
        char lab[96];
        if (n_gates == 1) std::snprintf(lab, sizeof lab, lane == 0 ? "inside the gate" : "queue");
        else std::snprintf(lab, sizeof lab, lane == 0 ? "%s inside" : "%s queue", p.name.c_str());
        dl->AddRectFilled(ImVec2(wp.x, ly0), ImVec2(wp.x + avail.x, ly1), IM_COL32(255, 255, 255, 6));
        dl->PushClipRect(ImVec2(wp.x, ly0), ImVec2(plot_x0 - 4, ly1), true);
        dl->AddText(ImVec2(wp.x + 8, ly0 + (kLaneH - ImGui::GetTextLineHeight()) * 0.5f), state_color(st), lab);
        dl->PopClipRect();
        char mx[32];
        std::snprintf(mx, sizeof mx, "%u", top);
        if (top == 0) continue;
        // one column per pixel: the highest value in that pixel's time span
        dl->PushClipRect(ImVec2(plot_x0, ly0), ImVec2(plot_x1, ly1), true);
        const auto& occ = p.occ;
        auto it = std::upper_bound(occ.begin(), occ.end(), t_lo0,
                                   [](double v, const trace::Occupancy& o) { return v < o.t; });
        uint32_t cur = it == occ.begin() ? 0 : (lane == 0 ? (it - 1)->inside : (it - 1)->waiting);
        const float hpx = kLaneH - 3;
        for (float x = plot_x0; x < plot_x1; x += 1.0f) {
          double te = m.t(x + 1.0f);
          uint32_t hi = cur;
          while (it != occ.end() && it->t < te) {
            cur = lane == 0 ? it->inside : it->waiting;
            hi = std::max(hi, cur);
            ++it;
          }
          if (m.t(x) > end) break;
          if (hi == 0) continue;
          float h = hpx * static_cast<float>(hi) / static_cast<float>(top);
          dl->AddRectFilled(ImVec2(x, ly1 - h), ImVec2(x + 1.0f, ly1), state_color(st, x <= xc0 ? 0.9f : kGhost));
        }
        if (lane == 0 && p.capacity > 0) {  // capacity line
          float y = ly1 - hpx * static_cast<float>(p.capacity) / static_cast<float>(top);
          dl->AddLine(ImVec2(plot_x0, y), ImVec2(plot_x1, y), IM_COL32(255, 255, 255, 60));
        }
        dl->AddText(ImVec2(plot_x1 - ImGui::CalcTextSize(mx).x - 4, ly0), col::kTextDim, mx);
        dl->PopClipRect();
      }
    }
  }

  // ---- rows ----------------------------------------------------------------
  ImGui::SetCursorScreenPos(ImVec2(wp.x, ay1 + 2 + lanes_h));
  ImVec2 rows_size(avail.x, std::max(20.0f, avail.y - kAxisH - 2 - lanes_h));
  const float kRowH = std::clamp(std::floor(rows_size.y / std::max<size_t>(1, tasks.size())), kMinRowH, kMaxRowH);
  const float kBarH = std::floor(kRowH * 0.68f);
  ImGui::BeginChild("rows", rows_size, false, ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground);
  ImDrawList* rl = ImGui::GetWindowDrawList();
  const ImVec2 rp = ImGui::GetCursorScreenPos();  // top of the content (scrolled)
  const float scroll_y = ImGui::GetScrollY();
  const float view_h = ImGui::GetWindowHeight();
  const size_t n = tasks.size();
  ImGui::Dummy(ImVec2(1, std::max(1.0f, n * kRowH)));

  size_t first_row = static_cast<size_t>(std::max(0.0f, scroll_y / kRowH));
  size_t last_row = std::min(n, static_cast<size_t>((scroll_y + view_h) / kRowH) + 1);
  const float win_y0 = ImGui::GetWindowPos().y;
  const float xc = m.x(cursor);
  const double t_lo = m.t(plot_x0), t_hi = m.t(plot_x1);
  const double px_t = 1.0 / m.scale;  // seconds per pixel

  rl->PushClipRect(ImVec2(wp.x, win_y0), ImVec2(wp.x + avail.x, win_y0 + view_h), true);
  for (size_t r = first_row; r < last_row; ++r) {
    const float y = rp.y + r * kRowH;
    if (r % 2 == 1) rl->AddRectFilled(ImVec2(wp.x, y), ImVec2(wp.x + avail.x, y + kRowH), IM_COL32(255, 255, 255, 8));
    const trace::TaskInfo& ti = tasks[r];
    // name with a dot in the colour of its state at the cursor
    State now = tr.state_at(static_cast<TaskId>(r), cursor);
    float cy = y + kRowH * 0.5f;
    if (now != State::Pending) rl->AddCircleFilled(ImVec2(wp.x + 10, cy), 5.0f, state_color(now));
    else rl->AddCircle(ImVec2(wp.x + 10, cy), 5.0f, col::kTextDim);
    rl->PushClipRect(ImVec2(wp.x, y), ImVec2(plot_x0 - 4, y + kRowH), true);
    const float ty = y + (kRowH - ImGui::GetTextLineHeight()) * 0.5f;
    rl->AddText(ImVec2(wp.x + 20, ty), now == State::Pending ? col::kTextDim : col::kText, ti.name.c_str());
    if (has_detail(ti))
      rl->AddText(ImVec2(wp.x + 20 + ImGui::CalcTextSize(ti.name.c_str()).x + gap, ty), col::kTextDim,
                  ti.detail.c_str());
    rl->PopClipRect();

    // ImDrawList indices are 16-bit (WebGL backend): keep far below 64k vertices.
    if (rl->_VtxCurrentIdx > 52000) {
      rl->AddText(ImVec2(plot_x0 + 4, y + 2), col::kTextDim, "(too dense here: zoom in)");
      break;
    }
    rl->PushClipRect(ImVec2(plot_x0, y), ImVec2(plot_x1, y + kRowH), true);
    const float by0 = y + (kRowH - kBarH) * 0.5f, by1 = by0 + kBarH;
    const auto& segs = ti.segs;
    size_t i = tr.first_segment_from(static_cast<TaskId>(r), t_lo);
    while (i < segs.size()) {
      const Segment& s = segs[i];
      if (s.t0 > t_hi) break;
      if (s.state == State::Done) {
        // a thin line from the finish to the end of the view
        float xa = m.x(s.t0), xb = plot_x1;
        float ym = (by0 + by1) * 0.5f;
        bar(rl, xa, xb, ym - 2, ym + 2, State::Done, xc, 1.0f);
        break;
      }
      double se = std::min(s.t1, std::max(end, s.t0));
      float xa = m.x(s.t0), xb = m.x(se);
      if (xb - xa >= 1.0f) {
        bar(rl, xa, xb, by0, by1, s.state, xc);
        if (s.flags & trace::kSegSleeping)  // sleeping inside the gate: a blue underline
          bar(rl, xa, xb, by1 - 3, by1, State::Sleeping, xc, 0.0f);
        const char* lab = short_label(s.state);
        if (lab) {
          float lx0 = std::max(xa, plot_x0) + 5, lx1 = std::min(xb, plot_x1) - 5;
          ImVec2 ts = ImGui::CalcTextSize(lab);
          if (lx1 - lx0 > ts.x) {
            float lx = (lx0 + lx1 - ts.x) * 0.5f;
            ImU32 tc = (lx + ts.x * 0.5f <= xc) ? IM_COL32(20, 22, 28, 230) : IM_COL32(220, 224, 232, 110);
            rl->AddText(ImVec2(lx, by0 + (kBarH - ts.y) * 0.5f), tc, lab);
          }
        }
        ++i;
        continue;
      }
      // Sub-pixel segments: merge the run that follows (up to 8 px) into one
      // mark coloured by the state that lasts longest in it; a run of
      // zero-length instants shows as a thin "running" tick.
      const double limit = s.t0 + 8 * px_t;
      double acc[static_cast<size_t>(State::Count)] = {};
      bool ran = s.state == State::Running;
      acc[static_cast<size_t>(s.state)] += se - s.t0;
      double last_t1 = se;
      size_t j = i + 1, scanned = 0;
      while (j < segs.size() && segs[j].t0 < limit && segs[j].state != State::Done) {
        double len = std::min(segs[j].t1, end) - segs[j].t0;
        if (m.x(segs[j].t0 + len) - m.x(segs[j].t0) >= 1.0f) break;
        acc[static_cast<size_t>(segs[j].state)] += len;
        ran = ran || segs[j].state == State::Running;
        last_t1 = segs[j].t0 + len;
        ++j;
        if (++scanned > 64) {  // very dense: skip ahead by binary search
          j = std::max(j, tr.first_segment_from(static_cast<TaskId>(r), limit));
          last_t1 = limit;
          break;
        }
      }
      State dom = ran ? State::Running : s.state;
      double best = 0;
      for (size_t k = 0; k < static_cast<size_t>(State::Count); ++k)
        if (acc[k] > best) { best = acc[k]; dom = static_cast<State>(k); }
      float mx0 = xa, mx1 = std::max(m.x(last_t1), xa + 2.0f);
      bar(rl, mx0 - 1.0f, mx1, by0 - 2, by1 + 2, dom, xc, 0.0f);
      i = j;
    }
    // print() markers: small ticks on top of the bar (merged when closer than 3 px)
    {
      const auto& pr = ti.prints;
      const auto& con = tr.console();
      auto it = std::lower_bound(pr.begin(), pr.end(), t_lo,
                                 [&](uint32_t idx, double v) { return con[idx].t < v; });
      float last_x = -1e9f;
      for (; it != pr.end() && con[*it].t <= t_hi; ++it) {
        float x = m.x(con[*it].t);
        if (x - last_x < 3.0f) continue;
        last_x = x;
        ImU32 c = con[*it].t <= cursor ? IM_COL32(255, 255, 255, 230) : IM_COL32(255, 255, 255, 70);
        rl->AddTriangleFilled(ImVec2(x - 4, by0 - 3), ImVec2(x + 4, by0 - 3), ImVec2(x, by0 + 3), c);
      }
    }
    rl->PopClipRect();
  }
  // cursor line over the rows
  if (xc >= plot_x0 && xc <= plot_x1)
    rl->AddLine(ImVec2(xc, win_y0), ImVec2(xc, win_y0 + view_h), col::kCursor, 2.0f);
  rl->PopClipRect();

  // ---- interaction on the rows ---------------------------------------------
  ImGui::SetCursorScreenPos(ImVec2(wp.x, win_y0));
  const bool hovered = ImGui::IsWindowHovered();
  const ImVec2 mp = io.MousePos;
  if (hovered && mp.x >= plot_x0 && mp.x <= plot_x1) {
    // zoom around the pointer
    if (io.MouseWheel != 0 && !io.KeyShift) {
      double tm = m.t(mp.x);
      double f = std::pow(1.2, -io.MouseWheel);
      double span = std::clamp((view.t1 - view.t0) * f, 1e-7, std::max(1.0, end) * 20);
      double a = (tm - view.t0) / (view.t1 - view.t0);
      view.t0 = tm - a * span;
      view.t1 = view.t0 + span;
      view.follow = false;
    }
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
      view.fit(tr);
      view.follow = true;
    }
    // tooltip
    if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
      size_t r = static_cast<size_t>((mp.y - rp.y) / kRowH);
      if (mp.y >= rp.y && r < n) {
        double tm = m.t(mp.x);
        const Segment* s = tr.segment_at(static_cast<TaskId>(r), tm);
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(tasks[r].name.c_str());
        if (s) {
          ImGui::SameLine();
          ImGui::TextColored(ImColor(state_color(s->state)), "%s%s", state_label(s->state),
                             (s->flags & trace::kSegSleeping) ? " (sleeping)" : "");
          if ((s->state == State::Waiting || s->state == State::Inside) && s->prim < tr.prims().size())
            ImGui::Text("gate: %s", tr.prims()[s->prim].name.c_str());
          if (s->state == State::Done) {
            ImGui::Text("finished at %.3f s%s", s->t0,
                        s->done_how == 1 ? " (raised)" : s->done_how == 2 ? " (cancelled)" : "");
          } else if (s->t1 == kInf) {
            ImGui::Text("from %.3f s (until the end of the run)", s->t0);
          } else {
            ImGui::Text("from %.3f s to %.3f s  (%.3f s)", s->t0, s->t1, s->t1 - s->t0);
          }
        } else {
          ImGui::TextDisabled("not created yet (created at %.3f s)", tasks[r].created);
        }
        if (!tasks[r].detail.empty() && tasks[r].detail != tasks[r].name)
          ImGui::TextDisabled("coroutine %s()", tasks[r].detail.c_str());
        // lines printed within a few pixels of the pointer
        const auto& pr = tasks[r].prints;
        const auto& con = tr.console();
        double lo = m.t(mp.x - 4), hi = m.t(mp.x + 4);
        auto it = std::lower_bound(pr.begin(), pr.end(), lo,
                                   [&](uint32_t idx, double v) { return con[idx].t < v; });
        int shown = 0;
        for (; it != pr.end() && con[*it].t <= hi && shown < 6; ++it, ++shown) {
          if (!shown) ImGui::Separator();
          ImGui::TextDisabled("%.3f", con[*it].t);
          ImGui::SameLine();
          ImGui::Text("print: %s", con[*it].text.c_str());
        }
        ImGui::EndTooltip();
      }
    }
  }
  if (hovered && io.MouseWheel != 0 && io.KeyShift) ImGui::SetScrollY(scroll_y - io.MouseWheel * kRowH * 3);
  // drag to pan (time and rows); a click without drag moves the cursor
  static bool dragging = false;
  if (hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left) && mp.x >= plot_x0) dragging = true;
  if (dragging) {
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
      ImVec2 d = io.MouseDelta;
      if (d.x != 0) {
        double dt = d.x / m.scale;
        view.t0 -= dt;
        view.t1 -= dt;
        view.follow = false;
      }
      if (d.y != 0) ImGui::SetScrollY(ImGui::GetScrollY() - d.y);
    } else {
      dragging = false;
      if (io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 9.0f) {
        player.pause();
        player.seek(m.t(mp.x));
      }
    }
  }
  ImGui::EndChild();  // rows

  // cursor head on the axis
  if (xc >= plot_x0 - 1 && xc <= plot_x1 + 1) {
    dl->AddLine(ImVec2(xc, ay0), ImVec2(xc, ay1 + 2), col::kCursor, 2.0f);
    dl->AddTriangleFilled(ImVec2(xc - 6, ay1 - 8), ImVec2(xc + 6, ay1 - 8), ImVec2(xc, ay1 + 1), col::kCursor);
  }
  ImGui::EndChild();  // timeline
}

}  // namespace ts::ui
