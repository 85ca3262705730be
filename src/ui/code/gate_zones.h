// The code zone of a gate: the lines inside `async with <gate>:` where
// <gate> is one of the run's gates, so the guide's zones are visible in the
// code itself: before the `async with` line (zone 1, everyone runs), the
// line itself (the gate: tasks wait here), the block (zone 2, at most
// `capacity` tasks at once), after it (zone 3, everyone again).
//
// Contract:
// - `gates` are the trace's names for the run's semaphores and locks
//   ("sem", "self.sem", "sem #2": the " #k" suffix of a rebound name is
//   ignored, as the code says `sem` for all of them).
// - A zone is found for each `async with` statement that has an item whose
//   expression (before any `as`) is one of those names, one statement a line.
//   Its block is the lines indented deeper than the statement that follow it,
//   to the last non-blank one; `async with sem: await f()` is a zone of one
//   line. Lines are 1-based.
// - Anything else (a call such as `async with session.get(u):`, a statement
//   split over lines) is not a zone; the scan never fails.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ts::ui {

struct GateZone {
  int with_line = 0;          // the `async with` line
  int first = 0, last = 0;    // the block (== with_line for a one-line body)
  std::string gate;           // the name as written in the code
};

std::vector<GateZone> gate_zones(std::string_view code, const std::vector<std::string>& gates);

}  // namespace ts::ui
