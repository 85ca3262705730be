// Playback over a recorded Trace: a cursor in virtual time that plays at a
// chosen speed, pauses, steps to the next event, scrubs. Play/pause/restart
// only move the cursor; the run itself was recorded once.
// Also the JSON state at the cursor that the page exposes to tests
// (window.turnstile.state()).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include "trace/trace.h"

namespace ts::trace {

class Player {
 public:
  explicit Player(const Trace* t = nullptr) : trace_(t) {}
  void set_trace(const Trace* t) { trace_ = t; cursor_ = 0; playing_ = false; applied_ = kAll; }
  const Trace* trace() const { return trace_; }

  // Advances the cursor by real seconds * speed while playing.
  void update(double real_dt);

  double cursor() const { return cursor_; }
  double end() const { return trace_ ? trace_->end_time() : 0.0; }
  bool playing() const { return playing_; }
  double speed() const { return speed_; }
  bool at_end() const { return cursor_ >= end(); }

  void play();  // from the start again when at the end
  void pause() { playing_ = false; }
  void toggle() { playing_ ? pause() : play(); }
  void restart() { cursor_ = 0; applied_ = kAll; }   // keeps playing if playing
  void seek(double t);
  void step();       // pause and jump to the next event time
  void step_back();  // pause and jump to the previous event time
  void to_end() { cursor_ = end(); playing_ = false; applied_ = kAll; }
  // Inside an instant, event by event in trace order: the first press opens
  // the cursor's instant at its first event; past its last, the next
  // instant's first. Any other move leaves the instant.
  void step_event();
  void step_event_back();
  bool in_instant() const { return applied_ != kAll; }
  // The trace the views show: the whole run, or inside an instant the run up
  // to the cursor's event (replay.h; rebuilt when the event changes).
  const Trace& shown() const;
  // Inside an instant: the cursor's event (1-based among the instant's
  // events), their number, and the event in words. 0 / 0 / "" outside.
  size_t event_number() const;
  // How many of the trace's events the view shows: those up to the cursor's
  // event inside an instant, else every event at or before the cursor.
  size_t events_shown() const;
  size_t events_in_instant() const;
  std::string event_text() const;
  void set_speed(double s);

  // "play", "pause", "toggle", "restart", "step", "back", "step_event",
  // "back_event", "run_to_end", "seek <t>", "speed <x>". Returns false (and sets *err) for unknown input.
  bool command(std::string_view cmd, std::string* err = nullptr);

  // {time, end, done, playing, speed, event, events_at_t, event_text,
  //  tasks:[{name,state,coro}], max_inside,
  //  gates:[{name,capacity,inside:[..],queue:[..],max_inside}],
  //  console:[text], console_t:[t]}
  std::string state_json() const;

  static constexpr double kMinSpeed = 0.05, kMaxSpeed = 50.0;

 private:
  static constexpr size_t kAll = static_cast<size_t>(-1);
  const Trace* trace_ = nullptr;
  double cursor_ = 0;
  size_t applied_ = kAll;  // inside an instant: how many events have happened
  mutable Trace prefix_;
  mutable size_t prefix_n_ = kAll;
  mutable const Trace* prefix_of_ = nullptr;
  double speed_ = 1.0;
  bool playing_ = false;
};

// JSON string literal (quoted, escaped).
std::string json_quote(std::string_view s);
// Shortest round-trip decimal for a double (JSON number; inf -> null).
std::string json_number(double v);

}  // namespace ts::trace
