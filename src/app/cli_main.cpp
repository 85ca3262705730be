// turnstile: the command-line runner.
//   turnstile run FILE.py [--stamp] [--seed N] [--trace OUT.jsonl] [--max-steps N]
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <memory>

#include "script/scenario.h"
#include "trace/export.h"
#include "trace/recorder.h"
#include "trace/trace.h"

static int usage() {
  std::fprintf(stderr,
               "usage: turnstile run FILE.py [--stamp] [--seed N] [--trace OUT.jsonl] [--max-steps N]\n"
               "exit codes: 0 ok, 1 uncaught exception or budget exceeded, 2 syntax/subset error, 3 deadlock\n");
  return 64;
}

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "dis") == 0) {
    std::ifstream in(argv[2], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string out;
    int rc = ts::vm::disassemble_source(ss.str(), argv[2], out);
    std::fwrite(out.data(), 1, out.size(), rc ? stderr : stdout);
    return rc;
  }
  if (argc < 3 || std::strcmp(argv[1], "run") != 0) return usage();
  std::string file;
  ts::vm::RunOptions opts;
  std::string trace_path;
  for (int i = 2; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--stamp") opts.stamp = true;
    else if (a == "--seed" && i + 1 < argc) opts.seed = std::stoll(argv[++i]);
    else if (a.rfind("--seed=", 0) == 0) opts.seed = std::stoll(a.substr(7));
    else if (a == "--trace" && i + 1 < argc) trace_path = argv[++i];
    else if (a == "--max-steps" && i + 1 < argc) opts.limits.max_steps = std::stoll(argv[++i]);
    else if (!a.empty() && a[0] == '-') return usage();
    else file = a;
  }
  if (file.empty()) return usage();
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "turnstile: cannot open %s\n", file.c_str());
    return 66;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::string src = ss.str();
  ts::trace::Trace tr;
  std::unique_ptr<ts::trace::Recorder> rec;
  if (!trace_path.empty()) {
    opts.on_start = [&](ts::Loop& loop) {
      rec = std::make_unique<ts::trace::Recorder>(loop, tr);
      loop.set_observer(rec.get());
    };
    opts.on_line = [&](double, const std::string& line) { rec->print(line); };
    opts.on_finish = [&](const ts::RunResult& rr) {
      rec->finish(rr);
      rec.reset();
    };
  }
  ts::vm::RunOutcome r = ts::vm::run_source(src, file, opts);
  if (!trace_path.empty()) {
    std::ofstream tout(trace_path, std::ios::binary);
    if (!tout) {
      std::fprintf(stderr, "turnstile: cannot write %s\n", trace_path.c_str());
      return 73;
    }
    ts::trace::write_jsonl(tr, tout);
  }
  std::fwrite(r.out.data(), 1, r.out.size(), stdout);
  std::fflush(stdout);
  std::fwrite(r.err.data(), 1, r.err.size(), stderr);
  return r.exit_code;
}
