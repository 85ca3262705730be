#include "app/app.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "app/compare.h"
#include "app/export_py.h"
#include "app/link.h"
#include "app/script_run.h"
#include "app/sliders.h"
#include "app/stress.h"
#include "imgui.h"
#include "trace/export.h"
#include "trace/stats.h"
#include "ui/theme.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#define TS_EXPORT EMSCRIPTEN_KEEPALIVE
#else
#define TS_EXPORT
#endif

namespace ts::app {

namespace {

// The preset's .md text as paragraphs: single line breaks inside a
// paragraph become spaces, so the text wraps to the panel.
std::string reflow(const std::string& md) {
  std::string out;
  size_t i = 0;
  while (i < md.size()) {
    size_t nl = md.find('\n', i);
    std::string line = md.substr(i, nl == std::string::npos ? std::string::npos : nl - i);
    i = nl == std::string::npos ? md.size() : nl + 1;
    if (line.empty()) {
      if (!out.empty() && out.back() != '\n') out += "\n\n";
      continue;
    }
    if (!out.empty() && out.back() != '\n') out += ' ';
    out += line;
  }
  return out;
}

// The views by name, as links, commands and the state JSON spell them.
constexpr const char* kViewNames[] = {"timeline", "charts", "sweep", "compare"};
ui::PageState::View view_named(std::string_view name) {
  for (int v = 0; v < 4; ++v)
    if (name == kViewNames[v]) return static_cast<ui::PageState::View>(v);
  return ui::PageState::Timeline;
}

}  // namespace

App::App() {
  for (const Preset& p : presets()) page_.scenarios.push_back(p.title);
  page_.scenarios.push_back("Load test (10,000 tasks, C++)");
  if (!presets().empty()) load_preset(presets().front().id);
}

void App::show(ui::PageInfo info) {
  info_ = std::move(info);
  ++shown_;
  player_.set_trace(&trace_);
  auto scenarios = std::move(page_.scenarios);
  const int current = page_.current;
  const ui::PageState::View view = page_.view;  // a re-run keeps the view chosen
  std::string banner = std::move(page_.banner);   // cleared when a run starts, not when it arrives
  page_ = ui::PageState{};
  page_.banner = std::move(banner);
  page_.scenarios = std::move(scenarios);
  page_.current = current;
  page_.view = view;
  page_.view_set = true;
  page_.sweep = script_mode_ ? &sweep_view_ : nullptr;
  page_.editor = script_mode_ ? &editor_ : nullptr;
  page_.compare = script_mode_ ? &compare_view_ : nullptr;
  player_.play();
}

bool App::load_preset(std::string_view id) {
  const auto& ps = presets();
  const Preset* want = find_preset(id);
  for (size_t i = 0; i < ps.size(); ++i) {
    if (&ps[i] != want) continue;
    preset_id_ = ps[i].id;
    page_.banner.clear();  // a new scenario: an old message no longer applies
    editor_.set_code(ps[i].code);
    run_code();
    page_.current = static_cast<int>(i);
    return true;
  }
  return false;
}

void App::set_code(std::string code) {
  page_.banner.clear();
  editor_.set_code(std::move(code), false);
}

void App::run_code() {
  const Preset* preset = nullptr;
  for (const Preset& p : presets())
    if (p.id == preset_id_) preset = &p;
  page_.banner.clear();  // what it said was about the run before
  const std::string src = editor_.code;
  const bool pristine = preset && src == preset->code;
  const std::string file = pristine ? preset->id + ".py" : "scenario.py";
  ui::PageInfo info;
  info.title = preset ? preset->title + (pristine ? "" : "  (edited)") : "Your script";
  if (preset) {
    info.explanation = reflow(preset->explanation);
    info.notice = (pristine ? "" : "(about the original preset) ") + info.explanation;
  }
  editor_.notice = info.notice;
  script_mode_ = true;
  refresh_sliders();  // the code's sliders now, not when its run is back (a link's sweep needs them)
  if (start_run_) {
    if (running()) stop_run_();  // the newer run replaces it
    pending_ = RunRequest{++last_id_, src, file, seed_, max_steps_, max_wall_};
    pending_info_ = std::move(info);
    pending_since_ = std::chrono::steady_clock::now();
    editor_.running_for = 0;
    start_run_(pending_);
    return;
  }
  load([&](trace::Trace& tr) { outcome_ = record_script(src, file, tr, seed_); }, std::move(info));
  finish_run(src);
}

void App::set_run_backend(std::function<void(const RunRequest&)> start, std::function<void()> stop) {
  start_run_ = std::move(start);
  stop_run_ = std::move(stop);
}

void App::run_done(uint64_t id, std::string_view bytes) {
  if (id != pending_.id || !running()) return;  // an older run's answer
  std::string err;
  trace::Trace tr;
  vm::RunOutcome r;
  if (!decode_run(bytes, r, tr, err)) {
    run_failed(id, "the page could not read the run (" + err + ")");
    return;
  }
  const double seek = pending_.seek;
  const std::string src = drop_pending();
  outcome_ = std::move(r);
  load([&](trace::Trace& t) { t = std::move(tr); }, std::move(pending_info_));
  finish_run(src);
  if (seek >= 0) player_.command("seek " + trace::json_number(seek), nullptr);
}

void App::run_failed(uint64_t id, const std::string& why) {
  if (id != pending_.id || !running()) return;
  end_without_run(vm::RunOutcome::Error, "the run ended abnormally: " + why, "failed");
}

void App::stop_run(const std::string& why) {
  if (!running()) return;
  if (stop_run_) stop_run_();
  end_without_run(vm::RunOutcome::Budget, why, "stopped");
}

// The run under way ends with no trace to show: an empty one, and why.
void App::end_without_run(vm::RunOutcome::Status status, const std::string& message, const char* tag) {
  const std::string src = drop_pending();
  outcome_ = vm::RunOutcome{};
  outcome_.status = status;
  outcome_.exit_code = 1;
  outcome_.message = message;
  outcome_.err = message + "\n";
  load([tag](trace::Trace& t) { t.finish(0, tag); }, std::move(pending_info_));
  finish_run(src);
}

std::string App::drop_pending() {
  std::string src = std::move(pending_.code);
  pending_ = RunRequest{};
  editor_.running_for = -1;
  return src;
}

// After a run: the console as the CLI prints it, the editor's report.
void App::finish_run(const std::string& src) {
  console_all_.clear();
  for (const trace::ConsoleLine& l : trace_.console()) {
    char stamp[48];
    std::snprintf(stamp, sizeof stamp, "%.3f ", l.t);
    console_all_.push_back(stamp + l.text);
  }
  if (outcome_.status == vm::RunOutcome::Deadlock) console_all_.push_back(outcome_.message);

  ui::RunReport& r = editor_.report;
  r = ui::RunReport{};
  r.exit_code = outcome_.exit_code;
  switch (outcome_.status) {
    case vm::RunOutcome::Ok: r.kind = ui::RunReport::Ok; break;
    case vm::RunOutcome::Error: r.kind = ui::RunReport::Error; break;
    case vm::RunOutcome::SyntaxError: r.kind = ui::RunReport::Syntax; break;
    case vm::RunOutcome::Deadlock: r.kind = ui::RunReport::Deadlock; break;
    case vm::RunOutcome::Budget: r.kind = ui::RunReport::Budget; break;
  }
  r.line = outcome_.line;
  r.col = outcome_.col;
  r.message = outcome_.message;
  if (outcome_.status == vm::RunOutcome::Error || outcome_.status == vm::RunOutcome::Deadlock) {
    r.detail = outcome_.err;
    while (!r.detail.empty() && r.detail.back() == '\n') r.detail.pop_back();
  }
  r.end_time = outcome_.end_time;
  r.lines_printed = trace_.console().size();
  r.tasks = r.threads = r.processes = 0;
  for (const trace::TaskInfo& t : trace_.tasks())
    ++(t.kind == trace::TaskKind::Thread ? r.threads : t.kind == trace::TaskKind::Process ? r.processes : r.tasks);
  editor_.ran = src;
  editor_.gates.clear();
  for (const trace::PrimInfo& p : trace_.prims())
    if (p.kind == trace::PrimKind::Semaphore || p.kind == trace::PrimKind::Lock) editor_.gates.push_back(p.name);
  refresh_sliders();
  page_.timeline.rows_to_top = true;
  if (r.line > 0 && outcome_.status != vm::RunOutcome::Ok) editor_.follow_line = r.line - 1;
  if (then_) {  // a compare link: this was A; B runs next
    std::unique_ptr<link::Scenario> b = std::move(then_);
    pin_run();
    seed_ = b->seed;
    const std::string loaded = editor_.loaded;
    editor_.set_code(b->code, false);
    editor_.loaded = loaded;
    run_code();
    seek_when_shown(b->t);
    page_.view = view_named(b->view);
    page_.view_set = true;
  }
}

void App::seek_when_shown(double t) {
  if (running()) pending_.seek = t;
  else if (t >= 0) player_.command("seek " + trace::json_number(t), nullptr);
}

void App::pin_run() {
  if (!script_mode_) return;
  pinned_ = std::make_unique<Pinned>();
  pinned_->trace = trace_;
  pinned_->code = editor_.ran;
  pinned_->seed = seed_;
  pinned_->title = info_.title;
  pinned_->summary = trace::summarize(pinned_->trace);
  compared_ = 0;
}

void App::refresh_compare() {
  ui::CompareView& v = compare_view_;
  if (!pinned_) {
    v.a = nullptr;
    v.rows.clear();
    return;
  }
  if (compared_ == shown_ && v.a == &pinned_->trace) return;
  compared_ = shown_;
  v.a = &pinned_->trace;
  v.a_title = pinned_->title;
  v.b_title = info_.title;
  v.differs = describe_difference(pinned_->code, pinned_->seed, editor_.ran, seed_);
  v.rows = trace::compare_rows(pinned_->summary, trace::summarize(trace_));
}

// The Compare tab's fields of the state JSON: null with nothing pinned, else
// {a, b (titles), differs, rows: [[what, A, B, change, better]...], csv (the
// rows as `turnstile compare --csv` prints them), axis: [t0, t1] (the time
// range both timelines show), cursor (their one time: past B's end when a
// click on A put it there)}.
std::string App::compare_json() const {
  const ui::CompareView& v = compare_view_;
  if (!v.a) return ",\"compare\":null";
  using trace::json_quote;
  std::string j = ",\"compare\":{\"a\":" + json_quote(v.a_title) + ",\"b\":" + json_quote(v.b_title) +
                  ",\"differs\":" + json_quote(v.differs) + ",\"rows\":[";
  for (size_t i = 0; i < v.rows.size(); ++i) {
    const trace::CompareRow& r = v.rows[i];
    j += (i ? ",[" : "[") + json_quote(r.what) + "," + json_quote(r.a) + "," + json_quote(r.b) + "," +
         json_quote(r.change) + "," + std::to_string(r.better) + "]";
  }
  j += "],\"csv\":" + json_quote(compare_csv(v.rows));
  j += ",\"axis\":[" + trace::json_number(v.t0) + "," + trace::json_number(v.t1) + "]";
  j += ",\"cursor\":" + trace::json_number(v.cursor);
  return j + "}";
}

bool App::open_link(std::string_view fragment) {
  link::Scenario sc;
  std::string err;
  if (!link::decode(fragment, sc, err)) {
    show_link_error(std::move(err));
    return false;
  }
  if (sc.code.empty()) {  // #preset=NAME
    if (!load_preset(sc.preset)) {
      show_link_error("the link names preset '" + sc.preset + "', which this Turnstile does not have");
      return false;
    }
    link_error_.clear();
    return true;
  }
  link_error_.clear();
  seed_ = sc.seed;
  const Preset* p = sc.preset.empty() ? nullptr : find_preset(sc.preset);
  preset_id_ = p ? p->id : "";
  std::string code = sc.code;
  if (!sc.sliders.empty() && !apply_overrides(sc.code, sc.sliders, code, err)) {
    show_link_error(err);
    return false;
  }
  pinned_.reset();
  then_.reset();
  if (sc.compare.on) {  // run A first; finish_run pins it and runs B (this code)
    then_ = std::make_unique<link::Scenario>(sc);
    then_->code = code;
    seed_ = sc.compare.seed;
    code = sc.compare.code;
  }
  editor_.set_code(code);
  if (p) editor_.loaded = p->code;  // Revert goes back to the preset
  script_mode_ = true;
  run_code();
  if (sc.compare.on) return true;  // B's run sets the time and view
  seek_when_shown(sc.t);
  page_.view = view_named(sc.view);
  page_.view_set = true;
  if (!sc.sweep.param.empty()) {  // a shared sweep runs again, to the same chart
    for (size_t i = 0; i < sweep_view_.params.size(); ++i)
      if (sweep_view_.params[i] == sc.sweep.param) sweep_view_.param = static_cast<int>(i);
    sweep_view_.seeds = static_cast<int>(std::clamp<int64_t>(sc.sweep.seeds, 1, 5));
    sweep_view_.start = true;
    page_.view = ui::PageState::Sweep;
  }
  return true;
}

void App::show_link_error(std::string err) {
  seed_ = 0;
  if (!presets().empty()) load_preset(presets().front().id);
  link_error_ = std::move(err);
  page_.banner = "Could not open this link: " + link_error_ + ". Showing the first preset instead.";
}

void App::copy_link() {
#ifdef __EMSCRIPTEN__
  // The system clipboard is the browser's: the page's share.js writes it.
  EM_ASM({ if (window.turnstile && window.turnstile.copyLink) window.turnstile.copyLink(); });
#else
  ImGui::SetClipboardText(("http://127.0.0.1:8000/#" + link_fragment()).c_str());
#endif
}

bool App::export_text(std::string_view kind, std::string& name, std::string& text) const {
  const std::string stem = preset_id_.empty() ? "scenario" : preset_id_;
  if (kind == "py") {
    name = stem + ".py";
    text = export_python(editor_.code, name, seed_, info_.title);
  } else if (kind == "trace") {
    name = stem + ".trace.jsonl";
    std::ostringstream os;
    trace::write_jsonl(trace_, os);
    text = os.str();
  } else if (kind == "summary") {
    name = stem + ".summary.csv";
    text = "what,value\n";
    for (const auto& [what, value] : trace::summary_rows(trace::summarize(trace_))) text += trace::csv_field(what) + "," + trace::csv_field(value) + "\n";
  } else if (kind == "console") {
    name = stem + ".console.txt";
    text.clear();
    for (const std::string& l : console_all_) text += l + "\n";
    if (!outcome_.err.empty()) text += outcome_.err;
  } else {
    return false;
  }
  return true;
}

void App::save_export(std::string_view kind) {
  std::string name, text;
  if (!export_text(kind, name, text)) return;
#ifdef __EMSCRIPTEN__
  const char* type = kind == "py" ? "text/x-python" : kind == "trace" ? "application/jsonl" : "text/plain";
  EM_ASM({ if (window.turnstile && window.turnstile.download)
             window.turnstile.download(UTF8ToString($0), UTF8ToString($1), UTF8ToString($2)); },
         name.c_str(), type, text.c_str());
#else
  std::ofstream(name, std::ios::binary) << text;
  page_.banner = "Saved " + name + " in the current folder.";
#endif
}

void App::mark_task_lines() {
  editor_.marks.clear();
  if (!script_mode_ || editor_.code != editor_.ran) return;  // edited since: its lines moved
  const size_t n = player_.events_shown();
  const double t = player_.cursor();
  const trace::Trace& view = player_.shown();  // inside an instant: up to its event
  std::map<std::pair<int, int>, int> at;      // (line, state) -> tasks
  for (trace::TaskId i = 0; i < view.tasks().size(); ++i) {
    const trace::State s = view.state_at(i, t);
    if (s == trace::State::Pending || s == trace::State::Done) continue;
    if (const uint32_t line = trace_.task_line_at(i, n)) at[{static_cast<int>(line), static_cast<int>(s)}]++;
  }
  for (const auto& [key, count] : at)
    editor_.marks.push_back(ui::LineMark{key.first, count, static_cast<uint8_t>(key.second)});
}

void App::refresh_sliders() {
  const Constants cs = find_constants(editor_.code);
  editor_.sliders.clear();
  std::vector<std::string> names;
  for (const Slider& s : cs.sliders()) {
    ui::SliderUi u;
    u.name = s.name;
    u.lo = s.lo;
    u.hi = s.hi;
    u.step = s.step;
    u.value = s.value;
    u.is_int = s.is_int;
    u.choices = s.choices;
    editor_.sliders.push_back(u);
    names.push_back(s.name);
  }
  if (names != sweep_view_.params) {  // another script: its old sweep no longer applies
    sweep_view_ = ui::SweepView{};
    sweep_view_.params = std::move(names);
  }
}

void App::set_constant(const std::string& name, double value) {
  std::string out, err;
  if (!apply_overrides(editor_.code, {Override{name, value}}, out, err)) {
    page_.banner = err;
    return;
  }
  editor_.set_code(out, false);
  run_code();
}

void App::start_sweep() {
  ui::SweepView& v = sweep_view_;
  v.error.clear();
  v.points.clear();
  v.has_rec = false;
  v.running = false;
  if (v.params.empty()) return;
  SweepSpec spec;
  std::string err;
  if (!parse_param(v.params[static_cast<size_t>(v.param)], editor_.code, spec, err)) {
    v.error = err;
    return;
  }
  spec.seeds = v.seeds;
  spec.first_seed = seed_;
  if (!sweep_.init(editor_.code, "scenario.py", spec, err, page_run_options())) {
    v.error = err;
    return;
  }
  v.running = true;
  v.done = 0;
  v.total = sweep_.total_runs();
  v.choices = sweep_.choices();
}

void App::step_sweep() {
  ui::SweepView& v = sweep_view_;
  // a slice of points per frame: the page answers within ~30 ms
  const auto t0 = std::chrono::steady_clock::now();
  while (!sweep_.done() && std::chrono::steady_clock::now() - t0 < std::chrono::milliseconds(30)) sweep_.next_point();
  v.done = sweep_.runs_done();
  v.points.clear();
  for (const SweepRow& r : sweep_.table()) {
    ui::SweepPoint p;
    p.value = r.value;
    p.time = r.mean.time;
    p.time_min = r.min.time;
    p.time_max = r.max.time;
    p.failed = r.mean.failed;
    p.rate_limited = r.mean.rate_limited;
    p.retries = r.mean.retries;
    p.memory_kb = r.mean.memory_kb;
    p.feasible = r.feasible;
    v.points.push_back(p);
    v.bound = r.bound.concurrency;
  }
  if (!sweep_.done()) return;
  v.running = false;
  const Recommendation rec = sweep_.recommend();
  v.has_rec = rec.found;
  v.rec_value = rec.value;
  v.margin_lo = rec.margin_lo;
  v.margin_hi = rec.margin_hi;
  v.summary = rec.summary;
  v.reason = rec.reason;
  if (rec.found) v.bound = rec.bound.concurrency;
}

// The Sweep tab's fields of the state JSON: "sweep": {param, running, done,
// total, csv (as `turnstile sweep --csv`), recommendation (or null), reason}.
std::string App::sweep_json() const {
  const ui::SweepView& v = sweep_view_;
  using trace::json_quote;
  std::string j = ",\"sweep\":{\"params\":[";
  for (size_t i = 0; i < v.params.size(); ++i) j += (i ? "," : "") + json_quote(v.params[i]);
  j += "],\"param\":" + (v.params.empty() ? std::string("null") : json_quote(v.params[static_cast<size_t>(v.param)]));
  j += std::string(",\"running\":") + (v.running ? "true" : "false");
  j += ",\"done\":" + std::to_string(v.done) + ",\"total\":" + std::to_string(v.total);
  j += ",\"points\":" + std::to_string(v.points.size());
  j += ",\"csv\":" + json_quote(v.points.empty() ? std::string() : sweep_.csv());
  j += ",\"recommendation\":" + (v.has_rec ? trace::json_number(v.rec_value) : std::string("null"));
  j += ",\"reason\":" + json_quote(v.reason) + ",\"error\":" + json_quote(v.error) + "}";
  return j;
}

void App::paste(std::string_view text) {
  std::string t;
  t.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] != '\r' || i + 1 >= text.size() || text[i + 1] != '\n') t += text[i];
  editor_.pending_paste = std::move(t);
}

std::string App::link_fragment() const {
  link::Scenario sc;
  sc.code = editor_.code;
  sc.seed = seed_;
  sc.preset = preset_id_;
  sc.t = player_.cursor();
  sc.view = page_.view == ui::PageState::Timeline ? "" : kViewNames[page_.view];  // the default is left out
  if (pinned_) {
    sc.compare.on = true;
    sc.compare.code = pinned_->code;
    sc.compare.seed = pinned_->seed;
  }
  if (!sweep_view_.points.empty() && !sweep_view_.params.empty()) {
    const SweepSpec& sp = sweep_.spec();
    sc.sweep.param = sp.param;
    sc.sweep.lo = sp.lo;
    sc.sweep.hi = sp.hi;
    sc.sweep.step = sp.step;
    sc.sweep.seeds = sp.seeds;
    sc.sweep.budget = sp.budget;
  }
  return link::encode_fragment(sc);
}

void App::init_ui(float pixel_ratio) {
  const float r = std::clamp(pixel_ratio, 1.0f, 3.0f);
  ui::apply_style();
  ui::load_fonts(15.0f * r);
  ui::load_mono_font(14.0f * r);
  ImGui::GetIO().FontGlobalScale = 1.0f / r;
}

void App::before_new_frame() {
  ImGuiIO& io = ImGui::GetIO();
  if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0f / 60.0f;
  frame_dt_ = io.DeltaTime;
  io.DeltaTime = std::min(io.DeltaTime, 0.1f);
}

void App::frame() {
  auto t0 = std::chrono::steady_clock::now();
  // a run shown during this frame (Stop, a run's arrival) is drawn by the next
  const uint64_t shown_at_start = shown_;
  double dt = frame_dt_;
  if (dt > 0.25) dt = 0.25;  // a stalled tab must not skip the whole run
  player_.update(dt);
  mark_task_lines();
  ui::draw_page(info_, trace_, player_, page_);
  if (page_.requested >= 0) {
    int r = page_.requested;
    page_.requested = -1;
    const int np = static_cast<int>(presets().size());
    if (r >= 0 && r < np) load_preset(presets()[static_cast<size_t>(r)].id);
    else if (r == np) load_stress(10000, 100);
  }
  if (editor_.slider_moved >= 0) {
    const size_t i = static_cast<size_t>(editor_.slider_moved);
    editor_.slider_moved = -1;
    if (i < editor_.sliders.size()) set_constant(editor_.sliders[i].name, editor_.slider_value);
  }
  if (sweep_view_.start) {
    sweep_view_.start = false;
    start_sweep();
  }
  if (sweep_view_.stop) {
    sweep_view_.stop = false;
    sweep_view_.running = false;
  }
  if (sweep_view_.open) {
    sweep_view_.open = false;
    if (!sweep_view_.params.empty())
      set_constant(sweep_view_.params[static_cast<size_t>(sweep_view_.param)], sweep_view_.open_value);
    page_.view = ui::PageState::Timeline;
    page_.view_set = true;
  }
  if (sweep_view_.running) step_sweep();
  if (compare_view_.pin) {
    compare_view_.pin = false;
    pin_run();
  }
  if (compare_view_.clear) {
    compare_view_.clear = false;
    pinned_.reset();
  }
  refresh_compare();
  if (!page_.export_requested.empty()) {
    save_export(page_.export_requested);
    page_.export_requested.clear();
  }
  if (page_.link_requested) {
    page_.link_requested = false;
    copy_link();
    page_.link_copied_at = ImGui::GetTime();
  }
  if (editor_.reset_requested) {
    editor_.reset_requested = false;
    editor_.reverted = editor_.code;
    editor_.set_code(editor_.loaded);
    editor_.run_requested = true;
  }
  if (editor_.run_requested) {
    editor_.run_requested = false;
    if (script_mode_) run_code();
  }
  if (running()) {
    editor_.running_for = std::chrono::duration<double>(std::chrono::steady_clock::now() - pending_since_).count();
    char buf[80];
    if (editor_.stop_requested) {
      std::snprintf(buf, sizeof buf, "stopped after %.1f s of real time", editor_.running_for);
      stop_run(buf);
    } else if (const double wall = max_wall_ > 0 ? max_wall_ : page_run_options().limits.max_wall;
               editor_.running_for > wall + kWallBackstop) {
      std::snprintf(buf, sizeof buf, "budget exceeded: wall clock (%g s): the page dropped the run", wall);
      stop_run(buf);
    }
  }
  editor_.stop_requested = false;
  ui_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  drawn_ = shown_at_start;
}

std::string App::state_json() const {
  std::string j = player_.state_json();
  // extra fields: the scenario's title and the UI's last frame cost
  j.pop_back();
  j += ",\"title\":" + trace::json_quote(info_.title);
  j += ",\"ui_ms\":" + trace::json_number(ui_ms_);
  const ui::FoldStats& fs = page_.timeline.folded.stats;
  j += ",\"timeline\":{\"spans\":" + std::to_string(fs.spans) + ",\"folds\":" + std::to_string(fs.folds) +
       ",\"gate_spans\":" + std::to_string(fs.gate_spans) + ",\"gate_waits\":" + std::to_string(fs.gate_waits) +
       ",\"gate_min_px\":" + trace::json_number(fs.gate_min_px) +
       ",\"first_row\":" + std::to_string(page_.timeline.folded.view.row0) + ",\"marks\":{";
  for (size_t k = 0; k < ui::kWorldMarks; ++k)  // world marks in the view, by kind
    j += std::string(k ? "," : "") + "\"" + ui::world_mark_name(static_cast<ui::WorldMark>(k)) +
         "\":" + std::to_string(fs.world[k]);
  j += "}}";
  j += std::string(",\"view\":\"") + kViewNames[page_.view] + "\"";
  j += ",\"widgets\":{";
  bool first = true;
  for (const auto& [name, r] : page_.widgets) {
    if (!first) j += ',';
    first = false;
    j += trace::json_quote(name) + ":[" + trace::json_number(r.x) + "," + trace::json_number(r.y) + "," +
         trace::json_number(r.z) + "," + trace::json_number(r.w) + "]";
  }
  j += "}";
  j += script_json();
  j += sweep_json();
  j += compare_json();
  j += "}";
  return j;
}

// The script run's fields of the state JSON (empty when the run shown is not
// a script): preset id, edited, exit_code, status, error {line,col,message}
// or null, deadlock line or null, stderr, and console_all: every stdout line
// as `turnstile run --stamp` prints them (the DEADLOCK line included).
std::string App::script_json() const {
  if (!script_mode_) return ",\"preset\":null";
  using trace::json_quote;
  const Preset* preset = nullptr;
  for (const Preset& p : presets())
    if (p.id == preset_id_) preset = &p;
  std::string j;
  j += ",\"preset\":" + (preset_id_.empty() ? std::string("null") : json_quote(preset_id_));
  j += ",\"seed\":" + std::to_string(seed_);
  j += ",\"link_error\":" + (link_error_.empty() ? std::string("null") : json_quote(link_error_));
  j += ",\"banner\":" + (page_.banner.empty() ? std::string("null") : json_quote(page_.banner));
  j += std::string(",\"help\":") + (page_.help ? "true" : "false");
  j += ",\"link_max_fragment\":" + std::to_string(link::kMaxFragment);
  j += std::string(",\"edited\":") + (preset && preset->code == editor_.code ? "false" : "true");
  j += ",\"exit_code\":" + std::to_string(outcome_.exit_code);
  j += std::string(",\"running\":") + (running() ? "true" : "false");
  static const char* const kStatus[] = {"ok", "error", "syntax", "deadlock", "budget"};
  j += std::string(",\"status\":\"") + kStatus[outcome_.status] + "\"";
  const bool is_err = outcome_.status != vm::RunOutcome::Ok && outcome_.status != vm::RunOutcome::Deadlock;
  if (is_err)
    j += ",\"error\":{\"line\":" + std::to_string(outcome_.line) + ",\"col\":" + std::to_string(outcome_.col) +
         ",\"message\":" + json_quote(outcome_.message) + ",\"text\":" +
         json_quote(ui::error_location_text(editor_.report)) + "}";
  else
    j += ",\"error\":null";
  j += ",\"deadlock\":" +
       (outcome_.status == vm::RunOutcome::Deadlock ? json_quote(outcome_.message) : std::string("null"));
  j += ",\"stderr\":" + json_quote(outcome_.err);
  j += ",\"console_all\":[";
  for (size_t i = 0; i < console_all_.size(); ++i) {
    if (i) j += ',';
    j += json_quote(console_all_[i]);
  }
  j += "],\"code_lines\":" + std::to_string(1 + std::count(editor_.code.begin(), editor_.code.end(), '\n'));
  j += ",\"code_marks\":[";
  for (size_t i = 0; i < editor_.marks.size(); ++i)
    j += std::string(i ? "," : "") + "[" + std::to_string(editor_.marks[i].line) + "," +
         std::to_string(editor_.marks[i].count) + ",\"" +
         trace::state_name(static_cast<trace::State>(editor_.marks[i].state)) + "\"]";
  j += "],\"code_zones\":[";  // [async with line, first, last, gate]
  const std::vector<ui::GateZone> zones = ui::gate_zones(editor_.code, editor_.gates);
  for (size_t i = 0; i < zones.size(); ++i)
    j += std::string(i ? "," : "") + "[" + std::to_string(zones[i].with_line) + "," + std::to_string(zones[i].first) +
         "," + std::to_string(zones[i].last) + "," + json_quote(zones[i].gate) + "]";
  j += "]";
  j += ",\"sliders\":{";
  for (size_t i = 0; i < editor_.sliders.size(); ++i)
    j += (i ? "," : "") + json_quote(editor_.sliders[i].name) + ":" + trace::json_number(editor_.sliders[i].value);
  j += "}";
  return j;
}

void App::load_stress(int workers, int slots) {
  if (running()) {  // a script's run would replace this when it came back
    if (stop_run_) stop_run_();
    drop_pending();
  }
  script_mode_ = false;
  page_.banner.clear();
  load([&](trace::Trace& tr) { run_stress(tr, workers, slots); }, stress_info(workers, slots));
  page_.current = static_cast<int>(presets().size());
}

bool App::command(std::string_view cmd, std::string* err) {
  if (cmd == "compare pin" || cmd == "compare clear") {
    if (cmd == "compare pin") pin_run();
    else pinned_.reset();
    refresh_compare();
    return true;
  }
  if (cmd.substr(0, 12) == "load_preset ") {
    if (load_preset(cmd.substr(12))) return true;
    if (err) *err = "load_preset: no preset " + std::string(cmd.substr(12));
    return false;
  }
  if (cmd == "set_code" || cmd.substr(0, 9) == "set_code ") {
    set_code(std::string(cmd.size() > 9 ? cmd.substr(9) : std::string_view()));
    return true;
  }
  if (cmd.substr(0, 5) == "seed ") {
    std::string n(cmd.substr(5));
    char* end = nullptr;
    long long v = std::strtoll(n.c_str(), &end, 10);
    if (n.empty() || *end) {
      if (err) *err = "seed N: N must be an integer";
      return false;
    }
    seed_ = v;
    return true;
  }
  if (cmd.substr(0, 7) == "budget ") {
    const std::string rest(cmd.substr(7));
    char what[16] = {};
    double v = 0;
    char extra = 0;
    if (std::sscanf(rest.c_str(), "%15s %lf %c", what, &v, &extra) == 2 && v >= 0 && v < 1e15) {
      if (std::string_view(what) == "steps") {
        max_steps_ = static_cast<int64_t>(v);
        return true;
      }
      if (std::string_view(what) == "wall") {
        max_wall_ = v;
        return true;
      }
    }
    if (err) *err = "budget steps N | budget wall SECONDS";
    return false;
  }
  if (cmd.substr(0, 10) == "open_link ") {
    open_link(cmd.substr(10));
    return true;  // a bad link is shown on the page, not a failed command
  }
  if (cmd == "copy_link") {  // what the "copy link" button does, on the next frame
    page_.link_requested = true;
    return true;
  }
  if (cmd.substr(0, 13) == "restore_link ") {
    // what this browser kept from its last visit: a link it cannot open any
    // more (an older Turnstile's) is no news to the user
    if (!open_link(cmd.substr(13))) {
      page_.banner.clear();
      link_error_.clear();
    }
    return true;
  }
  if (cmd == "view timeline" || cmd == "view charts" || cmd == "view sweep" || cmd == "view compare") {
    page_.view = view_named(cmd.substr(5));
    page_.view_set = true;
    return true;
  }
  if (cmd == "sweep_start") {
    sweep_view_.start = true;
    return true;
  }
  if (cmd == "sweep_stop") {
    sweep_view_.stop = true;
    return true;
  }
  if (cmd.substr(0, 12) == "sweep_param ") {
    for (size_t i = 0; i < sweep_view_.params.size(); ++i)
      if (sweep_view_.params[i] == cmd.substr(12)) sweep_view_.param = static_cast<int>(i);
    return true;
  }
  if (cmd.substr(0, 12) == "sweep_seeds ") {
    sweep_view_.seeds = std::clamp(std::atoi(std::string(cmd.substr(12)).c_str()), 1, 5);
    return true;
  }
  if (cmd.substr(0, 7) == "export ") {
    if (cmd.substr(7) == "py" || cmd.substr(7) == "trace" || cmd.substr(7) == "console" || cmd.substr(7) == "summary") {
      page_.export_requested = std::string(cmd.substr(7));
      return true;
    }
    if (err) *err = "export py|trace|console|summary";
    return false;
  }
  if (cmd.substr(0, 7) == "banner ") {  // a message from the page (a refused drop)
    page_.banner = std::string(cmd.substr(7));
    return true;
  }
  if (cmd.substr(0, 11) == "link_error ") {
    show_link_error(std::string(cmd.substr(11)));
    return true;
  }
  if (cmd == "run") {
    script_mode_ = true;
    run_code();
    return true;
  }
  if (cmd.substr(0, 11) == "load stress") {
    int n = 10000;
    std::string rest(cmd.substr(11));
    if (!rest.empty()) n = std::atoi(rest.c_str());
    if (n < 1 || n > 200000) {
      if (err) *err = "load stress N: N must be 1..200000";
      return false;
    }
    load_stress(n, std::max(1, n / 100));
    return true;
  }
  return player_.command(cmd, err);
}

App& the_app() {
  static App app;
  return app;
}

}  // namespace ts::app

extern "C" TS_EXPORT const char* ts_state_json() {
  static std::string buf;
  buf = ts::app::the_app().state_json();
  return buf.c_str();
}

extern "C" TS_EXPORT void ts_command(const char* cmd) {
  std::string err;
  if (!ts::app::the_app().command(cmd ? cmd : "", &err)) std::fprintf(stderr, "ts_command: %s\n", err.c_str());
}

extern "C" TS_EXPORT void ts_run_done(double id, const char* bytes, int len) {
  ts::app::the_app().run_done(static_cast<uint64_t>(id), std::string_view(bytes ? bytes : "", bytes ? len : 0));
}

extern "C" TS_EXPORT void ts_run_failed(double id, const char* why) {
  ts::app::the_app().run_failed(static_cast<uint64_t>(id), why ? why : "");
}

extern "C" TS_EXPORT int ts_run_pending() { return ts::app::the_app().busy() ? 1 : 0; }

extern "C" TS_EXPORT const char* ts_link_fragment() {
  static std::string buf;
  buf = ts::app::the_app().link_fragment();
  return buf.c_str();
}
