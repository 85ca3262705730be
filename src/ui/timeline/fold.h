// The timeline's preprocessing, with no ImGui: from a Trace and a view (time
// range, plot width in pixels, rows) it computes what the rows show, in
// pixels from the plot's left edge, so the draw code only paints (as
// Tracy's timeline preprocesses zones before drawing them).
//   - culling: only segments, print markers, world markers (429s, retries)
//     and lane columns in the view;
//   - folding: a run of segments each narrower than layout::kFoldPx becomes
//     one span that counts them and their states (coloured by the state
//     that lasts longest);
//   - gate waits (queued at a Semaphore or Lock, or blocked on a Queue,
//     Event or Condition) are never folded and are at least
//     layout::kGateMinPx wide, so a 1 ms wait still shows in a 100 s view:
//     it is the event a learner came to see.
// Output goes into caller-owned vectors that keep their capacity, so a frame
// allocates nothing once they have grown. Cost: linear in the visible
// segments of the visible rows.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "trace/trace.h"

namespace ts::ui {

struct FoldView {
  double t0 = 0, t1 = 1;        // time at the plot's left and right edges
  float width = 1;              // plot width in pixels
  size_t row0 = 0, row1 = 0;    // rows (task ids) to fold: [row0, row1)
  double scale() const { return width / (t1 - t0); }  // pixels per second
  float x(double t) const { return static_cast<float>((t - t0) * scale()); }
  double t(float x) const { return t0 + x / scale(); }
};

constexpr size_t kStates = static_cast<size_t>(trace::State::Count);

enum SpanFlag : uint8_t {
  kSpanSleeping = 1,  // Inside and sleeping there (trace::kSegSleeping)
  kSpanGate = 2,      // a wait at a gate or queue (never folded, minimum width)
  kSpanWidened = 4,   // drawn wider than its time lasts (a minimum width)
};

// One drawn span of a row: a segment, a fold of narrow ones, or a gate wait
// (which may absorb the narrow segments under its minimum width).
struct DrawSpan {
  float x0, x1;               // pixels from the plot's left edge, clipped near it
  double t0, t1;              // the time it stands for (t1 clipped to the run's end)
  uint32_t seg;               // its first segment (index into TaskInfo::segs)
  uint32_t count;             // segments it stands for (> 1: a fold)
  uint16_t waits;             // of them, gate waits
  uint16_t mix[kStates];      // of them, per state (saturating)
  trace::State state;         // colour: the segment's state, a fold's longest
  uint8_t flags;              // SpanFlag
  bool folded() const { return count > 1; }
};

// print() markers of a row; lines closer than layout::kMarkerMergePx are one.
struct Marker {
  float x;
  uint32_t line;   // console index of its first line
  uint32_t count;  // lines it stands for
};

// The simulated world's events a row's task made that tell a story: a
// request refused (429), the SDK or tenacity sleeping before another attempt,
// tenacity's attempt n >= 2, the client raising (which the script may catch
// or tenacity retry), tenacity giving up. (First attempts are not marked:
// every call has one.) Marks closer than layout::kMarkerMergePx are one, of
// the kind that tells most (the enum's order, last most): a client's raise
// that tenacity retries at the same instant shows as the retry.
enum class WorldMark : uint8_t { TryAttempt, CallRaised, SdkRetry, TryRetry, Refused, GaveUp };
constexpr size_t kWorldMarks = 6;
// "tenacity_attempt", "call_raised", "sdk_retry", "tenacity_retry", "refused", "gave_up"
const char* world_mark_name(WorldMark k);
// The mark an API event makes, if any.
bool world_mark_of(const trace::ApiEvent& e, WorldMark& k);

struct WorldMarker {
  float x;
  uint32_t api;    // index into api() of its first event
  uint32_t count;  // events it stands for
  WorldMark kind;
};

struct FoldedRow {
  uint32_t span0 = 0, nspans = 0, mark0 = 0, nmarks = 0, world0 = 0, nworld = 0;
};

struct FoldStats {
  size_t spans = 0, folds = 0;  // drawn spans; of them folds
  size_t gate_spans = 0;        // spans that show gate waits
  size_t gate_waits = 0;        // gate-wait segments they stand for
  float gate_min_px = 0;        // the narrowest gate span (0: none)
  size_t world[kWorldMarks] = {};  // world events marked, by WorldMark (merged ones counted)
};

struct Folded {
  FoldView view;
  std::vector<DrawSpan> spans;  // row by row, each row's in x order, not overlapping
  std::vector<Marker> marks;
  std::vector<WorldMarker> world;
  std::vector<FoldedRow> rows;  // rows[r - view.row0]
  FoldStats stats;
  const FoldedRow* row(size_t r) const {
    return r >= view.row0 && r - view.row0 < rows.size() ? &rows[r - view.row0] : nullptr;
  }
};

// A wait at a gate or queue: what fold keeps visible.
bool is_gate_wait(const trace::Trace& tr, const trace::Segment& s);

// Recomputes `out` for `view` (rows past the trace's tasks are ignored).
void fold_rows(const trace::Trace& tr, const FoldView& view, Folded& out);

// The span of row `r` under pixel x (with `slop` pixels of tolerance), or null.
const DrawSpan* span_at(const Folded& f, size_t r, float x, float slop = 1.0f);

// A gate occupancy lane: per pixel column of the view, the most tasks inside
// (or, with `queue`, waiting) at any time in that column; `out` ends at the
// run's end.
void lane_columns(const trace::PrimInfo& p, bool queue, const FoldView& view, double end,
                  std::vector<uint32_t>& out);

}  // namespace ts::ui
