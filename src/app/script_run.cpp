#include "app/script_run.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <map>
#include <memory>

#include "trace/codec.h"
#include "trace/recorder.h"
#include "ts_presets.h"

namespace ts::app {

bool api_event_of(const std::string& kind, const std::vector<std::pair<std::string, std::string>>& fields,
                  trace::ApiEvent& e) {
  using K = trace::ApiKind;
  static const std::pair<const char*, K> kKinds[] = {
      {"service.request", K::Request}, {"service.accept", K::Accept},  {"service.reject", K::Reject},
      {"service.response", K::Response}, {"service.error", K::Error}, {"service.cancel", K::Cancel},
      {"client.request", K::Attempt},  {"client.retry", K::Retry},    {"client.error", K::GiveUp},
      {"client.response", K::Done},    {"retry.attempt", K::TryAttempt}, {"retry.sleep", K::TrySleep},
      {"retry.end", K::TryEnd}};
  const auto* k = std::find_if(std::begin(kKinds), std::end(kKinds), [&](const auto& p) { return kind == p.first; });
  if (k == std::end(kKinds)) return false;
  e.kind = k->second;
  auto number = [](const std::string& v) { return std::strtod(v.c_str(), nullptr); };
  for (const auto& [name, v] : fields) {
    if (name == "service" || name == "client" || name == "fn") e.source = v;
    else if (name == "id") e.id = static_cast<int64_t>(number(v));
    else if (name == "attempt") e.attempt = static_cast<int64_t>(number(v));
    else if (name == "status") e.status = static_cast<uint16_t>(number(v));
    else if (name == "cause" || name == "reason" || name == "error" || name == "outcome") e.cause = v;
    else if (name == "latency" || name == "delay" || name == "retry_after") e.value = v == "None" ? 0 : number(v);
    else if (name == "tokens") e.tokens = static_cast<int64_t>(number(v));
    else if (name == "key") e.key = std::strtoll(v.c_str(), nullptr, 10);
  }
  return true;
}

bool limits_of(const std::string& kind, const std::vector<std::pair<std::string, std::string>>& fields,
               trace::ServiceLimits& s) {
  if (kind != "service.limits") return false;
  auto limit = [](const std::string& v) { return v == "None" ? -1.0 : std::strtod(v.c_str(), nullptr); };
  for (const auto& [name, v] : fields) {
    if (name == "service") s.name = v;
    else if (name == "rpm") s.rpm = limit(v);
    else if (name == "tpm") s.tpm = limit(v);
    else if (name == "max_concurrency") s.max_concurrency = limit(v);
    else if (name == "capacity") s.capacity = limit(v);
    else if (name == "enforce") s.enforce = v;
  }
  return true;
}

// tqdm's progress.open / progress.count / progress.close (tqdm/std.py).
static bool progress_of(const std::string& kind, const std::vector<std::pair<std::string, std::string>>& fields,
                        trace::ProgressEvent& e) {
  using K = trace::ProgressKind;
  if (kind == "progress.open") e.kind = K::Open;
  else if (kind == "progress.count") e.kind = K::Count;
  else if (kind == "progress.close") e.kind = K::Close;
  else return false;
  for (const auto& [name, v] : fields) {
    if (name == "id") e.id = std::strtoll(v.c_str(), nullptr, 10);
    else if (name == "n") e.n = std::strtod(v.c_str(), nullptr);
    else if (name == "total") e.total = v == "None" ? -1 : std::max(0.0, std::strtod(v.c_str(), nullptr));
    else if (name == "desc") e.desc = v;
    else if (name == "unit") e.unit = v;
  }
  if (e.kind == K::Open && e.total < -1) e.total = -1;
  return true;
}

// The world's thread scheduler's "thread" events (world/threads.h, Threads::say).
static void thread_event(trace::Recorder& rec, const std::vector<std::pair<std::string, std::string>>& fields) {
  uint64_t ident = 0;
  std::string what, name;
  bool process = false;
  for (const auto& [k, v] : fields) {
    if (k == "ident") ident = std::strtoull(v.c_str(), nullptr, 10);
    else if (k == "what") what = v;
    else if (k == "name") name = v;
    else if (k == "process") process = v == "True";
  }
  rec.thread(ident, what, name, process);
}

vm::RunOptions page_run_options() {
  vm::RunOptions opts;
  opts.stamp = true;
  opts.limits.max_steps = 20'000'000;  // not the CLI's 200M steps
  opts.max_time = 86400.0;
  opts.limits.max_wall = 10.0;  // the backstop for what the others miss
  // The page's engine is wasm32 with at most 2 GiB of memory (engine.js): the
  // byte budget must end a run before the memory does.
  opts.limits.max_heap = size_t(1) << 30;
  return opts;
}

vm::RunOutcome record_script(const std::string& source, const std::string& filename, trace::Trace& tr,
                             int64_t seed, vm::RunOptions opts) {
  opts.seed = seed;
  std::unique_ptr<trace::Recorder> rec;
  record_into(opts, tr, rec);
  return vm::run_source(source, filename, opts);
}

void record_into(vm::RunOptions& opts, trace::Trace& tr, std::unique_ptr<trace::Recorder>& rec) {
  opts.on_start = [&tr, &rec](Loop& loop) {
    rec = std::make_unique<trace::Recorder>(loop, tr);
    loop.set_observer(rec.get());
  };
  opts.on_vm = [&rec](vm::VM& vm) {
    vm.track_lines = true;
    if (rec) rec->set_line_source([&vm] { return static_cast<uint32_t>(std::max(0, vm.script_line())); });
  };
  opts.on_line = [&rec](double, const std::string& line) {
    if (rec) rec->print(line);
  };
  opts.on_world_event = [&rec, &tr](double t, const std::string& kind,
                                    const std::vector<std::pair<std::string, std::string>>& fields) {
    trace::ApiEvent e;
    trace::ServiceLimits s;
    trace::ProgressEvent p;
    if (rec && api_event_of(kind, fields, e)) rec->api(std::move(e));
    else if (rec && progress_of(kind, fields, p)) rec->progress(std::move(p));
    else if (limits_of(kind, fields, s)) tr.service_limits(t, std::move(s));
    else if (rec && kind == "thread") thread_event(*rec, fields);
  };
  opts.on_finish = [&rec](const RunResult& r) {
    rec->finish(r);
    rec.reset();
  };
}

// The outcome's numbers on one line, then its three texts, then the trace.
std::string encode_run(const vm::RunOutcome& r, const trace::Trace& tr) {
  char head[200];
  std::snprintf(head, sizeof head, "TSRUN1 %d %d %d %d %.17g %zu %zu %zu %zu\n", int(r.status), r.exit_code, r.line,
                r.col, r.end_time, r.tasks_blocked, r.message.size(), r.err.size(), r.out.size());
  return head + r.message + r.err + r.out + trace::encode(tr);
}

bool decode_run(std::string_view bytes, vm::RunOutcome& r, trace::Trace& tr, std::string& err) {
  const size_t nl = bytes.find('\n');
  const std::string head(bytes.substr(0, nl == std::string_view::npos ? 0 : std::min<size_t>(nl, 199)));
  int status = 0, used = 0;
  size_t n_msg = 0, n_err = 0, n_out = 0;
  r = vm::RunOutcome{};
  if (std::sscanf(head.c_str(), "TSRUN1 %d %d %d %d %lg %zu %zu %zu %zu%n", &status, &r.exit_code, &r.line, &r.col,
                  &r.end_time, &r.tasks_blocked, &n_msg, &n_err, &n_out, &used) != 9 ||
      size_t(used) != head.size() || status < vm::RunOutcome::Ok || status > vm::RunOutcome::Budget) {
    err = "not a Turnstile run";
    return false;
  }
  r.status = static_cast<vm::RunOutcome::Status>(status);
  std::string_view rest = bytes.substr(nl + 1);
  if (n_msg > rest.size() || n_err > rest.size() - n_msg || n_out > rest.size() - n_msg - n_err) {
    err = "damaged run: truncated";
    return false;
  }
  r.message = rest.substr(0, n_msg);
  r.err = rest.substr(n_msg, n_err);
  r.out = rest.substr(n_msg + n_err, n_out);
  return trace::decode(rest.substr(n_msg + n_err + n_out), tr, err);
}

const std::vector<Preset>& presets() {
  static const std::vector<Preset> list = [] {
    std::map<std::string, Preset> by_id;
    for (int i = 0; i < kPresetFileCount; i++) {
      if (!kPresetFiles[i].name) continue;
      std::string name = kPresetFiles[i].name;
      size_t dot = name.rfind('.');
      if (dot == std::string::npos) continue;
      std::string id = name.substr(0, dot), ext = name.substr(dot + 1);
      Preset& p = by_id[id];
      p.id = id;
      if (ext == "py") {
        p.code = kPresetFiles[i].text;
      } else if (ext == "md") {
        std::string md = kPresetFiles[i].text;
        size_t nl = md.find('\n');
        std::string first = md.substr(0, nl);
        if (first.rfind("# ", 0) == 0) first = first.substr(2);
        p.title = first;
        p.explanation = nl == std::string::npos ? "" : md.substr(nl + 1);
        const std::string tag = "<!-- link: ";
        size_t at = p.explanation.find(tag);
        if (at != std::string::npos) {
          size_t end = p.explanation.find(" -->", at);
          p.link_name = p.explanation.substr(at + tag.size(), end - at - tag.size());
          size_t eol = p.explanation.find('\n', end);
          p.explanation.erase(at, eol == std::string::npos ? std::string::npos : eol + 1 - at);
        }
        while (!p.explanation.empty() && (p.explanation[0] == '\n')) p.explanation.erase(0, 1);
        while (!p.explanation.empty() && (p.explanation.back() == '\n')) p.explanation.pop_back();
      }
    }
    std::vector<Preset> v;
    for (auto& kv : by_id)
      if (!kv.second.code.empty()) v.push_back(kv.second);
    return v;
  }();
  return list;
}

const Preset* find_preset(std::string_view id_or_name) {
  for (const Preset& p : presets())
    if (p.id == id_or_name || (!p.link_name.empty() && p.link_name == id_or_name)) return &p;
  return nullptr;
}

}  // namespace ts::app
