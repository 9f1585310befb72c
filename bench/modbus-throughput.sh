#!/usr/bin/env bash
# Loopback throughput of sequential FC3 reads of 125 registers, ours against libmodbus 3.1.6:
#   (a) our client      -> libmodbus server
#   (b) libmodbus client -> libmodbus server   (the reference)
#   (c) libmodbus client -> our server
# Usage: bench/modbus-throughput.sh [SECONDS] [--update-docs]     (ROUNDS=3 by default, from the environment)
# The three pairs run interleaved for ROUNDS rounds and each pair's best round is reported: on a shared machine the
# best round is the one least disturbed by other work.
# Needs gcc, pkg-config and libmodbus-dev. With --update-docs the measured table in docs/benchmarks.md is replaced.
set -euo pipefail

SECONDS_PER_RUN="${1:-5}"
ROUNDS="${ROUNDS:-3}"
UPDATE_DOCS="${2:-}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

LIBMODBUS_FLAGS="$(pkg-config --cflags --libs libmodbus)"
gcc -O2 -Wall -o "$WORK/lm_server" "$ROOT/bench/peers/libmodbus_bench_server.c" $LIBMODBUS_FLAGS
gcc -O2 -Wall -o "$WORK/lm_client" "$ROOT/bench/peers/libmodbus_bench_client.c" $LIBMODBUS_FLAGS
dotnet build "$ROOT/bench/HmiApp.Benchmarks/HmiApp.Benchmarks.csproj" -c Release -v quiet -nologo >/dev/null
BENCH="$ROOT/bench/HmiApp.Benchmarks/bin/Release/net10.0/HmiApp.Benchmarks.dll"

# Starts a server that prints "ready PORT" and keeps stdin open; sets SERVER_PORT.
start_server() {
  local name="$1"; shift
  mkfifo "$WORK/$name.in"
  "$@" <"$WORK/$name.in" >"$WORK/$name.out" 2>"$WORK/$name.err" &
  PIDS+=("$!")
  exec {hold}>"$WORK/$name.in"
  for _ in $(seq 1 200); do
    if grep -q '^ready ' "$WORK/$name.out" 2>/dev/null; then break; fi
    sleep 0.05
  done
  SERVER_PORT="$(awk '/^ready /{print $2}' "$WORK/$name.out")"
  [ -n "$SERVER_PORT" ] || { echo "$name did not start: $(cat "$WORK/$name.err")" >&2; exit 1; }
}

rps() { awk '/^requests_per_second /{print $2}'; }

start_server libmodbus "$WORK/lm_server"
LM_PORT="$SERVER_PORT"
start_server ours dotnet "$BENCH" server --port 0
OURS_PORT="$SERVER_PORT"
A=0; B=0; C=0; ALL_A=""; ALL_B=""; ALL_C=""
best() { awk -v x="$1" -v y="$2" 'BEGIN { print (x > y ? x : y) }'; }
for round in $(seq 1 "$ROUNDS"); do
  a="$(dotnet "$BENCH" client --port "$LM_PORT" --seconds "$SECONDS_PER_RUN" | rps)"
  b="$("$WORK/lm_client" "$LM_PORT" "$SECONDS_PER_RUN" | rps)"
  c="$("$WORK/lm_client" "$OURS_PORT" "$SECONDS_PER_RUN" | rps)"
  echo "round $round: ours->libmodbus $a, libmodbus->libmodbus $b, libmodbus->ours $c" >&2
  A="$(best "$A" "$a")"; B="$(best "$B" "$b")"; C="$(best "$C" "$c")"
  ALL_A="$ALL_A $a"; ALL_B="$ALL_B $b"; ALL_C="$ALL_C $c"
done

ratio() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", x / y }'; }
TABLE="| Pair (client -> server) | Best requests/s | Ratio to libmodbus -> libmodbus | All rounds |
| --- | ---: | ---: | --- |
| ours -> libmodbus | $A | $(ratio "$A" "$B") |$ALL_A |
| libmodbus -> libmodbus | $B | 1.00 |$ALL_B |
| libmodbus -> ours | $C | $(ratio "$C" "$B") |$ALL_C |"
echo "$TABLE"

if [ "$UPDATE_DOCS" = "--update-docs" ]; then
  # Rewrites the block between the modbus-throughput markers in the "Modbus TCP" section of docs/benchmarks.md.
  DOC="$ROOT/docs/benchmarks.md"
  BLOCK="$WORK/block.md"
  {
    echo "<!-- modbus-throughput:start -->"
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC'), ${ROUNDS} rounds of ${SECONDS_PER_RUN} s per pair, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
    echo "(libmodbus $(pkg-config --modversion libmodbus), .NET SDK $(dotnet --version)):"
    echo
    echo "$TABLE"
    echo "<!-- modbus-throughput:end -->"
  } >"$BLOCK"
  grep -q '^<!-- modbus-throughput:start -->$' "$DOC" || { echo "$DOC has no modbus-throughput markers" >&2; exit 1; }
  awk -v block="$BLOCK" '
    /^<!-- modbus-throughput:start -->$/ { while ((getline line < block) > 0) print line; skip = 1; next }
    /^<!-- modbus-throughput:end -->$/ { skip = 0; next }
    !skip { print }
  ' "$DOC" >"$WORK/doc.md"
  cp "$WORK/doc.md" "$DOC"
  echo "updated $DOC"
fi
