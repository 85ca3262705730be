# Turnstile front door. `make serve` and `make test` are all you need.
SHELL := /bin/bash
MAKEFLAGS += --no-print-directory
.SHELLFLAGS := -eo pipefail -c
# Debian's emcc needs NODE_PATH for acorn at -O1+; pin its python.
export NODE_PATH := /usr/share/nodejs
export EMSDK_PYTHON := /usr/bin/python3
JOBS ?= 2
PORT ?= 8000
HOST ?= 127.0.0.1
CMAKE_CONFIGURE := cmake --log-level=WARNING -Wno-dev

.PHONY: bench all bootstrap native wasm web serve test test-unit test-conformance test-world test-wasm-cli test-e2e \
        asan test-asan fuzz desktop clean distclean help

all: native wasm

help:
	@echo "make serve       build the web page and serve it on http://$(HOST):$(PORT)/"
	@echo "make test        build native + wasm, run unit, conformance, e2e and ASan tests"
	@echo "make native      native build (build/native: turnstile CLI, turnstile_desktop, ts_tests)"
	@echo "make wasm        web build (build/wasm/web/index.html)"
	@echo "make bench       Turnstile vs CPython speed and memory on bench/*.py"
	@echo "make test-unit | test-conformance | test-world | test-wasm-cli | test-e2e | test-asan"
	@echo "make fuzz        the libFuzzer targets, FUZZ_TIME seconds each (default 600)"

bench: native
	@bench/run.sh build/native/turnstile

bootstrap:
	@scripts/bootstrap.sh

native: bootstrap
	@$(CMAKE_CONFIGURE) --preset native
	@cmake --build --preset native -j$(JOBS)

wasm: bootstrap
	@$(CMAKE_CONFIGURE) --preset wasm
	@cmake --build --preset wasm -j$(JOBS)

web: wasm
	@test -f build/wasm/web/index.html || { echo "make: build/wasm/web/index.html was not built (src/app/web_main.cpp missing?)" >&2; exit 1; }

serve: web
	@node web/serve.mjs --dir build/wasm/web --host $(HOST) --port $(PORT)

desktop: native
	@build/native/turnstile_desktop

test-unit: native
	@ctest --test-dir build/native --no-tests=error --output-on-failure -j$(JOBS)

test-conformance: native wasm
	@if [ -f tests/conformance/run.sh ]; then bash tests/conformance/run.sh; else echo "no tests/conformance/run.sh"; fi

# Turnstile's tenacity and tqdm vs the real libraries: under the CPython oracle and under the CLI
test-world: native
	@bash tests/world/run.sh

test-wasm-cli: native wasm
	@scripts/wasm_cli_check.sh

test-e2e: native web
	@node tests/e2e/run.mjs --dir build/wasm/web --out build/e2e

asan: bootstrap
	@$(CMAKE_CONFIGURE) --preset asan
	@cmake --build --preset asan -j$(JOBS)

test-asan: asan
	@JOBS=$(JOBS) tests/asan/ctest.sh

# Everything, each step reported; exits non-zero if any step fails.
test:
	@JOBS=$(JOBS) scripts/test.sh

FUZZ_TIME ?= 600
fuzz: asan
	@ulimit -s 1048576; for t in fuzz_parser fuzz_run fuzz_link; do \
	  bash tests/fuzz/run_fuzzer.sh build/asan/$$t build/asan/fuzz $(FUZZ_TIME) || exit 1; done

clean:
	rm -rf build/native build/wasm build/asan build/e2e

distclean:
	rm -rf build node_modules
