// Fuzz harness for the share-link decoder (a link is a stranger's text):
// app::link::decode on the input as a fragment, and from_json on it as the
// decompressed JSON. A link that decodes must encode to a fragment that
// decodes to the same scenario. Built by the asan preset: ctest fuzz_link.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "app/link.h"

using namespace ts::app::link;

static bool same(const Scenario& a, const Scenario& b) {
  return a.code == b.code && a.seed == b.seed && a.preset == b.preset && a.view == b.view &&
         a.sliders.size() == b.sliders.size() && a.sweep.param == b.sweep.param;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string err;
  for (int as_json = 0; as_json < 2; ++as_json) {
    Scenario sc;
    err.clear();
    const bool ok = as_json ? from_json(in, sc, err) : decode(in, sc, err);
    if (!ok) {
      if (err.empty()) {
        std::fprintf(stderr, "refused without a reason\n");
        __builtin_trap();
      }
      continue;
    }
    if (sc.code.empty()) continue;  // #preset=ID
    Scenario back;
    if (!decode(encode_fragment(sc), back, err) || !same(sc, back)) {
      std::fprintf(stderr, "a decoded link does not survive encode + decode: %s\n", err.c_str());
      __builtin_trap();
    }
  }
  return 0;
}
