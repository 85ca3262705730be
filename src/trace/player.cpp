#include "trace/player.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "trace/replay.h"

namespace ts::trace {

void Player::update(double real_dt) {
  if (!playing_ || !trace_) return;
  if (!(real_dt > 0)) return;
  applied_ = kAll;
  cursor_ += real_dt * speed_;
  if (cursor_ >= end()) {
    cursor_ = end();
    playing_ = false;
  }
}

void Player::play() {
  if (at_end()) cursor_ = 0;
  playing_ = true;
  applied_ = kAll;
}

void Player::seek(double t) {
  if (!(t >= 0)) t = 0;  // also NaN
  cursor_ = std::min(t, end());
  applied_ = kAll;
}

void Player::step() {
  playing_ = false;
  applied_ = kAll;
  if (trace_) cursor_ = std::min(trace_->next_event_time(cursor_), end());
}

void Player::step_back() {
  playing_ = false;
  applied_ = kAll;
  if (trace_) cursor_ = trace_->prev_event_time(cursor_);
}

namespace {
// First event index with time > t (events are in nondecreasing time).
size_t upper(const Trace& tr, double t) {
  const auto& ev = tr.events();
  return static_cast<size_t>(
      std::upper_bound(ev.begin(), ev.end(), t, [](double v, const Event& e) { return v < e.t; }) - ev.begin());
}
size_t lower(const Trace& tr, double t) {
  const auto& ev = tr.events();
  return static_cast<size_t>(
      std::lower_bound(ev.begin(), ev.end(), t, [](const Event& e, double v) { return e.t < v; }) - ev.begin());
}
}  // namespace

void Player::step_event() {
  playing_ = false;
  if (!trace_) return;
  const size_t n = trace_->events().size();
  // from outside an instant: the cursor's instant from its first event
  size_t i = in_instant() ? applied_ : lower(*trace_, cursor_);
  while (i < n && !is_step_event(*trace_, i)) ++i;
  if (i >= n) {
    to_end();
    return;
  }
  cursor_ = trace_->events()[i].t;
  applied_ = i + 1;
}

void Player::step_event_back() {
  playing_ = false;
  if (!trace_) return;
  // the cursor's event: the last one applied
  size_t cur = in_instant() ? applied_ : upper(*trace_, cursor_);
  size_t e = cur;
  while (e > 0 && !is_step_event(*trace_, e - 1)) --e;  // e - 1 is the current event
  if (e == 0) return;
  size_t p = e - 1;
  while (p > 0 && !is_step_event(*trace_, p - 1)) --p;  // p - 1 is the one before
  if (p == 0) {  // before the first event: nothing has happened yet
    cursor_ = 0;
    applied_ = 0;
    return;
  }
  cursor_ = trace_->events()[p - 1].t;
  applied_ = p;
}

const Trace& Player::shown() const {
  if (!in_instant() || !trace_) return trace_ ? *trace_ : prefix_;
  if (prefix_n_ != applied_ || prefix_of_ != trace_) {
    prefix_ = prefix(*trace_, applied_);
    prefix_n_ = applied_;
    prefix_of_ = trace_;
  }
  return prefix_;
}

size_t Player::events_in_instant() const {
  if (!in_instant() || !trace_) return 0;
  size_t k = 0;
  for (size_t i = lower(*trace_, cursor_), hi = upper(*trace_, cursor_); i < hi; ++i) k += is_step_event(*trace_, i);
  return k;
}

size_t Player::events_shown() const {
  if (!trace_) return 0;
  return in_instant() ? applied_ : upper(*trace_, cursor_);
}

size_t Player::event_number() const {
  if (!in_instant() || !trace_) return 0;
  size_t k = 0;
  for (size_t i = lower(*trace_, cursor_); i < applied_; ++i) k += is_step_event(*trace_, i);
  return k;
}

std::string Player::event_text() const {
  if (!in_instant() || !trace_ || applied_ == 0) return {};
  return describe_event(*trace_, applied_ - 1);
}

void Player::set_speed(double s) {
  if (!(s > 0)) return;
  speed_ = std::clamp(s, kMinSpeed, kMaxSpeed);
}

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}
bool parse_double(std::string_view s, double* out) {
  std::string tmp(trim(s));
  if (tmp.empty()) return false;
  char* end = nullptr;
  double v = std::strtod(tmp.c_str(), &end);
  if (end != tmp.c_str() + tmp.size()) return false;
  *out = v;
  return true;
}
}  // namespace

bool Player::command(std::string_view cmd, std::string* err) {
  cmd = trim(cmd);
  std::string_view word = cmd.substr(0, cmd.find(' '));
  std::string_view arg = word.size() < cmd.size() ? cmd.substr(word.size() + 1) : std::string_view{};
  double v = 0;
  if (word == "play") play();
  else if (word == "pause") pause();
  else if (word == "toggle") toggle();
  else if (word == "restart") restart();
  else if (word == "step") step();
  else if (word == "back") step_back();
  else if (word == "step_event") step_event();
  else if (word == "back_event") step_event_back();
  else if (word == "run_to_end" || word == "end") to_end();
  else if (word == "seek" && parse_double(arg, &v)) { pause(); seek(v); }
  else if (word == "speed" && parse_double(arg, &v) && v > 0) set_speed(v);
  else {
    if (err) *err = "unknown command: " + std::string(cmd);
    return false;
  }
  return true;
}

std::string json_quote(std::string_view s) {
  std::string o;
  o.reserve(s.size() + 2);
  o += '"';
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': o += "\\\""; break;
      case '\\': o += "\\\\"; break;
      case '\n': o += "\\n"; break;
      case '\r': o += "\\r"; break;
      case '\t': o += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          o += buf;
        } else {
          o += ch;
        }
    }
  }
  o += '"';
  return o;
}

std::string json_number(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[32];
  if (v == std::floor(v) && std::fabs(v) < 1e15) {  // 10, not 1e+01
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
  }
  for (int prec = 1; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

std::string Player::state_json() const {
  std::string o = "{";
  const double t = cursor_;
  const Trace* const tr = trace_ ? &shown() : nullptr;  // inside an instant: up to its event
  o += "\"time\":" + json_number(t);
  o += ",\"event\":" + std::to_string(event_number());
  o += ",\"events_at_t\":" + std::to_string(events_in_instant());
  o += ",\"event_text\":" + json_quote(event_text());
  o += ",\"end\":" + json_number(end());
  bool done = tr && tr->finished() && at_end() && tr->all_done_at(t);
  o += std::string(",\"done\":") + (done ? "true" : "false");
  o += std::string(",\"playing\":") + (playing_ ? "true" : "false");
  o += ",\"speed\":" + json_number(speed_);
  o += ",\"tasks\":[";
  if (tr) {
    const auto& ts = tr->tasks();
    bool first = true;
    for (TaskId i = 0; i < ts.size(); ++i) {
      State s = tr->state_at(i, t);
      if (s == State::Pending) continue;
      if (!first) o += ',';
      first = false;
      o += "{\"name\":" + json_quote(ts[i].name) + ",\"state\":\"" + state_name(s) + "\"";
      if (s == State::Done && ts[i].how != DoneHow::Ok)
        o += std::string(",\"how\":\"") + done_how_name(ts[i].how) + "\"";
      if (ts[i].kind != TaskKind::Task) o += std::string(",\"kind\":\"") + task_kind_name(ts[i].kind) + "\"";
      else if (!ts[i].detail.empty()) o += ",\"coro\":" + json_quote(ts[i].detail);
      o += "}";
    }
  }
  o += "]";
  uint32_t max_inside = 0;
  o += ",\"gates\":[";
  if (tr) {
    const auto& ps = tr->prims();
    bool first = true;
    for (PrimId p = 0; p < ps.size(); ++p) {
      if (ps[p].kind != PrimKind::Semaphore && ps[p].kind != PrimKind::Lock) continue;
      GateSnapshot g = tr->gate_at(p, t);
      max_inside = std::max(max_inside, g.max_inside);
      if (!first) o += ',';
      first = false;
      o += "{\"name\":" + json_quote(ps[p].name) + ",\"capacity\":" + std::to_string(ps[p].capacity);
      o += ",\"inside\":[";
      bool f2 = true;
      for (TaskId id : g.slots) {
        if (id == kNone) continue;
        if (!f2) o += ',';
        f2 = false;
        o += json_quote(tr->tasks()[id].name);
      }
      o += "],\"queue\":[";
      f2 = true;
      for (TaskId id : g.queue) {
        if (!f2) o += ',';
        f2 = false;
        o += json_quote(tr->tasks()[id].name);
      }
      o += "],\"max_inside\":" + std::to_string(g.max_inside) + "}";
    }
  }
  o += "],\"max_inside\":" + std::to_string(max_inside);
  // queues: {name, maxsize, items, getters, putters, joiners}
  o += ",\"queues\":[";
  if (tr) {
    auto names = [&](const std::vector<TaskId>& ids) {
      std::string a = "[";
      for (size_t k = 0; k < ids.size(); ++k) a += (k ? "," : "") + json_quote(tr->tasks()[ids[k]].name);
      return a + "]";
    };
    bool first = true;
    for (PrimId p = 0; p < tr->prims().size(); ++p) {
      if (tr->prims()[p].kind != PrimKind::Queue) continue;
      const QueueSnapshot q = tr->queue_at(p, t);
      o += std::string(first ? "" : ",") + "{\"name\":" + json_quote(tr->prims()[p].name) +
           ",\"maxsize\":" + std::to_string(tr->prims()[p].capacity) + ",\"items\":" + std::to_string(q.items) +
           ",\"getters\":" + names(q.getters) + ",\"putters\":" + names(q.putters) +
           ",\"joiners\":" + names(q.joiners) + "}";
      first = false;
    }
  }
  o += "]";
  // progress bars open by t: {desc, n, total (null: unknown), closed}
  o += ",\"progress\":[";
  if (tr) {
    bool first = true;
    for (const ProgressBar& b : tr->bars()) {
      const ProgressBar::Point* p = b.at(t);
      if (!p) continue;
      o += std::string(first ? "" : ",") + "{\"desc\":" + json_quote(b.desc) + ",\"n\":" + json_number(p->n) +
           ",\"total\":" + (p->total < 0 ? std::string("null") : json_number(p->total)) +
           ",\"closed\":" + (b.closed_by(t) ? "true" : "false") + "}";
      first = false;
    }
  }
  o += "]";
  o += ",\"console\":[";
  size_t n = tr ? tr->console_count_at(t) : 0;
  for (size_t i = 0; i < n; ++i) {
    if (i) o += ',';
    o += json_quote(tr->console()[i].text);
  }
  o += "],\"console_t\":[";
  for (size_t i = 0; i < n; ++i) {
    if (i) o += ',';
    o += json_number(tr->console()[i].t);
  }
  o += "]";
  if (tr && !tr->api().empty()) {
    const ApiCounts c = tr->api_counts_at(t);
    o += ",\"api\":{\"in_flight\":" + std::to_string(c.in_flight) + ",\"requests\":" + std::to_string(c.requests) +
         ",\"accepted\":" + std::to_string(c.accepted) + ",\"rejected\":" + std::to_string(c.rejected) +
         ",\"rate_limited\":" + std::to_string(c.rate_limited) + ",\"answered\":" + std::to_string(c.answered) +
         ",\"server_errors\":" + std::to_string(c.server_errors) + ",\"failed\":" + std::to_string(c.failed) +
         ",\"attempts\":" + std::to_string(c.attempts) + ",\"retries\":" + std::to_string(c.retries) +
         ",\"max_in_flight\":" + std::to_string(c.max_in_flight) + ",\"tries\":" + std::to_string(c.tries) +
         ",\"try_sleeps\":" + std::to_string(c.try_sleeps) + ",\"try_gave_up\":" + std::to_string(c.try_gave_up) +
         "}";
  }
  if (tr && tr->finished() && !tr->outcome().empty())
    o += ",\"outcome\":" + json_quote(tr->outcome());
  o += "}";
  return o;
}

}  // namespace ts::trace
