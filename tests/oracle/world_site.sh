#!/usr/bin/env bash
# world_site.sh DIR: makes DIR a site folder for the CPython oracle holding
# the simulated world's packages, as a scenario (a preset, a conformance
# script) imports them: Turnstile's own `openai` and `turnstile` (which only
# exist as Turnstile's), and the REAL `tenacity` and `tqdm` from Debian
# (python3-tenacity, python3-tqdm), so our copies of those are checked too.
# Only these four: the rest of src/script/modules/python would shadow
# CPython's own standard library. REAL_SITE overrides where the Debian
# packages are (default /usr/lib/python3/dist-packages).
set -eu
dir=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
real=${REAL_SITE:-/usr/lib/python3/dist-packages}
mkdir -p "$dir"
for pkg in openai turnstile; do ln -sfn "$root/src/script/modules/python/$pkg" "$dir/$pkg"; done
for pkg in tenacity tqdm; do
    if [ -d "$real/$pkg" ]; then ln -sfn "$real/$pkg" "$dir/$pkg"; fi
done
