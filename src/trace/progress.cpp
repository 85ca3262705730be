// Progress bars in the trace: what tqdm reports (modules/python/tqdm/std.py,
// progress.* events) and each bar's count over the run, which the page draws
// as a bar at the cursor and as a chart.
#include <algorithm>

#include "trace/trace.h"

namespace ts::trace {

const char* progress_kind_name(ProgressKind k) {
  switch (k) {
    case ProgressKind::Open: return "open";
    case ProgressKind::Count: return "count";
    case ProgressKind::Close: return "close";
  }
  return "?";
}

const ProgressBar::Point* ProgressBar::at(double t) const {
  auto it = std::upper_bound(points.begin(), points.end(), t, [](double v, const Point& p) { return v < p.t; });
  return it == points.begin() ? nullptr : &*(it - 1);
}

namespace {
// Bar `id` in `bars` (const or not), or null: bars are few, and the last
// opened is the one usually asked for.
template <class Bars>
auto* bar_in(Bars& bars, int64_t id) {
  auto it = std::find_if(bars.rbegin(), bars.rend(), [&](const ProgressBar& b) { return b.id == id; });
  return it == bars.rend() ? nullptr : &*it;
}
}  // namespace

const ProgressBar* Trace::bar(int64_t id) const { return bar_in(bars_, id); }

void Trace::progress_event(double t, TaskId task, ProgressEvent e) {
  e.t = t;
  e.task = task;
  ProgressBar* bar = bar_in(bars_, e.id);
  if (e.kind == ProgressKind::Open || !bar) {
    if (e.kind != ProgressKind::Open) return;  // a count for a bar never opened: nothing to draw it on
    ProgressBar b;
    b.id = e.id;
    b.desc = e.desc;
    b.unit = e.unit;
    b.task = task;
    b.opened = t;
    b.points.push_back({t, e.n, e.total < 0 ? -1.0 : e.total});
    bars_.push_back(std::move(b));
  } else {
    ProgressBar& b = *bar;
    const ProgressBar::Point pt{t, e.n, e.total > -2 ? e.total : b.points.back().total};
    if (b.points.back().t == t) b.points.back() = pt;  // one point an instant: its last count
    else b.points.push_back(pt);
    if (e.kind == ProgressKind::Close) b.closed = t;
    // a tight loop counts many times in one instant: its event is the last count too
    if (e.kind == ProgressKind::Count && !events_.empty() && events_.back().ev() == EvKind::Progress &&
        events_.back().t == t && progress_.back().id == e.id && progress_.back().kind == ProgressKind::Count) {
      progress_.back().n = e.n;
      if (e.total > -2) progress_.back().total = e.total;
      return;
    }
  }
  push(t, task, static_cast<uint32_t>(progress_.size()), EvKind::Progress);
  progress_.push_back(std::move(e));
}

}  // namespace ts::trace
