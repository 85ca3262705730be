// Playback over a recorded Trace: a cursor in virtual time that plays at a
// chosen speed, pauses, steps to the next event, scrubs. Play/pause/restart
// only move the cursor; the run itself was recorded once.
// Also the JSON state at the cursor that the page exposes to tests
// (window.turnstile.state()).
#pragma once
#include <string>
#include <string_view>
#include "trace/trace.h"

namespace ts::trace {

class Player {
 public:
  explicit Player(const Trace* t = nullptr) : trace_(t) {}
  void set_trace(const Trace* t) { trace_ = t; cursor_ = 0; playing_ = false; }
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
  void restart() { cursor_ = 0; }   // keeps playing if playing
  void seek(double t);
  void step();       // pause and jump to the next event time
  void step_back();  // pause and jump to the previous event time
  void to_end() { cursor_ = end(); playing_ = false; }
  void set_speed(double s);

  // "play", "pause", "toggle", "restart", "step", "back", "run_to_end",
  // "seek <t>", "speed <x>". Returns false (and sets *err) for unknown input.
  bool command(std::string_view cmd, std::string* err = nullptr);

  // {time, end, done, playing, speed, tasks:[{name,state,coro}], max_inside,
  //  gates:[{name,capacity,inside:[..],queue:[..],max_inside}],
  //  console:[text], console_t:[t]}
  std::string state_json() const;

  static constexpr double kMinSpeed = 0.05, kMaxSpeed = 50.0;

 private:
  const Trace* trace_ = nullptr;
  double cursor_ = 0;
  double speed_ = 1.0;
  bool playing_ = false;
};

// JSON string literal (quoted, escaped).
std::string json_quote(std::string_view s);
// Shortest round-trip decimal for a double (JSON number; inf -> null).
std::string json_number(double v);

}  // namespace ts::trace
