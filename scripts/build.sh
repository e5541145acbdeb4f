#!/usr/bin/env bash
# Configures and builds with a CMake preset.
# Usage: scripts/build.sh PRESET [TARGET...]   (presets: dev, ci, asan, fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:?preset name: dev, ci, asan or fuzz}"
shift
cmake --preset "$preset" >/dev/null
if (($# > 0)); then
  cmake --build --preset "$preset" --parallel "$(nproc)" --target "$@"
else
  cmake --build --preset "$preset" --parallel "$(nproc)"
fi
