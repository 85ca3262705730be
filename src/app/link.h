// Share links: the whole scenario in a URL fragment.
//
//   #s=1.PAYLOAD     PAYLOAD = base64url(deflate-raw(JSON)), no padding;
//                    JSON = {"v":1,"code":...,"seed":0,"preset":"01_...","t":1.5,"view":"timeline",
//                            "sliders":{"CONCURRENCY":11},
//                            "sweep":{"param":"CONCURRENCY","lo":1,"hi":40,"step":1,"seeds":1,"budget":0},
//                            "compare":{"code":...,"seed":0}}
//   #preset=ID       a preset by id or alias ("seed-example-1")
//
// so a Python one-liner decodes a link:
//   python3 -c 'import sys,zlib,base64;p=sys.argv[1].split("#s=1.")[1];
//     print(zlib.decompress(base64.urlsafe_b64decode(p+"="*(-len(p)%4)),-15).decode())' URL
// The page compresses with the browser's CompressionStream and hands the JSON
// to from_json; the CLI (turnstile link / run --link) uses encode/decode.
// Version 1 grows only by optional members (sliders, sweep and compare came later), so
// every link made before still reads the same, and a Turnstile that does not
// know a member ignores it.
// Everything from a link is untrusted: sizes are capped before decoding and
// every field is checked; errors are one clear sentence.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/sliders.h"

namespace ts::app::link {

constexpr size_t kMaxFragment = 256 * 1024;  // bytes of the fragment, checked before decoding
constexpr size_t kMaxJson = 1024 * 1024;     // bytes of the decompressed JSON
constexpr size_t kMaxCode = 200 * 1024;      // bytes of source code
constexpr int kVersion = 1;
constexpr size_t kMaxSliders = 64;

// A sweep to re-run (sweep.h's SweepSpec without the script).
struct SweepLink {
  std::string param;  // "" = no sweep
  double lo = 0, hi = 0, step = 1;
  int64_t seeds = 1;
  double budget = 0;
};

// The run pinned as A in the Compare tab: its scenario (the link's own code
// and seed are run B's).
struct CompareLink {
  bool on = false;
  std::string code;
  int64_t seed = 0;
};

struct Scenario {
  std::string code;
  int64_t seed = 0;
  std::string preset;   // the preset the code came from ("" if none)
  double t = -1;        // playback cursor (virtual seconds); -1 = the end
  std::string view;     // the selected view ("" = default)
  std::vector<Override> sliders;  // constants set to these values (names as in the code)
  SweepLink sweep;
  CompareLink compare;
};

std::string to_json(const Scenario& s);
bool from_json(std::string_view json, Scenario& out, std::string& err);

std::string base64url_encode(std::string_view bytes);
bool base64url_decode(std::string_view text, std::string& bytes);

// The fragment for s ("s=1.…", no '#'), and a URL: base + "#" + fragment.
std::string encode_fragment(const Scenario& s);
// Accepts a whole URL or just its fragment (with or without '#').
// A "preset=ID" fragment sets out.preset only (the caller resolves it).
bool decode(std::string_view url, Scenario& out, std::string& err);

}  // namespace ts::app::link
