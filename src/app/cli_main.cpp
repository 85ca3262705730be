// turnstile: the command-line runner.
//   turnstile run FILE.py [--stamp] [--seed N] [--set NAME=VALUE]... [--trace OUT.jsonl] [--max-steps N]
//   turnstile run --link URL [...]     the scenario of a share link (its code, seed and slider values;
//                                      URL "-": read from stdin)
//   turnstile sweep FILE.py --param NAME=LO..HI[:STEP] [...]   (cli_sweep.cpp)
//   turnstile link FILE.py [--seed N] [--base URL] [--set ...] [--sweep ...]   prints a share link for FILE.py
//   turnstile compare A.py [B.py] [--set NAME=VALUE]... [--seed N] [--seed-b N] [--csv]   (cli_compare.cpp)
//   turnstile export FILE.py [--seed N] [-o OUT.py]   one .py that runs under CPython as it runs here
//   turnstile dis FILE.py
#include <algorithm>
#include <cstdio>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <memory>

#include "world/threads.h"
#include "app/export_py.h"
#include "app/cli.h"
#include "app/link.h"
#include "app/script_run.h"
#include "app/sliders.h"
#include "app/sweep.h"
#include "script/scenario.h"
#include "trace/export.h"
#include "trace/recorder.h"
#include "trace/trace.h"

static int usage() {
  std::fprintf(stderr,
               "usage: turnstile run FILE.py [--stamp] [--seed N] [--set NAME=VALUE]... [--trace OUT.jsonl] [--max-steps N] [--max-time SECONDS] [--max-heap MB]\n"
               "                      [--max-wall SECONDS] [--max-objects N] [--max-tasks N] [--max-output BYTES]\n"
               "       turnstile run --link URL [--stamp] [--set NAME=VALUE]... [--trace OUT.jsonl] [--max-steps N]\n"
               "       turnstile sweep FILE.py --param NAME[=LO..HI[:STEP]] [--seeds N] [--budget FAILS] [--csv OUT.csv] [--seed N] [--set NAME=VALUE]...\n"
               "       turnstile sweep --link URL [--param ...] [...]\n"
               "       turnstile link FILE.py [--seed N] [--base URL] [--set NAME=VALUE]... [--sweep NAME[=LO..HI[:STEP]] [--seeds N] [--budget FAILS]]\n"
               "       turnstile compare A.py [B.py] [--set NAME=VALUE]... [--seed N] [--seed-b N] [--csv]\n"
               "       turnstile export FILE.py [--seed N] [-o OUT.py]\n"
               "       turnstile dis FILE.py\n"
               "exit codes: 0 ok, 1 uncaught exception or budget exceeded, 2 syntax/subset error, 3 deadlock\n");
  return 64;
}

bool ts::app::cli::integer_arg(const char* text, int64_t& out) {
  char* end = nullptr;
  const long long v = std::strtoll(text, &end, 10);
  if (!*text || *end) return false;
  out = v;
  return true;
}

bool ts::app::cli::read_file(const std::string& file, std::string& out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "turnstile: cannot open %s\n", file.c_str());
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// turnstile link FILE.py [--seed N] [--base URL] [--set NAME=VALUE]... [--sweep NAME[=LO..HI[:STEP]]
//                [--seeds N] [--budget FAILS]]
static int make_link(int argc, char** argv) {
  ts::app::link::Scenario sc;
  std::string file, base = "http://127.0.0.1:8000/", sweep;
  ts::app::SweepSpec spec;
  for (int i = 2; i < argc; i++) {
    std::string a = argv[i];
    std::string err;
    ts::app::Override o;
    if (a == "--seed" && i + 1 < argc) sc.seed = std::stoll(argv[++i]);
    else if (a == "--base" && i + 1 < argc) base = argv[++i];
    else if (a == "--sweep" && i + 1 < argc) sweep = argv[++i];
    else if (a == "--seeds" && i + 1 < argc) sc.sweep.seeds = std::max(1LL, std::strtoll(argv[++i], nullptr, 10));
    else if (a == "--budget" && i + 1 < argc) sc.sweep.budget = std::max(0.0, std::strtod(argv[++i], nullptr));
    else if (a == "--set" && i + 1 < argc) {
      if (!ts::app::parse_override(argv[++i], o, err)) {
        std::fprintf(stderr, "turnstile: --set: %s\n", err.c_str());
        return 2;
      }
      sc.sliders.push_back(o);
    } else if (!a.empty() && a[0] == '-') return usage();
    else file = a;
  }
  if (file.empty()) return usage();
  if (!ts::app::cli::read_file(file, sc.code)) return 66;
  if (sc.code.size() > ts::app::link::kMaxCode) {
    std::fprintf(stderr, "turnstile: %s is larger than a link can hold (%zu KiB)\n", file.c_str(),
                 ts::app::link::kMaxCode / 1024);
    return 65;
  }
  std::string err, checked;
  if (!ts::app::apply_overrides(sc.code, sc.sliders, checked, err) ||
      (!sweep.empty() && !ts::app::parse_param(sweep, sc.code, spec, err))) {
    std::fprintf(stderr, "turnstile: %s: %s\n", file.c_str(), err.c_str());
    return 2;
  }
  if (!sweep.empty()) {
    sc.sweep.param = spec.param;
    sc.sweep.lo = spec.lo;
    sc.sweep.hi = spec.hi;
    sc.sweep.step = spec.step;
  }
  std::printf("%s#%s\n", base.c_str(), ts::app::link::encode_fragment(sc).c_str());
  return 0;
}

// turnstile export FILE.py [--seed N] [-o OUT.py]
static int export_file(int argc, char** argv) {
  std::string file, out_path;
  int64_t seed = 0;
  for (int i = 2; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--seed" && i + 1 < argc) seed = std::stoll(argv[++i]);
    else if (a == "-o" && i + 1 < argc) out_path = argv[++i];
    else if (!a.empty() && a[0] == '-') return usage();
    else file = a;
  }
  std::string code;
  if (file.empty()) return usage();
  if (!ts::app::cli::read_file(file, code)) return 66;
  const size_t slash = file.find_last_of('/');
  const std::string base = slash == std::string::npos ? file : file.substr(slash + 1);
  const std::string py = ts::app::export_python(code, base, seed, base);
  if (out_path.empty()) {
    std::fwrite(py.data(), 1, py.size(), stdout);
    return 0;
  }
  std::ofstream out(out_path, std::ios::binary);
  out << py;
  if (!out) {
    std::fprintf(stderr, "turnstile: cannot write %s\n", out_path.c_str());
    return 73;
  }
  return 0;
}

int main(int argc, char** argv) {
  ts::world::register_modules();
  if (argc == 3 && std::strcmp(argv[1], "dis") == 0) {
    std::string src, out;
    if (!ts::app::cli::read_file(argv[2], src)) return 66;
    int rc = ts::vm::disassemble_source(src, argv[2], out);
    std::fwrite(out.data(), 1, out.size(), rc ? stderr : stdout);
    return rc;
  }
  if (argc >= 3 && std::strcmp(argv[1], "link") == 0) return make_link(argc, argv);
  if (argc >= 3 && std::strcmp(argv[1], "export") == 0) return export_file(argc, argv);
  if (argc >= 3 && std::strcmp(argv[1], "sweep") == 0) return ts::app::cli::sweep(argc, argv);
  if (argc >= 3 && std::strcmp(argv[1], "compare") == 0) return ts::app::cli::compare(argc, argv);
  if (argc < 3 || std::strcmp(argv[1], "run") != 0) return usage();
  std::string file, link_url;
  ts::vm::RunOptions opts;
#ifdef __EMSCRIPTEN__
  // wasm32 under node: at most 2 GiB of memory, so the byte budget ends a run first
  opts.limits.max_heap = size_t(1536) << 20;
#endif
  std::string trace_path;
  std::vector<ts::app::Override> set;
  for (int i = 2; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--stamp") opts.stamp = true;
    else if (a == "--set" && i + 1 < argc) {
      ts::app::Override o;
      std::string err;
      if (!ts::app::parse_override(argv[++i], o, err)) {
        std::fprintf(stderr, "turnstile: --set: %s\n", err.c_str());
        return 2;
      }
      if (o.name == "seed") opts.seed = static_cast<int64_t>(o.value);  // the run's seed, as in a sweep
      else set.push_back(o);
    }
    else if (a == "--link" && i + 1 < argc) link_url = argv[++i];
    else if (a == "--seed" && i + 1 < argc) opts.seed = std::stoll(argv[++i]);
    else if (a.rfind("--seed=", 0) == 0) opts.seed = std::stoll(a.substr(7));
    else if (a == "--trace" && i + 1 < argc) trace_path = argv[++i];
    else if (a == "--max-steps" && i + 1 < argc) opts.limits.max_steps = std::stoll(argv[++i]);
    else if (a == "--max-time" && i + 1 < argc) opts.max_time = std::stod(argv[++i]);
    else if (a == "--max-heap" && i + 1 < argc) opts.limits.max_heap = size_t(std::stoull(argv[++i])) << 20;
    else if (a == "--max-wall" && i + 1 < argc) opts.limits.max_wall = std::stod(argv[++i]);
    else if (a == "--max-objects" && i + 1 < argc) opts.limits.max_objects = std::stoll(argv[++i]);
    else if (a == "--max-tasks" && i + 1 < argc) opts.limits.max_tasks = std::stoull(argv[++i]);
    else if (a == "--max-output" && i + 1 < argc) opts.limits.max_output = std::stoull(argv[++i]);
    else if (!a.empty() && a[0] == '-') return usage();
    else file = a;
  }
  std::string src;
  if (!link_url.empty()) {
    if (!file.empty()) return usage();
    ts::app::link::Scenario sc;
    std::string err;
    if (link_url == "-") {  // from stdin: a link can be longer than a command line may be
      link_url.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
      while (!link_url.empty() && std::isspace(static_cast<unsigned char>(link_url.back()))) link_url.pop_back();
    }
    if (!ts::app::link::decode(link_url, sc, err)) {
      std::fprintf(stderr, "turnstile: %s\n", err.c_str());
      return 65;
    }
    if (sc.code.empty()) {  // a #preset= link: the preset, as the page opens it
      const ts::app::Preset* p = ts::app::find_preset(sc.preset);
      if (!p) {
        std::fprintf(stderr, "turnstile: the link names preset '%s', which this Turnstile does not have\n",
                     sc.preset.c_str());
        return 65;
      }
      sc.code = p->code;
    }
    src = sc.code;
    opts.seed = sc.seed;
    file = "scenario.py";
    set.insert(set.begin(), sc.sliders.begin(), sc.sliders.end());  // --set wins over the link's values
  } else {
    if (file.empty()) return usage();
    if (!ts::app::cli::read_file(file, src)) return 66;
  }
  if (!set.empty()) {
    std::string rewritten, err;
    if (!ts::app::apply_overrides(src, set, rewritten, err)) {
      std::fprintf(stderr, "turnstile: %s: %s\n", file.c_str(), err.c_str());
      return 2;
    }
    src = std::move(rewritten);
  }
  ts::trace::Trace tr;
  std::unique_ptr<ts::trace::Recorder> rec;
  if (!trace_path.empty()) ts::app::record_into(opts, tr, rec);
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
