#!/usr/bin/env bash
# The test command of the README and of CI: installs what is missing, builds
# everything warning-free (-Werror) and runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/build.sh ci

# Headless Qt: the offscreen platform and a private runtime folder.
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT

ctest --preset ci --parallel 2 --timeout 900
