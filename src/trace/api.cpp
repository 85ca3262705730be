// The simulated world's API traffic in the trace: one ApiEvent per report of
// a service or client, and the running totals the page reads at any time.
#include <algorithm>

#include "trace/trace.h"

namespace ts::trace {

const char* api_kind_name(ApiKind k) {
  switch (k) {
    case ApiKind::Request: return "request";
    case ApiKind::Accept: return "accept";
    case ApiKind::Reject: return "reject";
    case ApiKind::Response: return "response";
    case ApiKind::Error: return "error";
    case ApiKind::Cancel: return "cancel";
    case ApiKind::Attempt: return "attempt";
    case ApiKind::Retry: return "retry";
    case ApiKind::GiveUp: return "give_up";
    case ApiKind::Done: return "done";
    case ApiKind::TryAttempt: return "try";
    case ApiKind::TrySleep: return "try_sleep";
    case ApiKind::TryEnd: return "try_end";
  }
  return "?";
}

void Trace::api_event(double t, TaskId task, ApiEvent e) {
  e.t = t;
  e.task = task;
  ApiCounts c = api_counts_.empty() ? ApiCounts{} : api_counts_.back();
  c.t = t;
  auto leave = [&] {
    if (c.in_flight) --c.in_flight;
  };
  switch (e.kind) {
    case ApiKind::Request: ++c.requests; break;
    case ApiKind::Accept:
      ++c.accepted;
      c.max_in_flight = std::max(c.max_in_flight, ++c.in_flight);
      break;
    case ApiKind::Reject:
      ++c.rejected;
      c.rate_limited += e.status == 429;
      break;
    case ApiKind::Response:
      ++c.answered;
      c.server_errors += e.status >= 500;
      leave();
      break;
    case ApiKind::Error: ++c.failed; leave(); break;
    case ApiKind::Cancel: ++c.cancelled; leave(); break;
    case ApiKind::Attempt: ++c.attempts; break;
    case ApiKind::Retry: ++c.retries; break;
    case ApiKind::GiveUp: ++c.gave_up; break;
    case ApiKind::Done: ++c.done; break;
    case ApiKind::TryAttempt: ++c.tries; break;
    case ApiKind::TrySleep: ++c.try_sleeps; break;
    case ApiKind::TryEnd: c.try_gave_up += tenacity_gave_up(e); break;
  }
  if (task < tasks_.size()) tasks_[task].api.push_back(static_cast<uint32_t>(api_.size()));
  push(t, task, static_cast<uint32_t>(api_.size()), EvKind::Api);
  api_.push_back(std::move(e));
  api_counts_.push_back(c);
}

void Trace::service_limits(double t, ServiceLimits s) {
  s.t = t;
  services_.push_back(std::move(s));
}

ApiCounts Trace::api_counts_at(double t) const {
  auto it = std::upper_bound(api_counts_.begin(), api_counts_.end(), t,
                             [](double v, const ApiCounts& c) { return v < c.t; });
  if (it == api_counts_.begin()) return ApiCounts{};
  return *(it - 1);
}

}  // namespace ts::trace
