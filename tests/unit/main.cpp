#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "world/threads.h"

// The hosts register the world's native modules (_thread, ...) before any run.
int main(int argc, char* argv[]) {
  ts::world::register_modules();
  return Catch::Session().run(argc, argv);
}
