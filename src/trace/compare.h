// Two runs side by side (the page's Compare tab, `turnstile compare`): the
// numbers of trace::summarize for run A and run B, one row per quantity,
// with the change from A to B and which of the two it favours.
#pragma once
#include <string>
#include <vector>

#include "trace/stats.h"

namespace ts::trace {

struct CompareRow {
  std::string what;     // "total time", "gate sem: most waiting"
  std::string a, b;     // the values in words and units ("10.990 s")
  std::string change;   // B against A: "-5.000 s (-45%)", "+3", "same"
  // +1: B is better here (less time, fewer failures), -1: A is; 0: the same,
  // or a quantity neither more nor less is better for (tasks, lines printed).
  int better = 0;
};

// Every row the two summaries have a number for: total time, tasks and how
// they ended, peak tasks/threads/processes, peak memory, task time, each
// gate (matched by name) and the API's requests, 429s, retries, failed calls
// and call times. A row whose quantity is zero in both runs is left out,
// except total time, tasks and peak memory.
std::vector<CompareRow> compare_rows(const RunSummary& a, const RunSummary& b);

}  // namespace ts::trace
