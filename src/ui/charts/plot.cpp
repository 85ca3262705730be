#include "ui/charts/plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/theme.h"

namespace ts::ui::chart {

namespace {
constexpr ImU32 kBox = IM_COL32(0, 0, 0, 55);
constexpr float kLeft = 38, kRight = 10, kTop = 20, kBottom = 17;

std::string number_label(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9) std::snprintf(buf, sizeof buf, "%.0f", v);
  else std::snprintf(buf, sizeof buf, "%.3g", v);
  return buf;
}
}  // namespace

double nice_step(double span, double n) {
  if (span <= 0) return 1;
  const double raw = span / n, p = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0})
    if (raw <= m * p) return m * p;
  return 10 * p;
}

std::string seconds_label(double s) {
  char buf[32];
  if (s >= 120) std::snprintf(buf, sizeof buf, "%.3g min", s / 60);
  else if (s >= 1 || s == 0) std::snprintf(buf, sizeof buf, "%.3g s", s);
  else std::snprintf(buf, sizeof buf, "%.3g ms", s * 1000);
  return buf;
}

Plot::Plot(const char* title, ImVec2 size, double x0, double x1, double ymax, bool x_seconds)
    : dl_(ImGui::GetWindowDrawList()), x0_(x0), x1_(x1 > x0 ? x1 : x0 + 1), ymax_(ymax > 0 ? ymax : 1) {
  box0_ = ImGui::GetCursorScreenPos();
  box1_ = ImVec2(box0_.x + size.x, box0_.y + size.y);
  a_ = ImVec2(box0_.x + kLeft, box0_.y + kTop);
  b_ = ImVec2(box1_.x - kRight, box1_.y - kBottom);
  note_x_ = b_.x;
  dl_->AddRectFilled(box0_, box1_, kBox, 4.0f);
  dl_->AddText(ImVec2(box0_.x + 6, box0_.y + 2), col::kText, title);
  title_end_ = box0_.x + 6 + ImGui::CalcTextSize(title).x;
  dl_->PushClipRect(box0_, box1_, true);
  // y: about three gridlines
  const double ys = nice_step(ymax_, 3);
  for (double v = 0; v <= ymax_ * 1.0001; v += ys) {
    const float yy = y(v);
    dl_->AddLine(ImVec2(a_.x, yy), ImVec2(b_.x, yy), IM_COL32(70, 75, 90, v == 0 ? 255 : 110));
    const std::string l = number_label(v);
    const float w = ImGui::CalcTextSize(l.c_str()).x;
    dl_->AddText(ImVec2(a_.x - 5 - w, yy - ImGui::GetTextLineHeight() * 0.5f), col::kTextDim, l.c_str());
  }
  // x: about one label per 110 px
  const int nx = std::max(2, static_cast<int>((b_.x - a_.x) / 110));
  const double xs = nice_step(x1_ - x0_, nx);
  for (double v = std::ceil(x0_ / xs) * xs; v <= x1_ + xs * 1e-6; v += xs) {
    const float xx = x(v);
    dl_->AddLine(ImVec2(xx, b_.y), ImVec2(xx, b_.y + 3), col::kGrid);
    const std::string l = x_seconds ? seconds_label(v) : number_label(v);
    const float w = ImGui::CalcTextSize(l.c_str()).x;
    dl_->AddText(ImVec2(std::clamp(xx - w * 0.5f, a_.x - 4, b_.x - w), b_.y + 2), col::kTextDim, l.c_str());
  }
}

float Plot::x(double v) const {
  return a_.x + static_cast<float>((v - x0_) / (x1_ - x0_)) * (b_.x - a_.x);
}

float Plot::y(double v) const {
  return b_.y - static_cast<float>(std::clamp(v / ymax_, 0.0, 1.05)) * (b_.y - a_.y);
}

void Plot::steps(const std::vector<std::pair<double, double>>& pts, ImU32 c, bool fill) {
  for (size_t i = 0; i < pts.size(); ++i) {
    const double xa = pts[i].first, xb = i + 1 < pts.size() ? pts[i + 1].first : x1_;
    const float l = x(xa), r = std::max(x(xb), l + (fill ? 1.0f : 0.0f)), yy = y(pts[i].second);
    if (fill) {
      if (pts[i].second > 0) dl_->AddRectFilled(ImVec2(l, yy), ImVec2(r, b_.y), c);
    } else {
      dl_->AddLine(ImVec2(l, yy), ImVec2(r, yy), c, 1.5f);
      if (i + 1 < pts.size()) dl_->AddLine(ImVec2(r, yy), ImVec2(r, y(pts[i + 1].second)), c, 1.5f);
    }
  }
}

void Plot::bar(double xa, double xb, double v, ImU32 c) {
  if (v <= 0) return;
  const float l = x(xa), r = std::max(x(xb) - 1, l + 1);
  dl_->AddRectFilled(ImVec2(l, y(v)), ImVec2(r, b_.y), c);
}

void Plot::hline(double v, ImU32 c, const char* label) {
  const float yy = y(v);
  for (float xx = a_.x; xx < b_.x; xx += 8) dl_->AddLine(ImVec2(xx, yy), ImVec2(std::min(xx + 4, b_.x), yy), c, 1.5f);
  if (label && *label) {
    const float w = ImGui::CalcTextSize(label).x;
    dl_->AddText(ImVec2(b_.x - w - 2, yy - ImGui::GetTextLineHeight()), c, label);
  }
}

void Plot::tick(double xv, bool top, ImU32 c) {
  const float xx = x(xv);
  if (top) dl_->AddLine(ImVec2(xx, a_.y), ImVec2(xx, a_.y + 5), c);
  else dl_->AddLine(ImVec2(xx, b_.y - 6), ImVec2(xx, b_.y), c);
}

void Plot::vline(double xv, ImU32 c, const char* label, int row) {
  const float xx = x(xv);
  dl_->AddLine(ImVec2(xx, a_.y), ImVec2(xx, b_.y), c, 1.5f);
  if (!label || !*label) return;
  const float w = ImGui::CalcTextSize(label).x;
  const float lx = xx + 3 + w > b_.x ? xx - 3 - w : xx + 3;
  dl_->AddText(ImVec2(lx, a_.y + static_cast<float>(row) * ImGui::GetTextLineHeight()), c, label);
}

void Plot::note(const char* text, ImU32 c) {
  const float w = ImGui::CalcTextSize(text).x;
  if (note_x_ - w < title_end_ + 12) return;
  note_x_ -= w;
  dl_->AddText(ImVec2(note_x_, box0_.y + 2), c, text);
  note_x_ -= 12;
}

double Plot::finish(double cursor, bool* clicked) {
  if (cursor >= 0) {
    const float cx = x(std::clamp(cursor, x0_, x1_));
    dl_->AddLine(ImVec2(cx, a_.y), ImVec2(cx, b_.y), col::kCursor, 1.5f);
  }
  dl_->PopClipRect();
  ImGui::SetCursorScreenPos(box0_);
  ImGui::InvisibleButton("##plot", ImVec2(box1_.x - box0_.x, box1_.y - box0_.y));
  if (clicked) *clicked = false;
  if (!ImGui::IsItemHovered()) return -1;
  const float mx = ImGui::GetIO().MousePos.x;
  if (mx < a_.x || mx > b_.x) return -1;
  const double v = x0_ + (mx - a_.x) / (b_.x - a_.x) * (x1_ - x0_);
  dl_->AddLine(ImVec2(mx, a_.y), ImVec2(mx, b_.y), IM_COL32(255, 255, 255, 60));
  if (clicked) *clicked = ImGui::IsItemClicked();
  return v;
}

}  // namespace ts::ui::chart
