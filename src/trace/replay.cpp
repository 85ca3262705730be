#include "trace/replay.h"

#include <cstdio>

namespace ts::trace {

Trace prefix(const Trace& full, size_t n) {
  Trace out;
  replay(full, n, out);
  return out;
}

namespace {
std::string seconds(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g s", v);
  return buf;
}

}  // namespace

std::string describe_api(const ApiEvent& a, const std::string& who) {
  const std::string src = a.source.empty() ? "the API" : a.source;
  const std::string n = " #" + std::to_string(a.id);
  switch (a.kind) {
    case ApiKind::Request: return who + ": request" + n + " reaches " + src;
    case ApiKind::Accept: return src + " admits request" + n + " (it will take " + seconds(a.value) + ")";
    case ApiKind::Reject:
      return src + " refuses request" + n + ": " + std::to_string(a.status) + (a.cause.empty() ? "" : " (" + a.cause + ")") +
             (a.value > 0 ? ", retry after " + seconds(a.value) : "");
    case ApiKind::Response: return src + " answers request" + n + ": " + std::to_string(a.status);
    case ApiKind::Error: return "request" + n + " to " + src + " fails: " + a.cause;
    case ApiKind::Cancel: return "request" + n + " to " + src + " is given up by its caller";
    case ApiKind::Attempt: return who + ": " + src + " sends call" + n + ", attempt " + std::to_string(a.attempt);
    case ApiKind::Retry:
      return who + ": " + src + " will retry call" + n + " in " + seconds(a.value) + " (" + a.cause + ")";
    case ApiKind::GiveUp: return who + ": " + src + " gives up call" + n + ": " + a.cause;
    case ApiKind::Done: return who + ": " + src + " returns call" + n;
    case ApiKind::TryAttempt: return who + ": tenacity calls " + src + ", attempt " + std::to_string(a.attempt);
    case ApiKind::TrySleep:
      return who + ": tenacity sleeps " + seconds(a.value) + " after attempt " + std::to_string(a.attempt) + " of " +
             src + " (" + a.cause + ")";
    case ApiKind::TryEnd:
      return who + ": tenacity stops calling " + src + " after attempt " + std::to_string(a.attempt) + ": " + a.cause;
  }
  return {};
}

namespace {

// "43 of 100" or "43" (no total), in whole numbers when they are
std::string count_text(double n, double total) {
  char buf[64];
  if (total >= 0) std::snprintf(buf, sizeof buf, "%.10g of %.10g", n, total);
  else std::snprintf(buf, sizeof buf, "%.10g", n);
  return buf;
}

std::string describe_progress(const Trace& tr, const ProgressEvent& p, const std::string& who) {
  const ProgressBar* b = tr.bar(p.id);
  const std::string bar = b && !b->desc.empty() ? "progress bar '" + b->desc + "'" : std::string("progress bar");
  const ProgressBar::Point* at = b ? b->at(p.t) : nullptr;
  const std::string count = count_text(p.n, at ? at->total : -1);
  switch (p.kind) {
    case ProgressKind::Open: return who + " opens a " + bar + " at " + count;
    case ProgressKind::Count: return who + ": " + bar + " counts " + count;
    case ProgressKind::Close: return who + " closes the " + bar + " at " + count;
  }
  return {};
}
}  // namespace

bool is_step_event(const Trace& tr, size_t i) {
  return i < tr.events().size() && tr.events()[i].ev() != EvKind::Advance;
}

std::string describe_event(const Trace& tr, size_t i) {
  if (i >= tr.events().size()) return {};
  const Event& e = tr.events()[i];
  auto task = [&](TaskId id) { return id < tr.tasks().size() ? tr.tasks()[id].name : std::string("the loop"); };
  auto prim = [&](uint32_t id) { return id < tr.prims().size() ? tr.prims()[id].name : std::string("?"); };
  const std::string who = e.ev() == EvKind::QueueLevel ? std::string() : task(e.task);
  switch (e.ev()) {
    case EvKind::TaskCreate:
      return e.obj == kNone ? who + " was created" : who + " was created by " + task(e.obj);
    case EvKind::TaskRun: return who + " runs";
    case EvKind::TaskReady: return who + " is ready to run";
    case EvKind::TaskBlock: return e.obj == kNone ? who + " waits" : who + " waits for " + prim(e.obj);
    case EvKind::TaskSleep: return who + " sleeps";
    case EvKind::TaskDone:
      switch (static_cast<DoneHow>(e.obj)) {
        case DoneHow::Raised: return who + " finished with an exception";
        case DoneHow::Cancelled: return who + " was cancelled";
        case DoneHow::Killed: return who + " was cancelled by asyncio.run's shutdown (killed)";
        default: return who + " finished";
      }
    case EvKind::GateWait: return who + " queues at " + prim(e.obj);
    case EvKind::GateEnter: return who + " entered " + prim(e.obj);
    case EvKind::GateLeave: return who + " left " + prim(e.obj);
    case EvKind::GateGiveUp: return who + " gave up waiting at " + prim(e.obj);
    case EvKind::Print: return who + " printed: " + tr.console()[e.obj].text;
    case EvKind::PrimCreate: return prim(e.obj) + " was created";
    case EvKind::Advance: return "the clock moves on";
    case EvKind::Api: return describe_api(tr.api()[e.obj], who);
    case EvKind::Progress: return describe_progress(tr, tr.progress()[e.obj], who);
    case EvKind::QueueGet: return who + " waits to get from " + prim(e.obj) + " (it is empty)";
    case EvKind::QueuePut: return who + " waits to put into " + prim(e.obj) + " (it is full)";
    case EvKind::QueueJoin: return who + " waits until every item of " + prim(e.obj) + " is done";
    case EvKind::QueueLevel:
      return prim(e.obj) + " holds " + std::to_string(e.task) + (e.task == 1 ? " item" : " items");
  }
  return {};
}

}  // namespace ts::trace
