#include "trace/export.h"

#include "trace/player.h"  // json_quote, json_number

namespace ts::trace {

namespace {
const char* ev_name(EvKind k) {
  switch (k) {
    case EvKind::TaskCreate: return "create";
    case EvKind::TaskRun: return "run";
    case EvKind::TaskReady: return "ready";
    case EvKind::TaskBlock: return "block";
    case EvKind::TaskSleep: return "sleep";
    case EvKind::TaskDone: return "done";
    case EvKind::GateWait: return "wait";
    case EvKind::GateEnter: return "enter";
    case EvKind::GateLeave: return "leave";
    case EvKind::GateGiveUp: return "give_up";
    case EvKind::Print: return "print";
    case EvKind::PrimCreate: return "prim";
    case EvKind::Advance: return "time";
    case EvKind::Api: return "api";
    case EvKind::QueueGet: return "queue_get";
    case EvKind::QueuePut: return "queue_put";
    case EvKind::QueueJoin: return "queue_join";
    case EvKind::QueueLevel: return "queue_level";
    case EvKind::Progress: return "progress";
  }
  return "?";
}
}  // namespace

std::string event_json(const Trace& tr, const Event& e) {
  const auto& tasks = tr.tasks();
  const auto& prims = tr.prims();
  auto task_name = [&](uint32_t id) { return id < tasks.size() ? json_quote(tasks[id].name) : std::string("null"); };
  auto prim_name = [&](uint32_t id) { return id < prims.size() ? json_quote(prims[id].name) : std::string("null"); };
  std::string o = "{\"t\":" + json_number(e.t) + ",\"ev\":\"" + ev_name(e.ev()) + "\"";
  if (e.task != kNone && e.task < tasks.size() && e.ev() != EvKind::QueueLevel) o += ",\"task\":" + task_name(e.task);
  switch (e.ev()) {
    case EvKind::TaskCreate:
      if (e.obj != kNone) o += ",\"parent\":" + task_name(e.obj);
      if (e.task < tasks.size() && tasks[e.task].kind != TaskKind::Task)
        o += std::string(",\"kind\":\"") + task_kind_name(tasks[e.task].kind) + "\"";
      break;
    case EvKind::TaskBlock:
      if (e.obj != kNone) o += ",\"prim\":" + prim_name(e.obj);
      break;
    case EvKind::TaskDone:
      o += std::string(",\"how\":\"") + done_how_name(static_cast<DoneHow>(e.obj)) + "\"";
      break;
    case EvKind::GateWait:
    case EvKind::GateEnter:
    case EvKind::GateLeave:
    case EvKind::GateGiveUp:
    case EvKind::QueueGet:
    case EvKind::QueuePut:
    case EvKind::QueueJoin:
      o += ",\"prim\":" + prim_name(e.obj);
      break;
    case EvKind::QueueLevel:
      o += ",\"prim\":" + prim_name(e.obj) + ",\"items\":" + std::to_string(e.task);
      break;
    case EvKind::Print:
      if (e.obj < tr.console().size()) o += ",\"text\":" + json_quote(tr.console()[e.obj].text);
      break;
    case EvKind::PrimCreate:
      if (e.obj < prims.size()) {
        const PrimInfo& p = prims[e.obj];
        o += ",\"prim\":" + json_quote(p.name) + ",\"capacity\":" + std::to_string(p.capacity);
      }
      break;
    case EvKind::Api:
      if (e.obj < tr.api().size()) {
        const ApiEvent& a = tr.api()[e.obj];
        o += std::string(",\"what\":\"") + api_kind_name(a.kind) + "\",\"source\":" + json_quote(a.source) +
             ",\"id\":" + std::to_string(a.id);
        if (a.status) o += ",\"status\":" + std::to_string(a.status);
        if (a.attempt) o += ",\"attempt\":" + std::to_string(a.attempt);
        if (a.value) o += ",\"value\":" + json_number(a.value);
        if (a.tokens) o += ",\"tokens\":" + std::to_string(a.tokens);
        if (!a.cause.empty()) o += ",\"cause\":" + json_quote(a.cause);
      }
      break;
    case EvKind::Progress:
      if (e.obj < tr.progress().size()) {
        const ProgressEvent& p = tr.progress()[e.obj];
        o += std::string(",\"what\":\"") + progress_kind_name(p.kind) + "\",\"id\":" + std::to_string(p.id) +
             ",\"n\":" + json_number(p.n);
        if (p.total > -2) o += ",\"total\":" + (p.total < 0 ? std::string("null") : json_number(p.total));
        if (p.kind == ProgressKind::Open) o += ",\"desc\":" + json_quote(p.desc) + ",\"unit\":" + json_quote(p.unit);
      }
      break;
    default:
      break;
  }
  o += "}";
  return o;
}

void write_jsonl(const Trace& tr, std::ostream& out) {
  for (const Event& e : tr.events()) out << event_json(tr, e) << '\n';
}

std::string csv_field(const std::string& v) {
  if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
  std::string q = "\"";
  for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

}  // namespace ts::trace
