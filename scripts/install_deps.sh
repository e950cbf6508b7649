#!/usr/bin/env bash
# Installs the Debian 12 packages qtb builds, tests and runs with (see docs/architecture.md).
# Idempotent: does nothing when every package is already installed. Needs root or sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  libfmt-dev libspdlog-dev libtomlplusplus-dev libcli11-dev nlohmann-json3-dev
  libhowardhinnant-date-dev tzdata
  libsqlite3-dev sqlite3
  libpq-dev postgresql-15 postgresql-client-15
  libgtest-dev libgmock-dev googletest librapidcheck-dev libbenchmark-dev
  clang-14 libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install_deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install_deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
