// Share links (src/app/link.h): round trips, and every kind of damaged or
// hostile link gives its own clear error instead of a crash or a guess.
#include <catch2/catch.hpp>

#include "app/link.h"

using namespace ts::app::link;

namespace {
std::string decode_error(std::string_view url) {
  Scenario s;
  std::string err;
  if (decode(url, s, err)) return "(decoded)";
  return err;
}
}  // namespace

TEST_CASE("link: a scenario round-trips through the fragment", "[link]") {
  Scenario s;
  s.code = "import asyncio\nprint('héllo 😀', \"q\\\\\")\n\t# tab\x01\n";
  s.seed = 1234567;
  s.preset = "01_example1_gate";
  s.t = 2.5;
  s.view = "timeline";
  std::string frag = encode_fragment(s);
  REQUIRE(frag.rfind("s=1.", 0) == 0);
  for (char c : frag.substr(4)) REQUIRE((isalnum((unsigned char)c) || c == '-' || c == '_'));
  Scenario back;
  std::string err;
  REQUIRE(decode("http://127.0.0.1:8000/#" + frag, back, err));
  CHECK(back.code == s.code);
  CHECK(back.seed == s.seed);
  CHECK(back.preset == s.preset);
  CHECK(back.t == s.t);
  CHECK(back.view == s.view);
  // the bare fragment, with and without '#'
  REQUIRE(decode(frag, back, err));
  REQUIRE(decode("#" + frag, back, err));
  CHECK(back.code == s.code);
}

TEST_CASE("link: base64url round-trips every length", "[link]") {
  std::string bytes;
  for (int n = 0; n < 70; ++n) {
    std::string out;
    REQUIRE(base64url_decode(base64url_encode(bytes), out));
    REQUIRE(out == bytes);
    bytes += char(n * 37 + 11);
  }
}

TEST_CASE("link: preset links", "[link]") {
  Scenario s;
  std::string err;
  REQUIRE(decode("http://x/#preset=seed-example-1", s, err));
  CHECK(s.preset == "seed-example-1");
  CHECK(s.code.empty());
  CHECK(decode_error("#preset=") == "the link names no preset");
}

TEST_CASE("link: hostile links each say what is wrong", "[link]") {
  Scenario s;
  s.code = "print(1)\n";
  std::string good = encode_fragment(s);
  CHECK(decode_error("#s=1." + good.substr(4, good.size() / 2)) == "the link is truncated (its compressed data ends early)");
  CHECK(decode_error("#s=2." + good.substr(4)) == "the link is version 2; this Turnstile reads version 1");
  CHECK(decode_error("#s=" + good.substr(4)).find("no version") != std::string::npos);
  CHECK(decode_error("#s=1.abc$def") == "the link is damaged (not valid base64url)");
  CHECK(decode_error("#s=1.____") == "the link is damaged (its data is not valid deflate)");
  CHECK(decode_error("#s=1." + std::string(300 * 1024, 'A')) == "the link is too long (300 KiB; at most 256 KiB)");
  CHECK(decode_error("#hello") == "this is not a Turnstile scenario link (it should contain #s= or #preset=)");
  // valid deflate of garbage, of the wrong JSON, of JSON with wrong fields
  auto json_error = [](std::string_view json) {
    Scenario s;
    std::string err;
    return from_json(json, s, err) ? std::string("(decoded)") : err;
  };
  CHECK(json_error("\x89PNG garbage") == "the link's scenario is not valid JSON (Expecting value: line 1 column 1 (char 0))");
  CHECK(json_error("[1,2]") == "the link's scenario is not a JSON object");
  CHECK(json_error("{\"code\":\"x\"}") == "the link has no version");
  CHECK(json_error("{\"v\":7,\"code\":\"x\"}") == "the link is version 7; this Turnstile reads version 1");
  CHECK(json_error("{\"v\":1}") == "the link has no code");
  CHECK(json_error("{\"v\":1,\"code\":3}") == "the link has no code");
  CHECK(json_error("{\"v\":1,\"code\":\"x\",\"seed\":1.5}") == "the link's seed is not an integer below 10**18");
  CHECK(json_error("{\"v\":1,\"code\":\"x\",\"seed\":99999999999999999999}") == "the link's seed is not an integer below 10**18");
  CHECK(json_error("{\"v\":1,\"code\":\"x\",\"t\":-1}") == "the link's time is not a finite time >= 0");
  CHECK(json_error("{\"v\":1,\"code\":\"x\",\"t\":\"0\"}") == "the link's time is not a number");
  CHECK(json_error("{\"v\":1,\"code\":\"x\",\"t\":Infinity}") == "the link's time is not a finite time >= 0");
  CHECK(json_error(std::string(300, '[')).find("not valid JSON (Nesting too deep") != std::string::npos);
  CHECK(json_error("{\"v\":1,\"code\":\"" + std::string(201 * 1024, 'x') + "\"}") == "the link's code is larger than 200 KiB");
}

TEST_CASE("link: a small link cannot inflate into a huge scenario", "[link]") {
  Scenario s;
  s.code = std::string(3 * 1024 * 1024, 'a');  // compresses to a few KiB
  std::string frag = encode_fragment(s);
  REQUIRE(frag.size() < 64 * 1024);
  CHECK(decode_error(frag) == "the link's scenario is larger than 1024 KiB");
}

TEST_CASE("link: slider values and a sweep travel in the link", "[link]") {
  Scenario s;
  s.code = "N = 8  # slider: 1..40\n";
  s.sliders = {{"N", 12}, {"RATIO", 0.25}};
  s.sweep.param = "N";
  s.sweep.lo = 1;
  s.sweep.hi = 40;
  s.sweep.step = 3;
  s.sweep.seeds = 4;
  s.sweep.budget = 2;
  CHECK(to_json(s) ==
        "{\"v\":1,\"code\":\"N = 8  # slider: 1..40\\n\",\"seed\":0,\"sliders\":{\"N\":12,\"RATIO\":0.25},"
        "\"sweep\":{\"param\":\"N\",\"lo\":1,\"hi\":40,\"step\":3,\"seeds\":4,\"budget\":2}}");
  Scenario back;
  std::string err;
  REQUIRE(decode(encode_fragment(s), back, err));
  REQUIRE(back.sliders.size() == 2);
  CHECK(back.sliders[1].name == "RATIO");
  CHECK(back.sliders[1].value == 0.25);
  CHECK(back.sweep.param == "N");
  CHECK(back.sweep.step == 3);
  CHECK(back.sweep.seeds == 4);
  CHECK(back.sweep.budget == 2);
  // a link made before sliders existed reads as it did: no sliders, no sweep
  REQUIRE(from_json("{\"v\":1,\"code\":\"print(1)\\n\",\"seed\":3,\"t\":1.5}", back, err));
  CHECK(back.sliders.empty());
  CHECK(back.sweep.param.empty());
  CHECK(back.seed == 3);
  // and hostile values are refused with a sentence
  auto error_of = [](const std::string& json) {
    Scenario x;
    std::string e;
    return from_json(json, x, e) ? std::string("(decoded)") : e;
  };
  const std::string head = "{\"v\":1,\"code\":\"\",";
  CHECK(error_of(head + "\"sliders\":[1]}") == "the link's sliders are not an object of names and numbers");
  CHECK(error_of(head + "\"sliders\":{\"N\":\"x\"}}") == "the link's slider value for 'N' is not a name and a finite number");
  CHECK(error_of(head + "\"sliders\":{\"1N\":1}}") == "the link's slider value for '1N' is not a name and a finite number");
  CHECK(error_of(head + "\"sweep\":{\"param\":\"N\",\"lo\":1}}") ==
        "the link's sweep is not {\"param\":NAME,\"lo\":N,\"hi\":N,\"step\":N,\"seeds\":N,\"budget\":N}");
  CHECK(error_of(head + "\"sweep\":{\"param\":\"N\",\"lo\":5,\"hi\":1}}") == "the link's sweep range is empty");
  CHECK(error_of(head + "\"sweep\":{\"param\":\"N\",\"lo\":1,\"hi\":5,\"seeds\":1e9}}") ==
        "the link's sweep is not {\"param\":NAME,\"lo\":N,\"hi\":N,\"step\":N,\"seeds\":N,\"budget\":N}");
}
