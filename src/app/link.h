// Share links: the whole scenario in a URL fragment.
//
//   #s=1.PAYLOAD     PAYLOAD = base64url(deflate-raw(JSON)), no padding;
//                    JSON = {"v":1,"code":...,"seed":0,"preset":"01_...","t":1.5,"view":"timeline"}
//   #preset=ID       a preset by id or alias ("seed-example-1")
//
// so a Python one-liner decodes a link:
//   python3 -c 'import sys,zlib,base64;p=sys.argv[1].split("#s=1.")[1];
//     print(zlib.decompress(base64.urlsafe_b64decode(p+"="*(-len(p)%4)),-15).decode())' URL
// The page compresses with the browser's CompressionStream and hands the JSON
// to from_json; the CLI (turnstile link / run --link) uses encode/decode.
// Everything from a link is untrusted: sizes are capped before decoding and
// every field is checked; errors are one clear sentence.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace ts::app::link {

constexpr size_t kMaxFragment = 256 * 1024;  // bytes of the fragment, checked before decoding
constexpr size_t kMaxJson = 1024 * 1024;     // bytes of the decompressed JSON
constexpr size_t kMaxCode = 200 * 1024;      // bytes of source code
constexpr int kVersion = 1;

struct Scenario {
  std::string code;
  int64_t seed = 0;
  std::string preset;   // the preset the code came from ("" if none)
  double t = -1;        // playback cursor (virtual seconds); -1 = the end
  std::string view;     // the selected view ("" = default)
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
