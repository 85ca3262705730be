// Trace export: one JSON object per event and line (for `turnstile run
// --trace OUT.jsonl` and for debugging), with the virtual time.
//   {"t":0,"ev":"create","task":"Worker-0","parent":"main"}
//   {"t":0,"ev":"run","task":"Worker-0"}
//   {"t":0,"ev":"print","task":"Worker-0","text":"Worker-0: Started!..."}
//   {"t":0,"ev":"enter","task":"Worker-0","prim":"sem"}
//   {"t":0,"ev":"sleep","task":"Worker-0"}
//   {"t":2,"ev":"leave","task":"Worker-0","prim":"sem"}
//   {"t":2,"ev":"done","task":"Worker-0","how":"ok"}
// ev: create run ready block sleep done prim wait enter leave give_up print time
#pragma once
#include <ostream>
#include <string>
#include "trace/trace.h"

namespace ts::trace {

void write_jsonl(const Trace& tr, std::ostream& out);
std::string event_json(const Trace& tr, const Event& e);
// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
// break (the summary, sweep and comparison CSVs).
std::string csv_field(const std::string& v);

}  // namespace ts::trace
