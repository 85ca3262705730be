#!/usr/bin/env bash
# Installs what Turnstile needs and is missing; fast (no network) when all is present.
#  - Debian packages: toolchains, SDL2 (native), Catch2, Chromium, fmt, dpkg-dev, node/npm,
#    python3-tenacity and python3-tqdm (the oracles of tests/world)
#  - Debian *source* packages imgui, libsdl2, fmtlib, zlib unpacked into build/deps/
#  - npm: playwright-core (no browser download; tests use /usr/bin/chromium)
# Idempotent. Run from anywhere.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEPS="$ROOT/build/deps"
export DEBIAN_FRONTEND=noninteractive

SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "bootstrap: not root and no sudo; install packages by hand" >&2; fi
fi

log() { echo "bootstrap: $*"; }

APT_UPDATED=0
apt_update() {
  if [ "$APT_UPDATED" = 0 ]; then
    log "apt-get update"
    $SUDO apt-get update -q >/dev/null
    APT_UPDATED=1
  fi
}

# ---- 1. Debian binary packages ----------------------------------------------
# python3-tenacity/-tqdm: the real libraries tests/world compares Turnstile's own with
PKGS=(cmake make g++ clang libclang-rt-14-dev python3 python3-tenacity python3-tqdm emscripten libsdl2-dev catch2 chromium libfmt-dev zlib1g-dev dpkg-dev xz-utils ca-certificates fonts-dejavu-core fonts-symbola python3-fonttools time)
missing=()
for p in "${PKGS[@]}"; do
  st="$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)"
  case "$st" in ii*) ;; *) missing+=("$p") ;; esac
done
# Node: keep whatever node is installed (the machine image ships Node 20);
# install Debian's only when there is none.
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi
if [ "${#missing[@]}" -gt 0 ]; then
  apt_update
  log "apt-get install ${missing[*]}"
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

# ---- 2. Debian source packages into build/deps ------------------------------
have_src() { compgen -G "$DEPS/$1-*/$2" >/dev/null; }
need_src=()
have_src imgui imgui.cpp || need_src+=(imgui)
have_src libsdl2 include/SDL.h || need_src+=(libsdl2)
have_src fmtlib include/fmt/format.h || need_src+=(fmtlib)
have_src zlib zlib.h || need_src+=(zlib)
if [ "${#need_src[@]}" -gt 0 ]; then
  SRC_LIST=/etc/apt/sources.list.d/turnstile-src.sources
  have_showsrc() { apt-cache showsrc imgui 2>/dev/null | grep -q '^Package:'; }
  if ! have_showsrc; then
    if [ ! -f "$SRC_LIST" ]; then
      log "adding deb-src for bookworm main ($SRC_LIST)"
      $SUDO tee "$SRC_LIST" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    fi
    APT_UPDATED=0
    apt_update
  fi
  mkdir -p "$DEPS"
  for s in "${need_src[@]}"; do
    # unpack into a scratch dir, then move the tree in place (never half-unpacked)
    tmp="$(mktemp -d "$DEPS/.src.XXXXXX")"
    log "apt-get source $s"
    # (as root, APT warns that the download is unsandboxed: harmless)
    if ! ( cd "$tmp" && apt-get source -q "$s" ) >"$tmp.log" 2>&1; then
      cat "$tmp.log" >&2; echo "bootstrap: apt-get source $s failed" >&2; exit 1
    fi
    rm -f "$tmp.log"
    d="$(find "$tmp" -mindepth 1 -maxdepth 1 -type d -name "$s-*" | head -1)"
    if [ -z "$d" ]; then echo "bootstrap: apt-get source $s failed" >&2; rm -rf "$tmp"; exit 1; fi
    rm -rf "$DEPS/$(basename "$d")"
    mv "$d" "$DEPS/"
    rm -rf "$tmp"
  done
fi

# ---- 3. npm: playwright-core --------------------------------------------------
if [ ! -f "$ROOT/node_modules/playwright-core/package.json" ]; then
  log "npm install (playwright-core)"
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  ( cd "$ROOT" && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; \
                  else npm install --no-audit --no-fund --loglevel=error; fi )
fi

log "ok"
