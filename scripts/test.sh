#!/usr/bin/env bash
# Runs every test of the plant HMI on a fresh machine: installs what the tests need (Debian packages
# for PostgreSQL, the Modbus peers, the MQTT broker and Chromium; npm packages through the build), builds once, then
# runs each category and prints its count. Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }

# --- what the tests need from Debian -------------------------------------------------------------
# python3-pymodbus 3.0 cannot be imported without python3-serial and python3-serial-asyncio, which it only
# recommends: they are named here because the install below leaves recommends out.
packages=(postgresql python3-pymodbus python3-serial python3-serial-asyncio libmodbus-dev pkg-config gcc mbpoll mosquitto mosquitto-clients nginx chromium fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || {
    echo "apt-get install failed"; echo "0 passed, 1 failed"; exit 1; }
fi

# --- preflight: every outside tool the tests drive works, or the run stops here naming its package ------------
# A peer that is installed but cannot start (a missing dependency) would otherwise fail as many stack traces as
# there are tests using it.
preflight_failed=0
# check PACKAGE DESCRIPTION COMMAND...
check() {
  local package=$1 what=$2; shift 2
  if ! out=$(timeout 60 "$@" 2>&1); then
    echo "preflight: $what failed; install or repair the Debian package '$package' ($(printf '%s' "$out" | tail -1))"
    preflight_failed=1
  fi
}
say "Preflight"
# Debian's python3, not a pyenv one earlier on PATH: the Debian packages install into it.
check python3-pymodbus "pymodbus import (needs python3-serial, python3-serial-asyncio)" \
  /usr/bin/python3 -c "import pymodbus.client, pymodbus.server"
check mbpoll "mbpoll -h" mbpoll -h
check libmodbus-dev "pkg-config --libs libmodbus" pkg-config --libs libmodbus
check gcc "gcc --version" gcc --version
check postgresql "initdb --version" /usr/lib/postgresql/15/bin/initdb --version
check mosquitto "mosquitto -h" sh -c "mosquitto -h | grep -q 'mosquitto version'"
check mosquitto-clients "mosquitto_pub --help" sh -c "mosquitto_pub --help | grep -q 'mosquitto_pub version'"
check nginx "nginx -v" nginx -v
check chromium "Chromium headless" sh -c \
  "chromium --headless --no-sandbox --disable-gpu --dump-dom 'data:text/html,<p>preflight</p>' 2>/dev/null | grep -q '<p>preflight</p>'"
if [ "$preflight_failed" -ne 0 ]; then
  echo "0 passed, 1 failed"; exit 1
fi
echo "pymodbus, mbpoll, libmodbus, gcc, initdb, mosquitto, nginx and Chromium work"

# --- build once (the build runs npm ci in wwwroot-assets when needed) ------------------------------
say "Building"
dotnet restore Hmi.sln --verbosity quiet || { echo "0 passed, 1 failed"; exit 1; }
dotnet build Hmi.sln --no-restore --nologo --verbosity quiet || { echo "0 passed, 1 failed"; exit 1; }

results=TestResults
rm -rf "$results"; mkdir -p "$results"
total_passed=0; total_failed=0; total_skipped=0; summary=()

# run NAME PROJECT FILTER
run() {
  local name=$1 project=$2 filter=$3 log="$results/$1.log"
  say "$name tests"
  dotnet test "$project" --no-build --nologo --filter "$filter" --logger "console;verbosity=normal" \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" >"$log" 2>&1
  local code=$?
  grep -E -A12 '^\s+Failed [A-Za-z]' "$log" | head -80
  local passed failed skipped
  passed=$(grep -E '^\s+Passed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+'); passed=${passed:-0}
  failed=$(grep -E '^\s+Failed: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+'); failed=${failed:-0}
  skipped=$(grep -E '^\s+Skipped: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+'); skipped=${skipped:-0}
  if [ $code -ne 0 ] && [ "$failed" -eq 0 ]; then
    failed=1; echo "dotnet test exited with $code:"; tail -40 "$log"
  fi
  # A category that ran nothing is a broken run (a crashed host, a lost filter), not a pass.
  if [ $((passed + failed + skipped)) -eq 0 ]; then
    failed=1; echo "no $name test ran:"; tail -20 "$log"
  fi
  total_passed=$((total_passed + passed)); total_failed=$((total_failed + failed)); total_skipped=$((total_skipped + skipped))
  summary+=("$(printf '%-12s %4d passed, %d failed, %d skipped' "$name" "$passed" "$failed" "$skipped")")
}

categories="Category!=Component&Category!=Integration&Category!=PostgreSQL&Category!=ModbusPeer&Category!=MqttBroker"
run unit        HmiApp.Tests "$categories"
run component   HmiApp.Tests "Category=Component"
run integration HmiApp.Tests "Category=Integration"
run postgresql  HmiApp.Tests "Category=PostgreSQL"
run modbus-peer HmiApp.Tests "Category=ModbusPeer"
run mqtt        HmiApp.Tests "Category=MqttBroker"
run browser     HmiApp.E2E   "FullyQualifiedName~HmiApp.E2E"

say "Summary"
printf '%s\n' "${summary[@]}"
shots=$(ls HmiApp.E2E/bin/*/net10.0/screenshots/*.png 2>/dev/null | wc -l)
echo "screenshots: $shots under HmiApp.E2E/bin/Debug/net10.0/screenshots"
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
