#!/usr/bin/env bash
# Installs the Debian 12 packages RedGrid needs to build, test and run.
# Idempotent: packages already present are left alone; nothing is fetched
# from outside Debian's archive.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4: widgets, charts, PDF printing, translations
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n
  libgl-dev libqt6opengl6-dev  # Qt6Charts' CMake config needs Qt6OpenGL, which Debian does not pull in
  # storage, text, spreadsheets, crypto
  libsqlite3-dev sqlite3 libicu-dev libxlsxwriter-dev libminizip-dev libfreexl-dev libsodium-dev
  # tests
  catch2 poppler-utils xvfb xauth time
  # Chinese glyphs on screen and in PDFs
  fonts-noto-cjk
)

# --fuzz: also what the fuzz targets need (.ci/run asks for it): clang 14 with libFuzzer
# (libclang-rt-14-dev, which clang only recommends) and llvm-symbolizer (llvm).
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang libclang-rt-14-dev llvm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
