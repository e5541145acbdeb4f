#!/usr/bin/env bash
# Installs the Debian 12 packages Sportello needs, only those missing.
# Usage: scripts/install-deps.sh [--bench]   (root, or a user with sudo)
set -euo pipefail

packages=(
  # toolchain (clang: GCC 12 miscompiles coroutines, see cmake/ProjectOptions.cmake)
  clang g++ cmake ninja-build pkg-config dpkg-dev file fakeroot openssl ca-certificates curl
  # libraries
  libboost1.81-dev libboost-json1.81-dev libsqlite3-dev libssl-dev libargon2-dev
  liboath-dev libqrencode-dev
  # Qt 6 (Charts needs libqt6opengl6-dev, see BUILD-NOTES)
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n
  # tests: GoogleTest, Google Benchmark, headless Qt, fonts
  libgtest-dev libgmock-dev libbenchmark-dev xvfb xauth fonts-dejavu-core sqlite3
  # the monthly report test reads and renders the PDF (pdftotext, pdftoppm)
  poppler-utils
  # the package test (tests/package): a clean Debian root, booted with systemd
  debootstrap systemd-container
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(nginx-light wrk)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all packages are present"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
