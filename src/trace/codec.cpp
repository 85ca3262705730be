#include "trace/codec.h"

#include <cstdint>
#include <cstring>

#include "trace/replay.h"

namespace ts::trace {

namespace {

constexpr char kMagic[] = "TSTRACE2";  // 2: a task's kind (task, thread, process)
constexpr size_t kMagicLen = sizeof kMagic - 1;

// One opcode per recording call, in Trace's order.
enum class Op : uint8_t {
  TaskCreate = 1, RenameTask, TaskRun, TaskReady, TaskBlock, TaskSleep, TaskDone, PrimCreate,
  GateWait, GateEnter, GateLeave, GateGiveUp, Print, Advance, Api, ServiceLimits, SetLine, Finish,
  QueueWait, QueueLevel, Progress,
};

// The writer: a Sink for replay() that appends each call as an opcode and
// its arguments (each line one call: `op(..), f64(..), u(..)` in order, the
// comma operator sequencing them left to right).
class Writer {
 public:
  std::string bytes{kMagic, kMagicLen};

  TaskId task_create(double t, const std::string& name, TaskId parent, TaskKind kind) {
    op(Op::TaskCreate), f64(t), str(name), u(parent), u(uint64_t(kind));
    return 0;
  }
  void rename_task(TaskId task, const std::string& name, const std::string& detail) {
    op(Op::RenameTask), u(task), str(name), str(detail);
  }
  void task_run(double t, TaskId task) { op(Op::TaskRun), f64(t), u(task); }
  void task_ready(double t, TaskId task) { op(Op::TaskReady), f64(t), u(task); }
  void task_block(double t, TaskId task, uint32_t on) { op(Op::TaskBlock), f64(t), u(task), u(on); }
  void task_sleep(double t, TaskId task) { op(Op::TaskSleep), f64(t), u(task); }
  void task_done(double t, TaskId task, DoneHow how) { op(Op::TaskDone), f64(t), u(task), u(uint64_t(how)); }
  void prim_create(double t, const std::string& name, PrimKind kind, uint32_t capacity) {
    op(Op::PrimCreate), f64(t), str(name), u(uint64_t(kind)), u(capacity);
  }
  void gate_wait(double t, TaskId task, PrimId p) { op(Op::GateWait), f64(t), u(task), u(p); }
  void gate_enter(double t, TaskId task, PrimId p) { op(Op::GateEnter), f64(t), u(task), u(p); }
  void gate_leave(double t, TaskId task, PrimId p) { op(Op::GateLeave), f64(t), u(task), u(p); }
  void gate_give_up(double t, TaskId task, PrimId p) { op(Op::GateGiveUp), f64(t), u(task), u(p); }
  void queue_wait(double t, TaskId task, PrimId p, QueueOp how) {
    op(Op::QueueWait), f64(t), u(task), u(p), u(uint64_t(how));
  }
  void queue_level(double t, PrimId p, uint32_t items) { op(Op::QueueLevel), f64(t), u(p), u(items); }
  void print(double t, TaskId task, const std::string& text) { op(Op::Print), f64(t), u(task), str(text); }
  void advance(double t) { op(Op::Advance), f64(t); }
  void api_event(double t, TaskId task, const ApiEvent& e) {
    op(Op::Api), f64(t), u(task), u(uint64_t(e.kind)), u(e.status), i(e.id), i(e.attempt), f64(e.value),
        i(e.tokens), i(e.key), str(e.source), str(e.cause);
  }
  void service_limits(double t, const ServiceLimits& s) {
    op(Op::ServiceLimits), f64(t), str(s.name), f64(s.rpm), f64(s.tpm), f64(s.max_concurrency), f64(s.capacity),
        str(s.enforce);
  }
  void progress_event(double t, TaskId task, const ProgressEvent& e) {
    op(Op::Progress), f64(t), u(task), u(uint64_t(e.kind)), i(e.id), f64(e.n), f64(e.total), str(e.desc),
        str(e.unit);
  }
  void set_line(TaskId task, uint32_t line) { op(Op::SetLine), u(task), u(line); }
  void finish(double t, const std::string& outcome) { op(Op::Finish), f64(t), str(outcome); }

 private:
  Writer& op(Op o) {
    bytes.push_back(static_cast<char>(o));
    return *this;
  }
  Writer& u(uint64_t v) {
    do {
      uint8_t b = v & 0x7f;
      v >>= 7;
      bytes.push_back(static_cast<char>(v ? b | 0x80 : b));
    } while (v);
    return *this;
  }
  // zigzag, so small negatives stay short
  Writer& i(int64_t v) { return u((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  Writer& f64(double v) {
    char b[8];
    std::memcpy(b, &v, 8);
    bytes.append(b, 8);
    return *this;
  }
  Writer& str(const std::string& s) {
    u(s.size());
    bytes += s;
    return *this;
  }
};

class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ >= b_.size(); }
  uint64_t u() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (!need(1)) return 0;
      uint8_t c = static_cast<uint8_t>(b_[pos_++]);
      v |= uint64_t(c & 0x7f) << shift;
      if (!(c & 0x80)) return v;
    }
    ok_ = false;
    return 0;
  }
  uint32_t u32() {
    uint64_t v = u();
    if (v > 0xFFFFFFFFu) ok_ = false;
    return static_cast<uint32_t>(v);
  }
  int64_t i() {
    uint64_t v = u();
    return static_cast<int64_t>((v >> 1) ^ (~(v & 1) + 1));
  }
  double f64() {
    double v = 0;
    if (need(8)) std::memcpy(&v, b_.data() + pos_, 8), pos_ += 8;
    return v;
  }
  std::string str() {
    uint64_t n = u();
    if (!need(n)) return {};
    std::string s(b_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  uint8_t byte() { return need(1) ? static_cast<uint8_t>(b_[pos_++]) : 0; }
  size_t pos() const { return pos_; }
  void rewind(size_t p) { pos_ = p; }

 private:
  bool need(uint64_t n) {
    if (ok_ && n <= b_.size() - pos_) return true;
    ok_ = false;
    return false;
  }
  std::string_view b_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

std::string encode(const Trace& tr) {
  Writer w;
  replay(tr, tr.events().size(), w);
  return std::move(w.bytes);
}

bool decode(std::string_view bytes, Trace& out, std::string& err) {
  out.clear();
  if (bytes.substr(0, kMagicLen) != std::string_view(kMagic, kMagicLen)) {
    err = "not a Turnstile trace";
    return false;
  }
  Reader r(bytes.substr(kMagicLen));
  bool finished = false;
  // Every id must name what the trace has made so far: the recording calls
  // index their vectors with them.
  auto task_ok = [&](TaskId t) { return t < out.tasks().size(); };
  auto prim_ok = [&](PrimId p) { return p < out.prims().size(); };
  auto bad = [&](const char* what) {
    err = std::string("damaged trace: ") + what;
    out.clear();
    return false;
  };
  double last_t = 0;
  while (r.ok() && !r.at_end() && !finished) {
    const Op op = static_cast<Op>(r.byte());
    double t = 0;
    TaskId task = 0;
    if (op != Op::RenameTask && op != Op::SetLine) {
      // the recording calls take nondecreasing times (the views bisect them)
      const size_t at = r.pos();
      t = r.f64();
      if (!(t >= last_t)) return bad("time goes back");
      last_t = t;
      r.rewind(at);
    }
    switch (op) {
      case Op::TaskCreate: {
        t = r.f64();
        std::string name = r.str();
        uint32_t parent = r.u32();
        uint32_t kind = r.u32();
        if (parent != kNone && !task_ok(parent)) return bad("parent task");
        if (kind > uint32_t(TaskKind::Process)) return bad("task kind");
        out.task_create(t, std::move(name), parent, static_cast<TaskKind>(kind));
        break;
      }
      case Op::RenameTask: {
        task = r.u32();
        std::string name = r.str(), detail = r.str();
        if (!task_ok(task)) return bad("task id");
        out.rename_task(task, std::move(name), std::move(detail));
        break;
      }
      case Op::TaskRun: case Op::TaskReady: case Op::TaskSleep: case Op::TaskBlock: case Op::TaskDone: {
        t = r.f64();
        task = r.u32();
        uint32_t arg = op == Op::TaskBlock || op == Op::TaskDone ? r.u32() : 0;
        if (!task_ok(task)) return bad("task id");
        if (op == Op::TaskRun) out.task_run(t, task);
        else if (op == Op::TaskReady) out.task_ready(t, task);
        else if (op == Op::TaskSleep) out.task_sleep(t, task);
        else if (op == Op::TaskBlock) out.task_block(t, task, arg);
        else if (arg > uint32_t(DoneHow::Killed)) return bad("how a task ended");
        else out.task_done(t, task, static_cast<DoneHow>(arg));
        break;
      }
      case Op::PrimCreate: {
        t = r.f64();
        std::string name = r.str();
        uint32_t kind = r.u32(), capacity = r.u32();
        if (kind > uint32_t(PrimKind::Other)) return bad("primitive kind");
        out.prim_create(t, std::move(name), static_cast<PrimKind>(kind), capacity);
        break;
      }
      case Op::GateWait: case Op::GateEnter: case Op::GateLeave: case Op::GateGiveUp: {
        t = r.f64();
        task = r.u32();
        PrimId p = r.u32();
        // a semaphore released by no task (kNone) leaves its longest holder
        if (!prim_ok(p) || (!task_ok(task) && !(op == Op::GateLeave && task == kNone))) return bad("gate event");
        if (op == Op::GateWait) out.gate_wait(t, task, p);
        else if (op == Op::GateEnter) out.gate_enter(t, task, p);
        else if (op == Op::GateLeave) out.gate_leave(t, task, p);
        else out.gate_give_up(t, task, p);
        break;
      }
      case Op::QueueWait: {
        t = r.f64();
        task = r.u32();
        PrimId p = r.u32();
        uint32_t how = r.u32();
        if (!task_ok(task) || !prim_ok(p) || how > uint32_t(QueueOp::Join)) return bad("queue event");
        out.queue_wait(t, task, p, static_cast<QueueOp>(how));
        break;
      }
      case Op::QueueLevel: {
        t = r.f64();
        PrimId p = r.u32();
        uint32_t items = r.u32();
        if (!prim_ok(p)) return bad("queue event");
        out.queue_level(t, p, items);
        break;
      }
      case Op::Print: {
        t = r.f64();
        task = r.u32();
        std::string text = r.str();
        out.print(t, task, std::move(text));
        break;
      }
      case Op::Advance: out.advance(r.f64()); break;
      case Op::Api: {
        t = r.f64();
        task = r.u32();
        ApiEvent e;
        uint32_t kind = r.u32();
        if (kind > uint32_t(ApiKind::TryEnd)) return bad("API event kind");
        e.kind = static_cast<ApiKind>(kind);
        e.status = static_cast<uint16_t>(r.u32());
        e.id = r.i();
        e.attempt = r.i();
        e.value = r.f64();
        e.tokens = r.i();
        e.key = r.i();
        e.source = r.str();
        e.cause = r.str();
        out.api_event(t, task, std::move(e));
        break;
      }
      case Op::Progress: {
        t = r.f64();
        task = r.u32();
        ProgressEvent e;
        const uint32_t kind = r.u32();
        if (kind > uint32_t(ProgressKind::Close)) return bad("progress event kind");
        e.kind = static_cast<ProgressKind>(kind);
        e.id = r.i();
        e.n = r.f64();
        e.total = r.f64();
        e.desc = r.str();
        e.unit = r.str();
        out.progress_event(t, task, std::move(e));
        break;
      }
      case Op::ServiceLimits: {
        t = r.f64();
        ServiceLimits s;
        s.name = r.str();
        s.rpm = r.f64();
        s.tpm = r.f64();
        s.max_concurrency = r.f64();
        s.capacity = r.f64();
        s.enforce = r.str();
        out.service_limits(t, std::move(s));
        break;
      }
      case Op::SetLine: {
        task = r.u32();
        uint32_t line = r.u32();
        out.set_line(task, line);
        break;
      }
      case Op::Finish: {
        t = r.f64();
        std::string outcome = r.str();
        if (r.ok()) out.finish(t, std::move(outcome));
        finished = true;
        break;
      }
      default: return bad("unknown record");
    }
  }
  if (!r.ok()) return bad("truncated");
  if (!finished) return bad("no end");
  return true;
}

}  // namespace ts::trace
