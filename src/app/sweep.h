// A sweep: one parameter over a range of values, each value run over one or
// more seeds (app::run_point), the table of their metrics, and the
// recommended value.
//
// The parameter is a top-level number constant of the script (a slider or
// any other, sliders.h) or `seed`, the run's seed. Runs go value by value,
// seeds inside, one run per next_point(), so the page can run a sweep a
// point at a time between frames and show the rows as they fill in.
//
// Recommendation: among the values whose every run ended normally with at
// most `budget` failed calls (Metrics::failed), the one with the least mean
// time (a tie goes to the smaller value); its margin is the run of
// neighbouring such values whose mean time is within 10% of it. The reason is
// Little's law on the main service's binding limit at that value
// (point.h's Bound). A "# choice:" parameter (strategies) has no range to
// be near: its margin is every choice within 10% of the best time, and the
// reason compares their times and memory.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "app/point.h"

namespace ts::app {

struct SweepSpec {
  std::string param;            // a constant's name, or "seed"
  double lo = 0, hi = 0, step = 1;
  int seeds = 1;                // runs per value, with seeds first_seed, first_seed + 1, ... (1 when param is seed)
  int64_t first_seed = 0;
  double budget = 0;            // failed calls a run may have and still count
  std::vector<Override> fixed;  // other constants set for every run (slider values of a link)
};

constexpr size_t kMaxSweepRuns = 2000;

// "NAME=LO..HI[:STEP]" or "NAME" (a slider's own range) into spec's param
// and range, checked against the script; false with err.
bool parse_param(const std::string& text, const std::string& source, SweepSpec& spec, std::string& err);

struct SweepRow {
  double value = 0;
  std::vector<Point> runs;  // one per seed, as far as the sweep got
  Metrics mean, min, max;   // over runs
  Bound bound;              // from the first run, its latency the mean over runs
  bool feasible = false;    // every run ok and within the failure budget
};

struct Recommendation {
  bool found = false;
  std::string param;
  double value = 0;
  bool is_int = true;
  size_t row = 0;                       // index into table()
  Metrics at;                           // the mean metrics at value
  double margin_lo = 0, margin_hi = 0;  // the neighbouring values within 10% of its time
  Bound bound;
  std::string summary;  // "CONCURRENCY = 11: 12.44 s, 0 failed calls; within 10%: 10..11"
  std::string reason;   // one sentence from Little's law naming the binding limit
};

class Sweep {
 public:
  // False with err when the script does not parse, the parameter is not in
  // it, the range is empty or too large, or a fixed override does not apply.
  bool init(std::string source, std::string filename, SweepSpec spec, std::string& err,
            const vm::RunOptions& base = {});
  const SweepSpec& spec() const { return spec_; }
  bool param_is_int() const { return is_int_; }
  // The parameter's "# choice:" names (empty for a number): its values are
  // strategies, compared side by side rather than along a range.
  const std::vector<std::string>& choices() const { return param_.choices; }
  // A value as tables print it: its choice's name, or the number.
  std::string value_text(double v) const;
  const std::vector<double>& values() const { return values_; }
  size_t total_runs() const { return values_.size() * static_cast<size_t>(seeds_); }
  size_t runs_done() const { return done_; }
  bool done() const { return done_ >= total_runs(); }
  // Runs the next (value, seed); nothing once done.
  void next_point();
  void run_all();
  // The rows with at least one run, in value order.
  const std::vector<SweepRow>& table() const { return rows_; }
  Recommendation recommend() const;
  // What run k of row i ran, to open it as a normal run: the constants to
  // set and the seed (point_source: the rewritten script).
  PointSpec point_spec(size_t row, size_t run) const;
  std::string point_source(const PointSpec& p) const;

  // The table as CSV (one line per value; min/max columns with several
  // seeds) and as aligned text, the recommendation and its reason after it.
  std::string csv() const;
  std::string text() const;
  static std::string recommendation_text(const Recommendation& r);

 private:
  PointSpec spec_for(double value, int64_t seed) const;
  void aggregate(SweepRow& row) const;
  Recommendation recommend_choice(Recommendation r, size_t best) const;

  std::string source_, filename_;
  SweepSpec spec_;
  vm::RunOptions base_;
  bool is_int_ = true;
  Slider param_;  // the swept constant as the script has it (empty for seed)
  int seeds_ = 1;
  std::vector<double> values_;
  std::vector<SweepRow> rows_;
  size_t done_ = 0;
};

}  // namespace ts::app
