// The Charts tab: the run in numbers over virtual time, one chart a file,
// all read from the trace (the whole run, with the playback cursor drawn on
// them; a click on a time chart moves the cursor there):
//   gate_chart.cpp     tasks inside each gate and waiting at it, its capacity
//   api_chart.cpp      API requests in flight, 429s, the SDK's and tenacity's retries
//   progress_chart.cpp each progress bar's (tqdm's) share done over time
//   rate_chart.cpp     completions per second
//   memory_chart.cpp   memory by tasks, threads and processes (trace::MemoryModel)
//   latency_chart.cpp  how long calls (or tasks) took: histogram, p50/p95/p99
//   summary_table.cpp  the run's totals (trace::summary_rows)
#pragma once
#include <map>
#include <string>
#include <vector>

#include "imgui.h"
#include "trace/player.h"
#include "trace/stats.h"
#include "trace/trace.h"

namespace ts::ui {

struct ChartsState {
  // The summary of the trace last drawn (recomputed when the run changes).
  const trace::Trace* of = nullptr;
  size_t events = 0;
  double end = -1;
  trace::RunSummary summary;
  std::vector<trace::Alive> alive;  // trace::alive_series
};

// Notes each chart's box in *widgets ("chart gate NAME", "chart api",
// "chart progress", "chart rate", "chart memory", "chart latency", "summary") when given.
void draw_charts(const trace::Trace& tr, trace::Player& player, ChartsState& st, ImVec2 size,
                 std::map<std::string, ImVec4>* widgets = nullptr);

// Each returns the time clicked (or -1).
double gate_chart(const trace::PrimInfo& gate, double end, double cursor, ImVec2 size);
double api_chart(const trace::Trace& tr, double cursor, ImVec2 size);
double progress_chart(const trace::Trace& tr, double cursor, ImVec2 size);
double rate_chart(const trace::Trace& tr, double cursor, ImVec2 size);
double memory_chart(const std::vector<trace::Alive>& alive, double end, double cursor, ImVec2 size);
void latency_chart(const trace::RunSummary& s, ImVec2 size);
void summary_table(const trace::RunSummary& s, ImVec2 size);

}  // namespace ts::ui
