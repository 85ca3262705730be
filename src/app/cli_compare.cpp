// turnstile compare: two runs side by side, the numbers the page's Compare
// tab shows (app/compare.h).
//   turnstile compare A.py [B.py] [--set NAME=VALUE]... [--seed N] [--seed-b N] [--csv]
// B is A.py itself when no B.py is given; --set and --seed-b change B only,
// --seed sets both runs' seed. The runs have the page's budgets.
// Exit codes: 0 both ran (whatever they did), 2 a bad argument, 66 an
// unreadable file.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/cli.h"
#include "app/compare.h"
#include "app/script_run.h"
#include "app/sliders.h"
#include "trace/stats.h"

namespace ts::app::cli {

namespace {

int fail(const std::string& msg) {
  std::fprintf(stderr, "turnstile compare: %s\n", msg.c_str());
  return 2;
}

trace::RunSummary run(const char* which, const std::string& code, const std::string& file, int64_t seed) {
  trace::Trace tr;
  const vm::RunOutcome r = record_script(code, file, tr, seed);
  if (r.exit_code != 0) std::fprintf(stderr, "%s: %s\n", which, r.message.c_str());
  return trace::summarize(tr);
}

std::string base_name(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

int compare(int argc, char** argv) {
  std::vector<std::string> files;
  std::vector<Override> set;
  int64_t seed = 0, seed_b = 0;
  bool has_seed_b = false, csv = false;
  for (int i = 2; i < argc; i++) {
    const std::string a = argv[i];
    const bool more = i + 1 < argc;
    if ((a == "--seed" || a == "--seed-b") && more) {
      if (!integer_arg(argv[++i], a == "--seed" ? seed : seed_b)) return fail(a + " needs a whole number");
      has_seed_b |= a == "--seed-b";
    } else if (a == "--set" && more) {
      Override o;
      std::string err;
      if (!parse_override(argv[++i], o, err)) return fail("--set: " + err);
      set.push_back(o);
    } else if (a == "--csv") {
      csv = true;
    } else if (!a.empty() && a[0] == '-') {
      return fail("unknown option " + a);
    } else {
      files.push_back(a);
    }
  }
  if (files.empty() || files.size() > 2) return fail("needs A.py and at most one B.py");
  if (!has_seed_b) seed_b = seed;
  std::string code_a, code_b;
  if (!read_file(files[0], code_a)) return 66;
  if (files.size() == 2 && !read_file(files[1], code_b)) return 66;
  if (files.size() == 1) code_b = code_a;
  std::string err, rewritten;
  if (!apply_overrides(code_b, set, rewritten, err)) return fail(files.back() + ": " + err);
  code_b = rewritten;
  const std::string name_a = base_name(files[0]), name_b = base_name(files.back());
  const std::vector<trace::CompareRow> rows = trace::compare_rows(run("A", code_a, name_a, seed),
                                                                  run("B", code_b, name_b, seed_b));
  if (csv) {
    const std::string text = compare_csv(rows);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  }
  std::printf("A: %s\nB: %s\ndiffers: %s\n\n", files[0].c_str(), files.back().c_str(),
              describe_difference(code_a, seed, code_b, seed_b).c_str());
  size_t w[3] = {4, 1, 1};
  for (const trace::CompareRow& r : rows) {
    w[0] = std::max(w[0], r.what.size());
    w[1] = std::max(w[1], r.a.size());
    w[2] = std::max(w[2], r.b.size());
  }
  auto line = [&](const std::string& what, const std::string& a, const std::string& b, const std::string& c) {
    std::printf("%-*s  %*s  %*s  %s\n", static_cast<int>(w[0]), what.c_str(), static_cast<int>(w[1]), a.c_str(),
                static_cast<int>(w[2]), b.c_str(), c.c_str());
  };
  line("what", "A", "B", "change (B against A)");
  for (const trace::CompareRow& r : rows)
    line(r.what, r.a, r.b, r.change + (r.better > 0 ? "  B better" : r.better < 0 ? "  A better" : ""));
  return 0;
}

}  // namespace ts::app::cli
