#include "ui/timeline/fold.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/timeline/layout.h"

namespace ts::ui {

using trace::Segment;
using trace::State;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

size_t index(State s) { return static_cast<size_t>(s); }

void bump(uint16_t& n) {
  if (n < UINT16_MAX) ++n;
}

// Folds one row's segments, in time order, into `out`. Positions are kept
// unclipped (double) while folding and clipped near the plot when stored.
// `pen_` is the right edge of the last span: a span starts no earlier, so
// minimum widths push what follows instead of overlapping it, by at most
// layout::kGateMinPx.
class RowFolder {
 public:
  RowFolder(const trace::Trace& tr, const FoldView& v, std::vector<DrawSpan>& out)
      : tr_(tr), v_(v), scale_(v.scale()), out_(out), first_(out.size()) {}

  // Segment `i`, shown as [s.t0, se) (se: its end clipped to the run's end).
  void add(uint32_t i, const Segment& s, double se) {
    const double xa = px(s.t0), xb = px(se);
    if (is_gate_wait(tr_, s)) return gate(i, s, se, xa, xb);
    const double x0 = std::max(xa, pen_);
    if (xb - x0 >= layout::kFoldPx) {
      flush();  // (a fold's minimum width comes out of this span)
      const double a = std::max(xa, pen_);
      emit(i, s.state, s.flags, s.t0, se, a, std::max(xb, a));
      return;
    }
    if (fold_.count && xb - fold_.x0 > layout::kFoldMaxPx) flush();
    if (!fold_.count) {
      fold_ = Fold{};
      fold_.seg = i;
      fold_.x0 = x0;
      fold_.t0 = s.t0;
      fold_.first = s.state;
      fold_.flags = s.flags;
    }
    ++fold_.count;
    bump(fold_.mix[index(s.state)]);
    fold_.time[index(s.state)] += se - s.t0;
    fold_.ran = fold_.ran || s.state == State::Running;
    fold_.x1 = std::max(fold_.x1, xb);
    fold_.t1 = se;
  }

  // The Done segment: a line from the finish to the plot's right edge.
  void done(uint32_t i, const Segment& s) {
    flush();
    emit(i, State::Done, 0, s.t0, s.t0, std::max(px(s.t0), pen_), v_.width + layout::kCullPx);
  }

  void finish() { flush(); }

 private:
  struct Fold {
    uint32_t seg = 0, count = 0;
    double x0 = 0, x1 = -kInf, t0 = 0, t1 = 0;
    double time[kStates] = {};
    uint16_t mix[kStates] = {};
    bool ran = false;
    State first = State::Pending;
    uint8_t flags = 0;
  };

  double px(double t) const { return (t - v_.t0) * scale_; }
  float clip(double x) const {
    return static_cast<float>(std::clamp(x, -static_cast<double>(layout::kCullPx),
                                         static_cast<double>(v_.width + layout::kCullPx)));
  }

  DrawSpan& emit(uint32_t i, State st, uint8_t seg_flags, double t0, double t1, double x0, double x1) {
    DrawSpan d{};
    d.x0 = clip(x0);
    d.x1 = clip(x1);
    d.t0 = t0;
    d.t1 = t1;
    d.seg = i;
    d.count = 1;
    d.mix[index(st)] = 1;
    d.state = st;
    d.flags = (seg_flags & trace::kSegSleeping) ? kSpanSleeping : 0;
    out_.push_back(d);
    pen_ = x1;
    last_gate_ = false;
    return out_.back();
  }

  // A fold's colour: the state that lasts longest in it; a run of instants
  // (zero-length steps) shows as running.
  void flush() {
    if (!fold_.count) return;
    State dom = fold_.ran ? State::Running : fold_.first;
    double best = 0;
    for (size_t k = 0; k < kStates; ++k)
      if (fold_.time[k] > best) {
        best = fold_.time[k];
        dom = static_cast<State>(k);
      }
    const double x1 = std::max(fold_.x1, fold_.x0 + layout::kFoldMinPx);
    DrawSpan& d = emit(fold_.seg, dom, fold_.count == 1 ? fold_.flags : 0, fold_.t0, fold_.t1, fold_.x0, x1);
    d.count = fold_.count;
    std::copy(std::begin(fold_.mix), std::end(fold_.mix), d.mix);
    if (x1 > fold_.x1) d.flags |= kSpanWidened;
    fold_.count = 0;
  }

  void gate(uint32_t i, const Segment& s, double se, double xa, double xb) {
    if (last_gate_ && xa <= gate_x1_) {
      // Starts under the previous wait's minimum width: one span for both,
      // and for the narrow segments folded in between.
      DrawSpan& d = out_.back();
      if (fold_.count) {
        d.count += fold_.count;
        for (size_t k = 0; k < kStates; ++k)
          d.mix[k] = static_cast<uint16_t>(std::min<uint32_t>(UINT16_MAX, d.mix[k] + fold_.mix[k]));
        fold_.count = 0;
      }
      ++d.count;
      bump(d.waits);
      bump(d.mix[index(s.state)]);
      d.t1 = se;
      gate_x1_ = std::max(gate_x1_, xb);
      d.x1 = clip(gate_x1_);
      d.flags = static_cast<uint8_t>((d.flags & ~kSpanWidened) | (gate_x1_ > xb ? kSpanWidened : 0));
      pen_ = gate_x1_;
      return;
    }
    flush();
    // the wait is drawn where it starts: a fold's minimum width gives way
    if (out_.size() > first_ && pen_ > xa) {
      DrawSpan& p = out_.back();
      p.x1 = std::max(p.x0, std::min(p.x1, clip(xa)));
    }
    const double x1 = std::max(xb, xa + layout::kGateMinPx);
    DrawSpan& d = emit(i, s.state, s.flags, s.t0, se, xa, x1);
    d.waits = 1;
    d.flags |= kSpanGate | (x1 > xb ? kSpanWidened : 0);
    last_gate_ = true;
    gate_x1_ = x1;
  }

  const trace::Trace& tr_;
  const FoldView& v_;
  const double scale_;
  std::vector<DrawSpan>& out_;
  const size_t first_;  // this row's first span in out_
  double pen_ = -kInf;
  bool last_gate_ = false;  // the last span is a gate wait, ending at gate_x1_
  double gate_x1_ = -kInf;
  Fold fold_;
};

void fold_markers(const trace::Trace& tr, const trace::TaskInfo& ti, const FoldView& v, Folded& out,
                  FoldedRow& fr) {
  const auto& con = tr.console();
  auto it = std::lower_bound(ti.prints.begin(), ti.prints.end(), v.t0,
                             [&](uint32_t line, double t) { return con[line].t < t; });
  for (; it != ti.prints.end() && con[*it].t <= v.t1; ++it) {
    const float x = v.x(con[*it].t);
    if (fr.nmarks && x - out.marks.back().x < layout::kMarkerMergePx) {
      ++out.marks.back().count;
      continue;
    }
    out.marks.push_back(Marker{x, *it, 1});
    ++fr.nmarks;
  }
}

void fold_world(const trace::Trace& tr, const trace::TaskInfo& ti, const FoldView& v, Folded& out, FoldedRow& fr) {
  const auto& api = tr.api();
  auto it = std::lower_bound(ti.api.begin(), ti.api.end(), v.t0, [&](uint32_t i, double t) { return api[i].t < t; });
  for (; it != ti.api.end() && api[*it].t <= v.t1; ++it) {
    WorldMark k;
    if (!world_mark_of(api[*it], k)) continue;
    ++out.stats.world[static_cast<size_t>(k)];
    const float x = v.x(api[*it].t);
    if (fr.nworld && x - out.world.back().x < layout::kMarkerMergePx) {
      WorldMarker& m = out.world.back();
      ++m.count;
      m.kind = std::max(m.kind, k);
      continue;
    }
    out.world.push_back(WorldMarker{x, *it, 1, k});
    ++fr.nworld;
  }
}

}  // namespace

const char* world_mark_name(WorldMark k) {
  switch (k) {
    case WorldMark::TryAttempt: return "tenacity_attempt";
    case WorldMark::CallRaised: return "call_raised";
    case WorldMark::TryRetry: return "tenacity_retry";
    case WorldMark::SdkRetry: return "sdk_retry";
    case WorldMark::Refused: return "refused";
    case WorldMark::GaveUp: return "gave_up";
  }
  return "?";
}

bool world_mark_of(const trace::ApiEvent& e, WorldMark& k) {
  using K = trace::ApiKind;
  switch (e.kind) {
    case K::Reject: k = WorldMark::Refused; return true;
    case K::Retry: k = WorldMark::SdkRetry; return true;
    case K::GiveUp: k = WorldMark::CallRaised; return true;
    case K::TrySleep: k = WorldMark::TryRetry; return true;
    case K::TryAttempt: k = WorldMark::TryAttempt; return e.attempt >= 2;
    case K::TryEnd: k = WorldMark::GaveUp; return trace::tenacity_gave_up(e);
    default: return false;
  }
}

bool is_gate_wait(const trace::Trace& tr, const Segment& s) {
  if (s.state == State::Waiting) return true;
  if (s.state != State::Blocked || s.prim >= tr.prims().size()) return false;
  return tr.prims()[s.prim].kind != trace::PrimKind::Other;
}

void fold_rows(const trace::Trace& tr, const FoldView& v, Folded& out) {
  out.view = v;
  out.spans.clear();
  out.marks.clear();
  out.world.clear();
  out.rows.clear();
  out.stats = FoldStats{};
  if (!(v.t1 > v.t0) || !(v.width > 0)) return;
  const auto& tasks = tr.tasks();
  const double end = tr.end_time();
  const size_t row1 = std::min(v.row1, tasks.size());
  for (size_t r = v.row0; r < row1; ++r) {
    FoldedRow fr;
    fr.span0 = static_cast<uint32_t>(out.spans.size());
    fr.mark0 = static_cast<uint32_t>(out.marks.size());
    fr.world0 = static_cast<uint32_t>(out.world.size());
    const auto id = static_cast<trace::TaskId>(r);
    const auto& segs = tasks[r].segs;
    RowFolder rf(tr, v, out.spans);
    for (size_t i = tr.first_segment_from(id, v.t0); i < segs.size(); ++i) {
      const Segment& s = segs[i];
      if (s.t0 > v.t1) break;
      if (s.state == State::Done) {
        rf.done(static_cast<uint32_t>(i), s);
        break;
      }
      const double se = std::min(s.t1, std::max(end, s.t0));
      if (v.x(se) < -layout::kCullPx) continue;  // ends left of the plot (the run ended there)
      rf.add(static_cast<uint32_t>(i), s, se);
    }
    rf.finish();
    fr.nspans = static_cast<uint32_t>(out.spans.size()) - fr.span0;
    fold_markers(tr, tasks[r], v, out, fr);
    fold_world(tr, tasks[r], v, out, fr);
    out.rows.push_back(fr);
  }
  FoldStats& st = out.stats;
  st.spans = out.spans.size();
  for (const DrawSpan& d : out.spans) {
    st.folds += d.folded();
    if (!(d.flags & kSpanGate)) continue;
    ++st.gate_spans;
    st.gate_waits += d.waits;
    if (d.x0 >= 0 && d.x1 <= v.width && (st.gate_min_px == 0 || d.x1 - d.x0 < st.gate_min_px))
      st.gate_min_px = d.x1 - d.x0;
  }
}

const DrawSpan* span_at(const Folded& f, size_t r, float x, float slop) {
  const FoldedRow* fr = f.row(r);
  if (!fr || !fr->nspans) return nullptr;
  const DrawSpan* b = f.spans.data() + fr->span0;
  const DrawSpan* e = b + fr->nspans;
  const DrawSpan* it = std::lower_bound(b, e, x - slop, [](const DrawSpan& d, float v) { return d.x1 < v; });
  const DrawSpan* near = nullptr;
  for (; it != e && it->x0 <= x + slop; ++it) {
    if (it->x0 <= x && x <= it->x1) return it;
    if (!near) near = it;
  }
  return near;
}

void lane_columns(const trace::PrimInfo& p, bool queue, const FoldView& v, double end,
                  std::vector<uint32_t>& out) {
  out.clear();
  if (!(v.t1 > v.t0) || !(v.width > 0)) return;
  auto value = [queue](const trace::Occupancy& o) { return queue ? o.waiting : o.inside; };
  const auto& occ = p.occ;
  auto it = std::upper_bound(occ.begin(), occ.end(), v.t0,
                             [](double t, const trace::Occupancy& o) { return t < o.t; });
  uint32_t cur = it == occ.begin() ? 0 : value(*(it - 1));
  const size_t n = static_cast<size_t>(std::ceil(v.width));
  for (size_t c = 0; c < n; ++c) {
    if (v.t(static_cast<float>(c)) > end) break;
    const double te = v.t(static_cast<float>(c + 1));
    uint32_t hi = cur;
    for (; it != occ.end() && it->t < te; ++it) {
      cur = value(*it);
      hi = std::max(hi, cur);
    }
    out.push_back(hi);
  }
}

}  // namespace ts::ui
