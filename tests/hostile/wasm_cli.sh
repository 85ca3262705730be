#!/usr/bin/env bash
# The wasm CLI under node as a command (for tests/hostile/check.sh): the page's
# engine is the same build, with the browser's small stack, so the hostile
# scripts end in wasm as they do natively.
exec node --no-experimental-fetch --stack-size=984 "$(dirname "$0")/../../build/wasm/turnstile.js" "$@"
