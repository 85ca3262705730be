#include "app/link.h"

#include <cctype>
#include <cmath>
#include <zlib.h>

#include "script/pylib/json.h"
#include "script/pylib/utf8.h"
#include "trace/player.h"  // json_quote, json_number

namespace ts::app::link {

namespace {

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int b64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

// Raw deflate (no zlib header), as CompressionStream("deflate-raw").
bool deflate_raw(std::string_view in, std::string& out) {
  z_stream z{};
  if (deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK) return false;
  out.resize(deflateBound(&z, in.size()));
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return rc == Z_STREAM_END;
}

// Inflates at most `limit` bytes: a small link cannot expand into gigabytes.
bool inflate_raw(std::string_view in, std::string& out, size_t limit, std::string& err) {
  z_stream z{};
  if (inflateInit2(&z, -15) != Z_OK) { err = "cannot decompress the link"; return false; }
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  char buf[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) break;
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > limit) {
      inflateEnd(&z);
      err = "the link's scenario is larger than " + std::to_string(limit / 1024) + " KiB";
      return false;
    }
    if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) { rc = Z_BUF_ERROR; break; }
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END) {
    err = rc == Z_BUF_ERROR ? "the link is truncated (its compressed data ends early)"
                            : "the link is damaged (its data is not valid deflate)";
    return false;
  }
  return true;
}


// Whole numbers as integers ("40", not json_number's "4e+01").
std::string number_text(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  return trace::json_number(v);
}

bool number_of(const py::json::Value& v, double& out) {
  if (v.kind != py::json::Value::Int && v.kind != py::json::Value::Float) return false;
  out = std::strtod(v.text.c_str(), nullptr);
  return std::isfinite(out);
}

bool is_identifier(const std::string& name) {
  if (name.empty() || name.size() > 100 || std::isdigit(static_cast<unsigned char>(name[0]))) return false;
  for (char c : name)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return true;
}

bool sweep_of(const py::json::Value& w, SweepLink& out, std::string& err) {
  err = "the link's sweep is not {\"param\":NAME,\"lo\":N,\"hi\":N,\"step\":N,\"seeds\":N,\"budget\":N}";
  if (w.kind != py::json::Value::Object) return false;
  const py::json::Value* p = w.get("param");
  if (!p || p->kind != py::json::Value::Str || !is_identifier(p->text)) return false;
  SweepLink s;
  s.param = p->text;
  const py::json::Value *lo = w.get("lo"), *hi = w.get("hi"), *step = w.get("step");
  if (!lo || !hi || !number_of(*lo, s.lo) || !number_of(*hi, s.hi)) return false;
  if (step && !number_of(*step, s.step)) return false;
  if (const py::json::Value* n = w.get("seeds")) {
    double d;
    if (!number_of(*n, d) || d != std::floor(d) || d < 1 || d > 1000) return false;
    s.seeds = static_cast<int64_t>(d);
  }
  if (const py::json::Value* b = w.get("budget"))
    if (!number_of(*b, s.budget) || s.budget < 0) return false;
  if (!(s.lo <= s.hi) || !(s.step > 0)) {
    err = "the link's sweep range is empty";
    return false;
  }
  err.clear();
  out = std::move(s);
  return true;
}

}  // namespace

std::string to_json(const Scenario& s) {
  std::string j = "{\"v\":" + std::to_string(kVersion) + ",\"code\":" + trace::json_quote(s.code) +
                  ",\"seed\":" + std::to_string(s.seed);
  if (!s.preset.empty()) j += ",\"preset\":" + trace::json_quote(s.preset);
  if (s.t >= 0) j += ",\"t\":" + trace::json_number(s.t);
  if (!s.view.empty()) j += ",\"view\":" + trace::json_quote(s.view);
  if (!s.sliders.empty()) {
    j += ",\"sliders\":{";
    for (size_t i = 0; i < s.sliders.size(); ++i)
      j += (i ? "," : "") + trace::json_quote(s.sliders[i].name) + ":" + number_text(s.sliders[i].value);
    j += "}";
  }
  if (s.compare.on)
    j += ",\"compare\":{\"code\":" + trace::json_quote(s.compare.code) + ",\"seed\":" + std::to_string(s.compare.seed) + "}";
  if (!s.sweep.param.empty()) {
    const SweepLink& w = s.sweep;
    j += ",\"sweep\":{\"param\":" + trace::json_quote(w.param) + ",\"lo\":" + number_text(w.lo) +
         ",\"hi\":" + number_text(w.hi) + ",\"step\":" + number_text(w.step) +
         ",\"seeds\":" + std::to_string(w.seeds) + ",\"budget\":" + number_text(w.budget) + "}";
  }
  return j + "}";
}

namespace {
// A script in the link ("code", or A's in "compare"): text of valid UTF-8
// within kMaxCode.
bool code_of(const py::json::Value* code, const char* what, std::string& err) {
  if (!code || code->kind != py::json::Value::Str) { err = std::string("the link has no ") + what; return false; }
  if (code->text.size() > kMaxCode) {
    err = std::string("the link's ") + what + " is larger than " + std::to_string(kMaxCode / 1024) + " KiB";
    return false;
  }
  // JSON may escape a lone surrogate (\ud800), which no source text holds
  for (size_t i = 0; i < code->text.size();) {
    uint32_t cp;
    const size_t n = py::utf8::decode_strict(code->text, i, cp);
    if (!n) {
      err = std::string("the link's ") + what +
            " is not valid text (a lone surrogate or a byte that is not UTF-8, at byte " + std::to_string(i) + ")";
      return false;
    }
    i += n;
  }
  return true;
}

bool seed_of(const py::json::Value& seed, int64_t& out, std::string& err) {
  if (seed.kind != py::json::Value::Int || seed.text.size() > 18) { err = "the link's seed is not an integer below 10**18"; return false; }
  out = std::stoll(seed.text);
  return true;
}
}  // namespace

bool from_json(std::string_view text, Scenario& out, std::string& err) {
  if (text.size() > kMaxJson) { err = "the link's scenario is larger than " + std::to_string(kMaxJson / 1024) + " KiB"; return false; }
  py::json::Value root;
  py::json::Error jerr;
  if (!py::json::parse(text, root, jerr, 8)) { err = "the link's scenario is not valid JSON (" + jerr.msg + ")"; return false; }
  if (root.kind != py::json::Value::Object) { err = "the link's scenario is not a JSON object"; return false; }
  const py::json::Value* v = root.get("v");
  if (!v || v->kind != py::json::Value::Int) { err = "the link has no version"; return false; }
  if (v->text != std::to_string(kVersion)) {
    err = "the link is version " + v->text.substr(0, 12) + "; this Turnstile reads version " + std::to_string(kVersion);
    return false;
  }
  Scenario s;
  const py::json::Value* code = root.get("code");
  if (!code_of(code, "code", err)) return false;
  s.code = code->text;
  if (const py::json::Value* seed = root.get("seed")) {
    if (!seed_of(*seed, s.seed, err)) return false;
  }
  if (const py::json::Value* p = root.get("preset")) {
    if (p->kind != py::json::Value::Str || p->text.size() > 100) { err = "the link's preset is not a preset id"; return false; }
    s.preset = p->text;
  }
  if (const py::json::Value* t = root.get("t")) {
    if (t->kind != py::json::Value::Int && t->kind != py::json::Value::Float) { err = "the link's time is not a number"; return false; }
    double d = std::strtod(t->text.c_str(), nullptr);
    if (!std::isfinite(d) || d < 0) { err = "the link's time is not a finite time >= 0"; return false; }
    s.t = d;
  }
  if (const py::json::Value* view = root.get("view")) {
    if (view->kind != py::json::Value::Str || view->text.size() > 40) { err = "the link's view is not a view name"; return false; }
    s.view = view->text;
  }
  if (const py::json::Value* sl = root.get("sliders")) {
    if (sl->kind != py::json::Value::Object) { err = "the link's sliders are not an object of names and numbers"; return false; }
    if (sl->members.size() > kMaxSliders) { err = "the link has more than " + std::to_string(kMaxSliders) + " slider values"; return false; }
    for (const auto& [name, value] : sl->members) {
      double d;
      if (!is_identifier(name) || !number_of(value, d)) {
        err = "the link's slider value for '" + name.substr(0, 40) + "' is not a name and a finite number";
        return false;
      }
      s.sliders.push_back({name, d});
    }
  }
  if (const py::json::Value* w = root.get("sweep")) {
    if (!sweep_of(*w, s.sweep, err)) return false;
  }
  if (const py::json::Value* c = root.get("compare")) {
    if (c->kind != py::json::Value::Object) { err = "the link's compare is not {\"code\":TEXT,\"seed\":N}"; return false; }
    const py::json::Value* a = c->get("code");
    if (!code_of(a, "compare code", err)) return false;
    s.compare.on = true;
    s.compare.code = a->text;
    if (const py::json::Value* seed = c->get("seed"); seed && !seed_of(*seed, s.compare.seed, err)) return false;
  }
  out = std::move(s);
  return true;
}

std::string base64url_encode(std::string_view in) {
  std::string r;
  r.reserve((in.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 3 <= in.size(); i += 3) {
    uint32_t v = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8) | uint8_t(in[i + 2]);
    for (int k = 18; k >= 0; k -= 6) r += kB64[(v >> k) & 63];
  }
  if (in.size() - i == 1) {
    uint32_t v = uint8_t(in[i]) << 16;
    r += kB64[(v >> 18) & 63];
    r += kB64[(v >> 12) & 63];
  } else if (in.size() - i == 2) {
    uint32_t v = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8);
    for (int k = 18; k >= 6; k -= 6) r += kB64[(v >> k) & 63];
  }
  return r;
}

bool base64url_decode(std::string_view text, std::string& out) {
  // A dangling last character (a length of 4k+1) carries no whole byte: it
  // is what a cut-off link looks like, so it is dropped and the inflater
  // reports the link as truncated rather than as bad base64.
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    int v = b64_value(c);
    if (v < 0) return false;
    acc = (acc << 6) | uint32_t(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += char((acc >> bits) & 0xFF);
    }
  }
  return true;
}

std::string encode_fragment(const Scenario& s) {
  std::string packed;
  deflate_raw(to_json(s), packed);
  return "s=" + std::to_string(kVersion) + "." + base64url_encode(packed);
}

bool decode(std::string_view url, Scenario& out, std::string& err) {
  size_t hash = url.find('#');
  std::string_view frag = hash == std::string_view::npos ? url : url.substr(hash + 1);
  if (frag.size() > kMaxFragment) { err = "the link is too long (" + std::to_string(frag.size() / 1024) + " KiB; at most " + std::to_string(kMaxFragment / 1024) + " KiB)"; return false; }
  if (frag.substr(0, 7) == "preset=") {
    std::string_view id = frag.substr(7);
    if (id.empty() || id.size() > 100) { err = "the link names no preset"; return false; }
    out = Scenario{};
    out.preset = std::string(id);
    return true;
  }
  if (frag.substr(0, 2) != "s=") { err = "this is not a Turnstile scenario link (it should contain #s= or #preset=)"; return false; }
  std::string_view rest = frag.substr(2);
  size_t dot = rest.find('.');
  if (dot == std::string_view::npos) { err = "the link has no version"; return false; }
  std::string_view ver = rest.substr(0, dot);
  if (ver != std::to_string(kVersion)) {
    err = "the link is version " + std::string(ver.substr(0, 12)) + "; this Turnstile reads version " + std::to_string(kVersion);
    return false;
  }
  std::string packed;
  if (!base64url_decode(rest.substr(dot + 1), packed)) { err = "the link is damaged (not valid base64url)"; return false; }
  std::string json;
  if (!inflate_raw(packed, json, kMaxJson, err)) return false;
  return from_json(json, out, err);
}

}  // namespace ts::app::link
