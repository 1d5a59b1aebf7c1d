#!/usr/bin/env bash
# One command from a fresh clone on Debian: install the packages, build, and run
# zhibiao on samples/ with the default rules, writing out/samples.xlsx.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config
  libicu-dev libboost-regex-dev libxlsxwriter-dev libfmt-dev libyaml-cpp-dev
  libcli11-dev nlohmann-json3-dev libgtest-dev libbenchmark-dev zlib1g-dev
  libzip-dev libpugixml-dev libvectorscan-dev libssl-dev
  python3 python3-openpyxl python3-distributed libreoffice-calc-nogui
  clang libclang-rt-14-dev  # CI's sanitizer and fuzz build (.ci/run); zhibiao itself builds with g++
  # the workbook printed to PDF in the tests: pdftotext/pdftoppm, and a font with Chinese glyphs
  poppler-utils fonts-wqy-microhei
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"

mkdir -p out
./build/cli/zhibiao extract samples -o out/samples.xlsx
echo "Wrote out/samples.xlsx"
