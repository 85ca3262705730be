#include "core/errors.h"
#include "core/coro.h"
#include <cmath>

namespace ts {

const char* err_kind_name(ErrKind k) {
  switch (k) {
    case ErrKind::CancelledError: return "CancelledError";
    case ErrKind::TimeoutError: return "TimeoutError";
    case ErrKind::InvalidStateError: return "InvalidStateError";
    case ErrKind::RuntimeError: return "RuntimeError";
    case ErrKind::ValueError: return "ValueError";
    case ErrKind::TypeError: return "TypeError";
    case ErrKind::QueueEmpty: return "QueueEmpty";
    case ErrKind::QueueFull: return "QueueFull";
    case ErrKind::SystemExit: return "SystemExit";
    case ErrKind::KeyboardInterrupt: return "KeyboardInterrupt";
    case ErrKind::BaseExceptionGroup: return "BaseExceptionGroup";
  }
  return "Exception";
}

std::string ErrorModel::describe(const Value& exc) {
  if (auto* e = exc.as<CoreException>()) {
    if (e->message.empty()) return err_kind_name(e->kind);
    return std::string(err_kind_name(e->kind)) + ": " + e->message;
  }
  if (exc.is_obj()) return exc.obj()->type_name();
  return "exception";
}

bool ErrorModel::truthy(const Value& v) {
  switch (v.tag) {
    case Value::None:
    case Value::Unset: return false;
    case Value::Bool: return v.b;
    case Value::Int: return v.i != 0;
    case Value::Float: return v.f != 0.0;
    case Value::Object: {
      if (auto* l = v.as<CoreList>()) return !l->items.empty();
      return true;
    }
  }
  return true;
}

bool ErrorModel::less(const Value& a, const Value& b) {
  auto num = [](const Value& v, double& out) {
    if (v.tag == Value::Int) { out = static_cast<double>(v.i); return true; }
    if (v.tag == Value::Float) { out = v.f; return true; }
    if (v.tag == Value::Bool) { out = v.b ? 1 : 0; return true; }
    return false;
  };
  if (a.tag == Value::Int && b.tag == Value::Int) return a.i < b.i;
  double x, y;
  if (num(a, x) && num(b, y)) return x < y;
  throw PyErr{make_error(ErrKind::TypeError, "'<' not supported between these values")};
}

static Value make_core_list(CoreList::Kind k, std::vector<Value> items) {
  auto* l = new CoreList();
  l->kind = k;
  l->items = std::move(items);
  return Value::object(l);
}

Value ErrorModel::make_list(std::vector<Value> items) { return make_core_list(CoreList::List, std::move(items)); }
Value ErrorModel::make_set(std::vector<Value> items) { return make_core_list(CoreList::Set, std::move(items)); }
Value ErrorModel::make_tuple(std::vector<Value> items) { return make_core_list(CoreList::Tuple, std::move(items)); }

Value ErrorModel::make_str(const std::string& s) { return core_str(s); }

Value ErrorModel::make_group(const std::string& msg, std::vector<Value> excs) {
  auto* e = new CoreException(ErrKind::BaseExceptionGroup, msg);
  e->arg = make_list(std::move(excs));
  return Value::object(e);
}

Value DefaultErrorModel::make_error(ErrKind kind, const std::string& msg) {
  return Value::object(new CoreException(kind, msg));
}

Value DefaultErrorModel::make_cancelled(const Value& msg) {
  auto* e = new CoreException(ErrKind::CancelledError, std::string());
  if (!msg.is_none()) {
    e->arg = msg;
    if (auto* s = msg.as<CoreStr>()) e->message = s->s;
    else if (msg.tag == Value::Int) e->message = std::to_string(msg.i);
    else e->message = "<msg>";
  }
  return Value::object(e);
}

bool DefaultErrorModel::is(const Value& exc, ErrKind kind) {
  auto* e = exc.as<CoreException>();
  return e && e->kind == kind;
}

void DefaultErrorModel::set_cause(const Value& exc, const Value& cause) {
  if (auto* e = exc.as<CoreException>()) e->cause = cause;
}

}  // namespace ts
