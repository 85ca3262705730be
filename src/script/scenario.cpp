#include "script/scenario.h"

#include <cstdio>
#include <cstring>
#include <new>

#include "core/heap.h"
#include "script/compile/disasm.h"
#include "script/front/parser.h"
#include "script/importer.h"
#include "script/modules/modules.h"

namespace ts::vm {

namespace {

std::string stamp_of(double t) {
  char buf[400];  // time.sleep(1e308): 309 digits before the point
  snprintf(buf, sizeof buf, "%.3f ", t);
  return buf;
}

// Splits written text into lines, stamping each at the time it starts.
struct OutputSink {
  const RunOptions& opts;
  Loop& loop;
  std::string& out;
  std::string line;
  bool at_line_start = true;
  double line_time = 0;
  void write(std::string_view s) {
    for (char c : s) {
      if (at_line_start) {
        line_time = loop.time();
        if (opts.stamp) out += stamp_of(line_time);
        at_line_start = false;
      }
      out += c;
      if (c == '\n') {
        if (opts.on_line) opts.on_line(line_time, line);
        line.clear();
        at_line_start = true;
      } else {
        line += c;
      }
    }
  }
  // Where stdout's strict UTF-8 encoder would refuse s: the first lone
  // surrogate (stored as its three-byte form), as a code point index into
  // the chunk CPython's stamped writer hands the encoder (the stamps it puts
  // before each line counted). False when s encodes.
  bool surrogate_at(std::string_view s, int64_t& pos, uint32_t& cp) const {
    if (s.find('\xed') == std::string_view::npos) return false;
    bool bol = at_line_start;
    pos = 0;
    for (size_t i = 0; i < s.size();) {
      const unsigned char c = (unsigned char)s[i];
      if (bol && opts.stamp && c != '\n') pos += int64_t(stamp_of(loop.time()).size());
      bol = c == '\n';
      if (c == 0xed && i + 2 < s.size() && ((unsigned char)s[i + 1] & 0xe0) == 0xa0) {
        cp = 0xd000u | (uint32_t((unsigned char)s[i + 1] & 0x3f) << 6) | ((unsigned char)s[i + 2] & 0x3f);
        return true;
      }
      i += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
      ++pos;
    }
    return false;
  }
  void flush() {
    if (!at_line_start && opts.on_line) opts.on_line(line_time, line);
    line.clear();
  }
};

}  // namespace

// Always in this order: the interpreter (vm.eval_function), the builtins,
// the builtin types' methods, the native modules, the importer of the Python
// ones.
void install_runtime(VM& vm) {
  install_interpreter(vm);
  install_builtins(vm);
  install_type_methods(vm);
  install_modules(vm);
  install_importer(vm);
}

// An uncaught SystemExit ends the run as CPython's handle_system_exit: its
// code None is 0, an int is the exit status, anything else is printed on
// stderr and the status is 1; no traceback.
static void exit_status(VM& vm, RunOutcome& r) {
  Value exc = vm.error;
  vm.error = Value();
  static Ref<Str> code_attr = make<Str>("code");
  Value code;
  std::string text;
  if (!vm.getattr(exc, *code_attr, code)) code = Value::integer(1);
  if (code.is_none()) {
    r.exit_code = 0;
  } else if (code.tag == Value::Int || code.tag == Value::Bool) {
    r.exit_code = int(code.tag == Value::Int ? code.i : code.b) & 0xff;
  } else {
    r.exit_code = 1;
    if (vm.str(code, text)) r.err = text + "\n";
  }
  vm.error = Value();
  r.status = r.exit_code == 0 ? RunOutcome::Ok : RunOutcome::Error;
  r.message = vm.format_exception_only(exc);
}

static std::string error_line(const std::string& filename, const ast::Pos& pos, const std::string& msg) {
  return filename + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.col) + ": " + msg + "\n";
}

RunOutcome run_source(std::string_view source, const std::string& filename, const RunOptions& opts) {
  RunOutcome r;
  ast::Pos pos;
  Ref<Code> code = compile_source(source, filename, pos, r.message);
  if (!code && is_compile_exception(r.message)) {  // as CPython's compile() raising
    r.status = RunOutcome::Error;
    r.exit_code = 1;
    r.line = pos.line;
    r.err = r.message + "\n";
    return r;
  }
  if (!code) {
    r.status = RunOutcome::SyntaxError;
    r.exit_code = 2;
    r.line = pos.line;
    r.col = pos.col;
    r.err = error_line(filename, pos, r.message);
    return r;
  }
  LoopLimits loop_limits;
  loop_limits.max_time = opts.max_time;
  Loop loop(nullptr, loop_limits);
  if (opts.observer) loop.set_observer(opts.observer);
  if (opts.on_start) opts.on_start(loop);
  {
    VM vm(loop, opts.limits);
    install_runtime(vm);
    seed_random(vm, opts.seed);
    set_argv(vm, filename);
    vm.main_file = filename;
    set_source_text(vm, filename, std::string(source));  // tracebacks print its lines
    {  // __file__ goes before __builtins__, as the oracle's module has them
      Value b = *vm.main_globals->find_str("__builtins__");
      vm.main_globals->erase(vm.make_str("__builtins__"));
      vm.main_globals->set(vm.make_str("__file__"), vm.make_str(filename));
      vm.main_globals->set(vm.make_str("__builtins__"), b);
    }
    if (opts.limits.max_wall > 0) vm.wall_deadline = wall_now() + opts.limits.max_wall;
    if (opts.on_vm) opts.on_vm(vm);
    OutputSink sink{opts, loop, r.out};
    vm.write = [&](std::string_view s) {
      int64_t pos;
      uint32_t cp;
      if (sink.surrogate_at(s, pos, cp)) {
        // The writer's caller sees vm.error set and fails (print, sys.stdout.write).
        Value* t = vm.builtins->find_str("UnicodeEncodeError");
        char hex[8];
        snprintf(hex, sizeof hex, "%04x", cp);
        // CPython's stamped writer has stamped the chunk before its encoder fails.
        sink.at_line_start = s.back() == '\n';
        vm.raise(t ? as<PyType>(*t) : vm.ValueError, std::string("'utf-8' codec can't encode character '\\u") + hex +
                                                          "' in position " + std::to_string(pos) +
                                                          ": surrogates not allowed");
        return;
      }
      sink.write(s);
    };
    if (opts.on_world_event)
      vm.world_event = [&](const std::string& kind, const VM::WorldFields& fields) {
        opts.on_world_event(loop.time(), kind, fields);
      };
    std::string err_text;
    vm.write_err = [&](std::string_view s) { err_text += s; };
    bool ok, out_of_memory = false;
    // The heap budget counts from what is live now (the page's own state).
    const size_t heap_before = heap::budget();
    heap::set_budget(opts.limits.max_heap ? heap::live_bytes() + opts.limits.max_heap : 0);
    try {
      ok = vm.exec_module(code);
      // As CPython's finalization: threading joins its threads (the main
      // module's exception stays the run's error).
      if (!vm.fatal) {
        Value err = std::move(vm.error);
        vm.error = Value();
        for (auto& hook : vm.at_exit) hook(vm);
        if (!err.is_none()) vm.error = std::move(err);
      }
    } catch (const std::bad_alloc&) {
      // An allocation the interpreter itself could not make (a natives'
      // failure is a catchable MemoryError): the run ends here.
      ok = false;
      out_of_memory = true;
    }
    heap::set_budget(heap_before);
    sink.flush();
    r.end_time = loop.time();
    if (loop.time_limit_hit()) {
      // Not a deadlock and not the script's error: the run was cut off, at
      // the line the tasks were waiting at (events.cpp's run_failed).
      r.status = RunOutcome::Budget;
      r.exit_code = 1;
      r.line = vm.fatal ? vm.fatal_line : 0;
      if (!r.line) r.line = vm.script_line();
      r.message = "budget exceeded: virtual time (" + budget_seconds(opts.max_time) + " s)";
      if (!sink.at_line_start) r.out += "\n";
      r.err = filename + ":" + std::to_string(r.line) + ": " + r.message + "\n";
    } else if (const RunResult* deadlock = asyncio_deadlock(vm)) {
      r.status = RunOutcome::Deadlock;
      r.exit_code = 3;
      r.blocked = deadlock->blocked;
      r.tasks_blocked = r.blocked.size();
      char buf[96];
      snprintf(buf, sizeof buf, "%.3f DEADLOCK %zu tasks blocked\n", deadlock->time, r.tasks_blocked);
      if (!sink.at_line_start) r.out += "\n";
      r.out += buf;
      r.end_time = deadlock->time;
      r.message = std::string(buf, strlen(buf) - 1);
      for (auto& b : r.blocked) {
        r.err += "  " + b.name + " (" + b.coro_name + (b.where.empty() ? "" : " at " + b.where) + ") waiting on " +
                 (b.waiting_on.empty() ? "?" : b.waiting_on) + "\n";
      }
    } else if (out_of_memory) {
      r.status = RunOutcome::Error;
      r.exit_code = 1;
      r.message = "MemoryError: memory budget exceeded (" + std::to_string(opts.limits.max_heap) + " bytes)";
      if (!sink.at_line_start) r.out += "\n";
      r.err = r.message + "\n";
      vm.error = Value();
    } else if (vm.fatal) {
      r.status = RunOutcome::Budget;
      r.exit_code = 1;
      r.line = vm.fatal_line;
      r.message = vm.fatal_message;
      r.err = filename + ":" + std::to_string(vm.fatal_line) + ": " + vm.fatal_message + "\n";
    } else if (!ok && vm.isinstance(vm.error, vm.SystemExit)) {
      exit_status(vm, r);
    } else if (!ok) {
      r.status = RunOutcome::Error;
      r.exit_code = 1;
      Value exc = vm.error;
      vm.error = Value();
      r.err = vm.format_traceback(exc);
      r.message = vm.format_exception_only(exc);
      if (Exception* e = as<Exception>(exc))
        if (!e->tb.empty()) r.line = e->tb.front().line;
    }
    r.err = err_text + r.err;
    if (opts.on_finish) {
      RunResult rr;
      rr.time = r.end_time;
      rr.status = r.status == RunOutcome::Ok ? RunResult::Completed
                  : r.status == RunOutcome::Deadlock ? RunResult::Deadlock : RunResult::Raised;
      rr.blocked = r.blocked;
      opts.on_finish(rr);
    }
    vm.error = Value();
  }
  return r;
}

int disassemble_source(std::string_view source, const std::string& filename, std::string& out) {
  ast::Pos pos;
  std::string msg;
  Ref<Code> code = compile_source(source, filename, pos, msg);
  if (!code) {
    out = error_line(filename, pos, msg);
    return 2;
  }
  out = disassemble(*code);
  return 0;
}

}  // namespace ts::vm
