#include "script/modules/missing_names.h"

#include <map>
#include <set>

namespace ts::vm {

namespace {

struct Row {
  const char* module;
  const char* names;  // space-separated
};

const Row kRows[] = {
#include "script/modules/missing_names.inc"
};

std::vector<std::string> split(const char* s) {
  std::vector<std::string> out;
  std::string cur;
  for (; *s; s++) {
    if (*s == ' ') {
      if (!cur.empty()) out.push_back(cur), cur.clear();
    } else {
      cur += *s;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

const std::map<std::string, std::set<std::string>>& index() {
  static const std::map<std::string, std::set<std::string>> by_module = [] {
    std::map<std::string, std::set<std::string>> m;
    for (const auto& [module, names] : missing_names()) m[module].insert(names.begin(), names.end());
    return m;
  }();
  return by_module;
}

}  // namespace

const std::vector<std::pair<std::string, std::vector<std::string>>>& missing_names() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> table = [] {
    std::vector<std::pair<std::string, std::vector<std::string>>> t;
    for (const Row& r : kRows) t.emplace_back(r.module, split(r.names));
    return t;
  }();
  return table;
}

bool module_lacks(const std::string& module, const std::string& name) {
  auto it = index().find(module);
  return it != index().end() && it->second.count(name);
}

}  // namespace ts::vm
