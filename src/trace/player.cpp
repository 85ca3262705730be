#include "trace/player.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace ts::trace {

void Player::update(double real_dt) {
  if (!playing_ || !trace_) return;
  if (!(real_dt > 0)) return;
  cursor_ += real_dt * speed_;
  if (cursor_ >= end()) {
    cursor_ = end();
    playing_ = false;
  }
}

void Player::play() {
  if (at_end()) cursor_ = 0;
  playing_ = true;
}

void Player::seek(double t) {
  if (!(t >= 0)) t = 0;  // also NaN
  cursor_ = std::min(t, end());
}

void Player::step() {
  playing_ = false;
  if (trace_) cursor_ = std::min(trace_->next_event_time(cursor_), end());
}

void Player::step_back() {
  playing_ = false;
  if (trace_) cursor_ = trace_->prev_event_time(cursor_);
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
  for (int prec = 1; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*g", prec, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

std::string Player::state_json() const {
  std::string o = "{";
  const double t = cursor_;
  o += "\"time\":" + json_number(t);
  o += ",\"end\":" + json_number(end());
  bool done = trace_ && trace_->finished() && at_end() && trace_->all_done_at(t);
  o += std::string(",\"done\":") + (done ? "true" : "false");
  o += std::string(",\"playing\":") + (playing_ ? "true" : "false");
  o += ",\"speed\":" + json_number(speed_);
  o += ",\"tasks\":[";
  if (trace_) {
    const auto& ts = trace_->tasks();
    bool first = true;
    for (TaskId i = 0; i < ts.size(); ++i) {
      State s = trace_->state_at(i, t);
      if (s == State::Pending) continue;
      if (!first) o += ',';
      first = false;
      o += "{\"name\":" + json_quote(ts[i].name) + ",\"state\":\"" + state_name(s) + "\"";
      if (!ts[i].detail.empty()) o += ",\"coro\":" + json_quote(ts[i].detail);
      o += "}";
    }
  }
  o += "]";
  uint32_t max_inside = 0;
  o += ",\"gates\":[";
  if (trace_) {
    const auto& ps = trace_->prims();
    bool first = true;
    for (PrimId p = 0; p < ps.size(); ++p) {
      if (ps[p].kind != PrimKind::Semaphore && ps[p].kind != PrimKind::Lock) continue;
      GateSnapshot g = trace_->gate_at(p, t);
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
        o += json_quote(trace_->tasks()[id].name);
      }
      o += "],\"queue\":[";
      f2 = true;
      for (TaskId id : g.queue) {
        if (!f2) o += ',';
        f2 = false;
        o += json_quote(trace_->tasks()[id].name);
      }
      o += "],\"max_inside\":" + std::to_string(g.max_inside) + "}";
    }
  }
  o += "],\"max_inside\":" + std::to_string(max_inside);
  o += ",\"console\":[";
  size_t n = trace_ ? trace_->console_count_at(t) : 0;
  for (size_t i = 0; i < n; ++i) {
    if (i) o += ',';
    o += json_quote(trace_->console()[i].text);
  }
  o += "],\"console_t\":[";
  for (size_t i = 0; i < n; ++i) {
    if (i) o += ',';
    o += json_number(trace_->console()[i].t);
  }
  o += "]";
  if (trace_ && trace_->finished() && !trace_->outcome().empty())
    o += ",\"outcome\":" + json_quote(trace_->outcome());
  o += "}";
  return o;
}

}  // namespace ts::trace
