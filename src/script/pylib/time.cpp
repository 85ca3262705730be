// gmtime/strftime; see time.h. Output matches glibc's strftime in the C locale.
#include "script/pylib/time.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace ts::py {

namespace {

const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

int64_t floordiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

bool is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// ISO 8601 week-based year days: glibc's iso_week_days
int iso_week_days(int yday, int wday) {
  const int big_enough_multiple_of_7 = (366 / 7 + 2) * 7;
  return yday - (yday - wday + 4 + big_enough_multiple_of_7) % 7 + 4 - 1;
}

}  // namespace

StructTime gmtime(int64_t secs) {
  int64_t days = floordiv(secs, 86400);
  int64_t rem = secs - days * 86400;
  StructTime t;
  t.tm_hour = static_cast<int>(rem / 3600);
  t.tm_min = static_cast<int>(rem % 3600 / 60);
  t.tm_sec = static_cast<int>(rem % 60);
  // civil_from_days (H. Hinnant)
  int64_t z = days + 719468;
  int64_t era = floordiv(z, 146097);
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  t.tm_year = y;
  t.tm_mon = static_cast<int>(m);
  t.tm_mday = static_cast<int>(d);
  int64_t wd = ((days % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday (Python wday 3)
  t.tm_wday = static_cast<int>(wd);
  static const int cum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  t.tm_yday = cum[m - 1] + static_cast<int>(d) + ((m > 2 && is_leap(y)) ? 1 : 0);
  return t;
}

StructTime gmtime_float(double secs) { return gmtime(static_cast<int64_t>(std::floor(secs))); }

std::string strftime(std::string_view f, const StructTime& t) {
  std::string out;
  const int wday = (t.tm_wday + 1) % 7;  // C: 0 = Sunday
  const int yday = t.tm_yday - 1;        // C: 0-based
  const int hour12 = t.tm_hour % 12 == 0 ? 12 : t.tm_hour % 12;
  size_t i = 0;
  while (i < f.size()) {
    if (f[i] != '%') { out += f[i++]; continue; }
    size_t start = i++;
    char pad = 0;
    bool upcase = false, swapcase = false;
    while (i < f.size() && (f[i] == '_' || f[i] == '-' || f[i] == '0' || f[i] == '^' || f[i] == '#')) {
      if (f[i] == '^') upcase = true;
      else if (f[i] == '#') swapcase = true;
      else pad = f[i];
      ++i;
    }
    int width = -1;
    if (i < f.size() && f[i] >= '1' && f[i] <= '9') {
      width = 0;
      while (i < f.size() && f[i] >= '0' && f[i] <= '9') width = width * 10 + (f[i++] - '0');
    }
    if (i < f.size() && (f[i] == 'E' || f[i] == 'O')) ++i;
    if (i >= f.size()) {  // bad format at end: copied through
      std::string raw(f.substr(start));
      if (width > static_cast<int>(raw.size())) out.append(static_cast<size_t>(width) - raw.size(), ' ');
      out += raw;
      break;
    }
    char c = f[i++];
    // glibc: DO_NUMBER uses max(d, width) digits; '-' suppresses that padding
    // but a width still pads on the left (with '0' only for the '0' flag).
    auto number = [&](int64_t v, int d, bool spacepad, bool widen = true) {
      bool neg = v < 0;
      std::string s = std::to_string(neg ? -v : v);
      char p = pad ? pad : (spacepad ? '_' : '0');
      int digits = (widen && width > d) ? width : d;
      int len = static_cast<int>(s.size()) + (neg ? 1 : 0);
      int padding = p == '-' ? 0 : digits - len;
      std::string r;
      if (padding > 0) {
        if (p == '_') r = std::string(static_cast<size_t>(padding), ' ') + (neg ? "-" : "") + s;
        else r = (neg ? "-" : "") + std::string(static_cast<size_t>(padding), '0') + s;
      } else {
        r = (neg ? "-" : "") + s;
      }
      if (width > static_cast<int>(r.size())) r.insert(0, static_cast<size_t>(width) - r.size(), p == '0' ? '0' : ' ');
      out += r;
    };
    auto text = [&](std::string s, bool lower_on_swap = false) {
      if (upcase || (swapcase && !lower_on_swap))
        for (char& ch : s) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      else if (swapcase && lower_on_swap)
        for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (width > static_cast<int>(s.size()) && pad != '-')
        s.insert(0, static_cast<size_t>(width) - s.size(), pad == '0' ? '0' : ' ');
      out += s;
    };
    auto sub = [&](const char* sf) { text(strftime(sf, t)); };
    switch (c) {
      case '%': text("%"); break;
      case 'a': text(std::string(kDays[wday]).substr(0, 3)); break;
      case 'A': text(kDays[wday]); break;
      case 'b': case 'h': text(std::string(kMonths[t.tm_mon - 1]).substr(0, 3)); break;
      case 'B': text(kMonths[t.tm_mon - 1]); break;
      case 'c': sub("%a %b %e %H:%M:%S %Y"); break;
      case 'C': number(floordiv(t.tm_year, 100), 2, false); break;
      case 'd': number(t.tm_mday, 2, false); break;
      case 'D': sub("%m/%d/%y"); break;
      case 'e': number(t.tm_mday, 2, true); break;
      case 'F': sub("%Y-%m-%d"); break;
      case 'H': number(t.tm_hour, 2, false); break;
      case 'I': number(hour12, 2, false); break;
      case 'j': number(yday + 1, 3, false); break;
      case 'k': number(t.tm_hour, 2, true); break;
      case 'l': number(hour12, 2, true); break;
      case 'm': number(t.tm_mon, 2, false); break;
      case 'M': number(t.tm_min, 2, false); break;
      case 'n': text("\n"); break;
      case 't': text("\t"); break;
      case 'p': text(t.tm_hour < 12 ? "AM" : "PM", true); break;
      case 'P': text(t.tm_hour < 12 ? "am" : "pm"); break;
      case 'r': sub("%I:%M:%S %p"); break;
      case 'R': sub("%H:%M"); break;
      case 's': {
        // seconds since the epoch of this broken-down UTC time
        int64_t y = t.tm_year - (t.tm_mon <= 2 ? 1 : 0);
        int64_t era = floordiv(y, 400);
        int64_t yoe = y - era * 400;
        int64_t mp = (t.tm_mon + 9) % 12;
        int64_t doy = (153 * mp + 2) / 5 + t.tm_mday - 1;
        int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        int64_t days = era * 146097 + doe - 719468;
        number(days * 86400 + t.tm_hour * 3600 + t.tm_min * 60 + t.tm_sec, 1, false, false);
        break;
      }
      case 'S': number(t.tm_sec, 2, false); break;
      case 'T': sub("%H:%M:%S"); break;
      case 'u': number((wday - 1 + 7) % 7 + 1, 1, false); break;
      case 'U': number((yday - wday + 7) / 7, 2, false); break;
      case 'V': case 'g': case 'G': {
        int64_t year = t.tm_year;
        int days = iso_week_days(yday, wday);
        if (days < 0) {
          --year;
          days = iso_week_days(yday + (is_leap(year) ? 366 : 365), wday);
        } else {
          int d = iso_week_days(yday - (is_leap(year) ? 366 : 365), wday);
          if (d >= 0) { ++year; days = d; }
        }
        if (c == 'V') number(days / 7 + 1, 2, false);
        else if (c == 'g') number(((year % 100) + 100) % 100, 2, false);
        else number(year, 1, false);
        break;
      }
      case 'w': number(wday, 1, false); break;
      case 'W': number((yday - (wday - 1 + 7) % 7 + 7) / 7, 2, false); break;
      case 'x': sub("%m/%d/%y"); break;
      case 'X': sub("%H:%M:%S"); break;
      case 'y': number(((t.tm_year % 100) + 100) % 100, 2, false); break;
      case 'Y': number(t.tm_year, 1, false); break;
      case 'z': text("+0000"); break;
      case 'Z': text("GMT", true); break;
      default: {
        std::string raw(f.substr(start, i - start));
        if (width > static_cast<int>(raw.size())) out.append(static_cast<size_t>(width) - raw.size(), ' ');
        out += raw;
        break;
      }
    }
  }
  return out;
}

std::string asctime(const StructTime& t) {
  // CPython: "%s %s%3d %.2d:%.2d:%.2d %d"
  char b[96];
  std::snprintf(b, sizeof b, "%.3s %.3s%3d %.2d:%.2d:%.2d %lld", kDays[(t.tm_wday + 1) % 7], kMonths[t.tm_mon - 1],
                t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, static_cast<long long>(t.tm_year));
  return b;
}

}  // namespace ts::py
