// turnstile sweep: one parameter over a range, a row of metrics per value and
// the recommendation (sweep.h), the same numbers the page plots.
//   turnstile sweep FILE.py --param NAME[=LO..HI[:STEP]] [--seeds N] [--budget FAILS]
//                   [--csv OUT.csv] [--seed N] [--set NAME=VALUE]... [--max-steps N]
//   turnstile sweep --link URL [--param ...]   the link's script, slider values, seed and sweep
// Exit codes: 0 the sweep ran (whatever its runs did), 2 a bad argument,
// parameter or link, 66 an unreadable file, 73 an unwritable CSV.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "app/cli.h"
#include "app/link.h"
#include "app/script_run.h"
#include "app/sweep.h"

namespace ts::app::cli {

namespace {

int fail(const std::string& msg) {
  std::fprintf(stderr, "turnstile sweep: %s\n", msg.c_str());
  return 2;
}

}  // namespace

int sweep(int argc, char** argv) {
  std::string file, link_url, param, csv_path;
  SweepSpec spec;
  int64_t seeds = -1, first_seed = 0;
  bool has_seed = false, has_budget = false;
  vm::RunOptions base;
  std::vector<Override> set;
  for (int i = 2; i < argc; i++) {
    std::string a = argv[i];
    bool more = i + 1 < argc;
    if (a == "--param" && more) param = argv[++i];
    else if (a == "--link" && more) link_url = argv[++i];
    else if (a == "--csv" && more) csv_path = argv[++i];
    else if (a == "--seeds" && more) {
      if (!integer_arg(argv[++i], seeds) || seeds < 1) return fail("--seeds needs a whole number >= 1");
    } else if (a == "--seed" && more) {
      if (!integer_arg(argv[++i], first_seed)) return fail("--seed needs a whole number");
      has_seed = true;
    } else if (a == "--budget" && more) {
      char* end = nullptr;
      const char* t = argv[++i];
      spec.budget = std::strtod(t, &end);
      if (!*t || *end || !(spec.budget >= 0)) return fail("--budget needs a number of failed calls >= 0");
      has_budget = true;
    } else if (a == "--set" && more) {
      Override o;
      std::string err;
      if (!parse_override(argv[++i], o, err)) return fail("--set: " + err);
      if (o.name == "seed") {  // the run's seed, as in turnstile run
        first_seed = static_cast<int64_t>(o.value);
        has_seed = true;
      } else {
        set.push_back(o);
      }
    } else if (a == "--max-steps" && more) {
      int64_t n;
      if (!integer_arg(argv[++i], n) || n < 1) return fail("--max-steps needs a whole number >= 1");
      base.limits.max_steps = n;
    } else if (!a.empty() && a[0] == '-') {
      return fail("unknown option " + a + " (usage: turnstile sweep FILE.py --param NAME=LO..HI[:STEP] "
                  "[--seeds N] [--budget FAILS] [--csv OUT.csv] [--seed N] [--set NAME=VALUE]...)");
    } else if (file.empty()) {
      file = a;
    } else {
      return fail("one script at a time (" + file + " and " + a + ")");
    }
  }
  std::string src;
  if (!link_url.empty()) {
    if (!file.empty()) return fail("give a file or --link, not both");
    link::Scenario sc;
    std::string err;
    if (!link::decode(link_url, sc, err)) return fail(err);
    if (sc.code.empty()) {
      const Preset* p = find_preset(sc.preset);
      if (!p) return fail("the link names preset '" + sc.preset + "', which this Turnstile does not have");
      sc.code = p->code;
    }
    src = sc.code;
    file = "scenario.py";
    if (!has_seed) first_seed = sc.seed;
    set.insert(set.begin(), sc.sliders.begin(), sc.sliders.end());
    if (param.empty() && !sc.sweep.param.empty()) {
      spec.param = sc.sweep.param;
      spec.lo = sc.sweep.lo;
      spec.hi = sc.sweep.hi;
      spec.step = sc.sweep.step;
      if (seeds < 0) seeds = sc.sweep.seeds;
      if (!has_budget) spec.budget = sc.sweep.budget;
    }
  } else {
    if (file.empty()) return fail("which script? turnstile sweep FILE.py --param NAME=LO..HI[:STEP]");
    if (!read_file(file, src)) return 66;
  }
  if (!param.empty()) {
    std::string err;
    if (!parse_param(param, src, spec, err)) return fail(err);
  }
  if (spec.param.empty()) return fail("what to sweep? --param NAME=LO..HI[:STEP]");
  spec.seeds = seeds < 0 ? 1 : static_cast<int>(seeds);
  spec.first_seed = first_seed;
  spec.fixed = set;
  Sweep sw;
  std::string err;
  if (!sw.init(src, file, spec, err, base)) return fail(err);
  sw.run_all();
  std::string text = sw.text();
  std::fwrite(text.data(), 1, text.size(), stdout);
  if (!csv_path.empty()) {
    std::ofstream out(csv_path, std::ios::binary);
    std::string csv = sw.csv();
    if (!out || !out.write(csv.data(), static_cast<std::streamsize>(csv.size()))) {
      std::fprintf(stderr, "turnstile sweep: cannot write %s\n", csv_path.c_str());
      return 73;
    }
  }
  return 0;
}

}  // namespace ts::app::cli
