#include "app/sweep.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "script/front/parser.h"
#include "trace/stats.h"

namespace ts::app {

namespace {

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string short_number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

// A count, or a mean of counts over seeds: "47", "47.3".
std::string count_text(double v) { return v == std::floor(v) ? short_number(v) : fixed(v, 1); }

std::string pad_left(const std::string& s, size_t w) { return s.size() >= w ? s : std::string(w - s.size(), ' ') + s; }

// The one sentence of Little's law for a bound.
std::string reason_of(const Bound& b) {
  if (!b.known)
    return "No rate-limited service was called, so Little's law gives no bound here: this value was simply the "
           "fastest within the budget.";
  char buf[320];
  if (b.limit == "rpm" || b.limit == "tpm") {
    std::snprintf(buf, sizeof buf,
                  "%s (%.3g requests/s) at %.2f s mean latency caps useful concurrency near %.0f; beyond it you only "
                  "buy 429s and retries.",
                  b.limit_text.c_str(), b.rate, b.latency, b.concurrency);
  } else if (b.limit == "max_concurrency") {
    std::snprintf(buf, sizeof buf,
                  "%s's %s caps useful concurrency at %.0f; beyond it you only buy 429s and retries.",
                  b.service.c_str(), b.limit_text.c_str(), b.concurrency);
  } else {
    std::snprintf(buf, sizeof buf,
                  "Past %s %s slows down, so useful concurrency stays near %.0f; beyond it you only buy latency and "
                  "timeouts.",
                  b.limit_text.c_str(), b.service.c_str(), b.concurrency);
  }
  return buf;
}

}  // namespace

bool parse_param(const std::string& text, const std::string& source, SweepSpec& spec, std::string& err) {
  size_t eq = text.find('=');
  std::string name = text.substr(0, eq);
  if (name.empty()) {
    err = "--param needs NAME=LO..HI[:STEP], not '" + text + "'";
    return false;
  }
  Range r;
  bool has_range = eq != std::string::npos;
  if (has_range && !parse_range(text.substr(eq + 1), r, err)) {
    err = "--param " + name + ": " + err;
    return false;
  }
  spec.param = name;
  if (name == "seed") {
    if (!has_range) {
      err = "--param seed needs a range of seeds: seed=0..9";
      return false;
    }
    spec.lo = r.lo;
    spec.hi = r.hi;
    spec.step = r.has_step ? r.step : 1;
    return true;
  }
  Constants cs = find_constants(source);
  const Slider* s = cs.find(name, err);
  if (!s) return false;
  if (!has_range) {
    if (!s->annotated) {
      err = name + " has no '# slider:' comment: give its range, --param " + name + "=LO..HI[:STEP]";
      return false;
    }
    spec.lo = s->lo;
    spec.hi = s->hi;
    spec.step = s->step;
    return true;
  }
  spec.lo = r.lo;
  spec.hi = r.hi;
  spec.step = r.has_step ? r.step : s->is_int ? 1 : s->annotated ? s->step : (r.hi - r.lo) / 10;
  return true;
}

bool Sweep::init(std::string source, std::string filename, SweepSpec spec, std::string& err,
                 const vm::RunOptions& base) {
  source_ = std::move(source);
  filename_ = std::move(filename);
  spec_ = std::move(spec);
  base_ = base;
  rows_.clear();
  values_.clear();
  done_ = 0;
  // A script that does not parse would fail every run the same way.
  ast::Module module;
  ast::SyntaxError syntax;
  if (!ts::parse(source_, module, syntax)) {
    err = filename_ + ":" + std::to_string(syntax.pos.line) + ":" + std::to_string(syntax.pos.col) + ": " +
          syntax.message;
    return false;
  }
  const std::string& p = spec_.param;
  param_ = Slider{};
  if (p == "seed") {
    is_int_ = true;
    seeds_ = 1;
  } else {
    Constants cs = find_constants(source_);
    const Slider* s = cs.find(p, err);
    if (!s) return false;
    is_int_ = s->is_int;
    param_ = *s;
    seeds_ = spec_.seeds;
  }
  if (seeds_ < 1) {
    err = "--seeds must be at least 1";
    return false;
  }
  if (!(spec_.lo <= spec_.hi) || !(spec_.step > 0) || !std::isfinite(spec_.hi - spec_.lo)) {
    err = "the range of " + p + " is empty (" + short_number(spec_.lo) + ".." + short_number(spec_.hi) + ":" +
          short_number(spec_.step) + ")";
    return false;
  }
  auto whole = [](double v) { return v == std::floor(v); };
  if (is_int_ && !(whole(spec_.lo) && whole(spec_.hi) && whole(spec_.step))) {
    err = p + " is an int, so its range and step must be integers";
    return false;
  }
  double count = std::floor((spec_.hi - spec_.lo) / spec_.step + 1e-9) + 1;
  if (count * seeds_ > static_cast<double>(kMaxSweepRuns)) {
    err = "the sweep would make " + short_number(count * seeds_) + " runs; at most " + std::to_string(kMaxSweepRuns);
    return false;
  }
  for (size_t k = 0; k < static_cast<size_t>(count); ++k) {
    // lo + k * step, without the drift of repeated addition, and printed
    // back as the short number it means (0.1 * 3 -> 0.3)
    double v = spec_.lo + static_cast<double>(k) * spec_.step;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.12g", v);
    values_.push_back(std::strtod(buf, nullptr));
  }
  // The parameter's own value wins over a fixed one of the same name.
  auto& f = spec_.fixed;
  f.erase(std::remove_if(f.begin(), f.end(), [&](const Override& o) { return o.name == p; }), f.end());
  std::string rewritten;
  if (!apply_overrides(source_, spec_for(values_[0], spec_.first_seed).set, rewritten, err)) return false;
  return true;
}

PointSpec Sweep::spec_for(double value, int64_t seed) const {
  PointSpec ps;
  ps.set = spec_.fixed;
  ps.seed = seed;
  if (spec_.param == "seed") ps.seed = static_cast<int64_t>(value);
  else ps.set.push_back({spec_.param, value});
  return ps;
}

PointSpec Sweep::point_spec(size_t row, size_t run) const {
  return spec_for(values_.at(row), spec_.first_seed + static_cast<int64_t>(run));
}

std::string Sweep::point_source(const PointSpec& p) const {
  std::string out, err;
  apply_overrides(source_, p.set, out, err);  // checked by init
  return out;
}

void Sweep::next_point() {
  if (done()) return;
  size_t row = done_ / static_cast<size_t>(seeds_), run = done_ % static_cast<size_t>(seeds_);
  if (run == 0) {
    rows_.emplace_back();
    rows_.back().value = values_[row];
  }
  SweepRow& r = rows_.back();
  r.runs.push_back(run_point(source_, filename_, point_spec(row, run), base_));
  aggregate(r);
  ++done_;
}

void Sweep::run_all() {
  while (!done()) next_point();
}

void Sweep::aggregate(SweepRow& row) const {
  const size_t n = row.runs.size();
  for (size_t k = 0; k < kMetricCount; ++k) {
    double Metrics::*f = kMetrics[k].field;
    double sum = 0, lo = row.runs[0].m.*f, hi = lo;
    for (const Point& p : row.runs) {
      sum += p.m.*f;
      lo = std::min(lo, p.m.*f);
      hi = std::max(hi, p.m.*f);
    }
    row.mean.*f = sum / static_cast<double>(n);
    row.min.*f = lo;
    row.max.*f = hi;
  }
  row.feasible = true;
  for (const Point& p : row.runs) row.feasible = row.feasible && p.exit_code == 0 && p.m.failed <= spec_.budget;
  row.bound = row.runs[0].bound;
  double latency = 0, concurrency = 0;
  for (const Point& p : row.runs) {
    latency += p.bound.latency;
    concurrency += p.bound.concurrency;
  }
  row.bound.latency = latency / static_cast<double>(n);
  row.bound.concurrency = concurrency / static_cast<double>(n);
}

std::string Sweep::value_text(double v) const {
  if (!param_.choices.empty()) return param_.value_name(v);
  return is_int_ ? format_value(v, true) : short_number(v);
}

namespace {
std::string memory_text(double kb) { return trace::bytes_text(kb * 1000); }
}  // namespace

// Strategies: the fastest within the budget, each other one's time and
// memory beside it.
Recommendation Sweep::recommend_choice(Recommendation r, size_t best) const {
  const SweepRow& b = rows_[best];
  const double within = b.mean.time * 1.10;
  std::string close;
  for (size_t i = 0; i < rows_.size(); ++i)
    if (i != best && rows_[i].feasible && rows_[i].mean.time <= within)
      close += (close.empty() ? "" : ", ") + value_text(rows_[i].value);
  r.summary = r.param + " = " + value_text(r.value) + ": " + fixed(b.mean.time, 2) + " s, " +
              count_text(b.mean.failed) + " failed calls (budget " + short_number(spec_.budget) + "), " +
              memory_text(b.mean.memory_kb) + " at its peak";
  r.summary += close.empty() ? "; no other choice is within 10% of that time" : "; within 10% of that time: " + close;
  r.reason = value_text(r.value) + " was the fastest within the budget (" + fixed(b.mean.time, 2) + " s, " +
             memory_text(b.mean.memory_kb) + " at its peak)";
  std::string others;
  for (size_t i = 0; i < rows_.size(); ++i) {
    if (i == best) continue;
    const SweepRow& o = rows_[i];
    others += (others.empty() ? "" : "; ") + value_text(o.value) + " took " + fixed(o.mean.time, 2) + " s with " +
              memory_text(o.mean.memory_kb);
    if (!o.feasible) others += o.mean.ok < 1 ? " and did not end well" : " and " + count_text(o.mean.failed) + " failed calls";
  }
  r.reason += others.empty() ? "." : "; " + others + ".";
  return r;
}

Recommendation Sweep::recommend() const {
  Recommendation r;
  r.param = spec_.param;
  r.is_int = is_int_;
  const std::string budget = short_number(spec_.budget) + (spec_.budget == 1 ? " failed call" : " failed calls");
  size_t best = rows_.size();
  for (size_t i = 0; i < rows_.size(); ++i)
    if (rows_[i].feasible && (best == rows_.size() || rows_[i].mean.time < rows_[best].mean.time)) best = i;
  if (best == rows_.size()) {
    size_t fewest = 0;
    for (size_t i = 0; i < rows_.size(); ++i)
      if (rows_[i].mean.failed < rows_[fewest].mean.failed) fewest = i;
    r.summary = "no value of " + r.param + " stayed within the budget of " + budget +
                " (every run must also end normally)";
    if (!rows_.empty()) {
      r.summary += "; the fewest failures: " + r.param + " = " + value_text(rows_[fewest].value) + " with " +
                   count_text(rows_[fewest].mean.failed);
      r.bound = rows_[fewest].bound;
      r.reason = reason_of(r.bound);
    }
    return r;
  }
  const SweepRow& b = rows_[best];
  r.found = true;
  r.row = best;
  r.value = b.value;
  r.at = b.mean;
  r.bound = b.bound;
  if (!param_.choices.empty()) return recommend_choice(r, best);
  const double within = b.mean.time * 1.10;
  size_t lo = best, hi = best;
  while (lo > 0 && rows_[lo - 1].feasible && rows_[lo - 1].mean.time <= within) --lo;
  while (hi + 1 < rows_.size() && rows_[hi + 1].feasible && rows_[hi + 1].mean.time <= within) ++hi;
  r.margin_lo = rows_[lo].value;
  r.margin_hi = rows_[hi].value;
  r.summary = r.param + " = " + value_text(r.value) + ": " + fixed(b.mean.time, 2) + " s, " +
              count_text(b.mean.failed) + " failed calls (budget " + short_number(spec_.budget) + ")";
  r.summary += lo == hi ? "; no other value is within 10% of that time"
                        : "; within 10% of that time: " + value_text(r.margin_lo) + ".." + value_text(r.margin_hi);
  r.reason = reason_of(r.bound);
  return r;
}

std::string Sweep::recommendation_text(const Recommendation& r) {
  std::string s = (r.found ? "recommendation: " : "no recommendation: ") + r.summary + "\n";
  if (!r.reason.empty()) s += "why: " + r.reason + "\n";
  return s;
}

std::string Sweep::csv() const {
  const bool spread = seeds_ > 1;
  std::string out = spec_.param + ",runs,feasible";
  for (size_t k = 0; k < kMetricCount; ++k) {
    out += std::string(",") + kMetrics[k].key;
    if (spread) out += std::string(",") + kMetrics[k].key + "_min," + kMetrics[k].key + "_max";
  }
  out += ",bound_concurrency,bound_limit\n";
  for (const SweepRow& row : rows_) {
    out += value_text(row.value) + "," + std::to_string(row.runs.size()) + "," + (row.feasible ? "1" : "0");
    for (size_t k = 0; k < kMetricCount; ++k) {
      double Metrics::*f = kMetrics[k].field;
      out += "," + short_number(row.mean.*f);
      if (spread) out += "," + short_number(row.min.*f) + "," + short_number(row.max.*f);
    }
    out += "," + (row.bound.known ? short_number(row.bound.concurrency) : std::string()) + "," + row.bound.limit + "\n";
  }
  return out;
}

std::string Sweep::text() const {
  // The columns a person compares; csv() has them all.
  static const std::vector<const char*> kRange = {"time",    "ok",      "failed",         "rate_limited", "retries", "lat_p50",
                                                 "lat_p95", "peak_in_flight", "peak_tasks", "requests",     "tokens"};
  // strategies differ in what they hold alive as much as in time
  static const std::vector<const char*> kChoice = {"time", "ok", "failed", "rate_limited", "retries", "peak_in_flight",
                                                  "peak_tasks", "peak_threads", "peak_processes", "memory_kb"};
  const std::vector<const char*>& kShown = param_.choices.empty() ? kRange : kChoice;
  const bool spread = seeds_ > 1;
  std::vector<std::vector<std::string>> cells;
  std::vector<std::string> head{spec_.param};
  for (const char* key : kShown)
    for (size_t k = 0; k < kMetricCount; ++k)
      if (std::string(kMetrics[k].key) == key) head.push_back(kMetrics[k].label);
  head.push_back("bound");
  cells.push_back(head);
  for (const SweepRow& row : rows_) {
    std::vector<std::string> line{value_text(row.value)};
    for (const char* key : kShown)
      for (size_t k = 0; k < kMetricCount; ++k) {
        const MetricField& m = kMetrics[k];
        if (std::string(m.key) != key) continue;
        int d = spread && m.decimals == 0 ? 1 : m.decimals;
        std::string cell = fixed(row.mean.*m.field, d);
        if (spread && (m.field == &Metrics::time || m.field == &Metrics::failed))
          cell += " [" + fixed(row.min.*m.field, m.decimals) + ".." + fixed(row.max.*m.field, m.decimals) + "]";
        line.push_back(cell);
      }
    line.push_back(row.bound.known ? fixed(row.bound.concurrency, 1) : "-");
    cells.push_back(line);
  }
  std::vector<size_t> width(head.size(), 0);
  for (const auto& line : cells)
    for (size_t c = 0; c < line.size(); ++c) width[c] = std::max(width[c], line[c].size());
  std::string out;
  for (const auto& line : cells) {
    for (size_t c = 0; c < line.size(); ++c) out += (c ? "  " : "") + pad_left(line[c], width[c]);
    out += "\n";
  }
  return out + recommendation_text(recommend());
}

}  // namespace ts::app
