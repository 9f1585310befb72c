#!/usr/bin/env bash
# Loopback throughput of sequential FC3 reads of 125 registers, ours against libmodbus 3.1.6:
#   (a) our client      -> libmodbus server
#   (b) libmodbus client -> libmodbus server   (the reference)
#   (c) libmodbus client -> our server
# Usage: bench/modbus-throughput.sh [SECONDS] [--update-docs]
# Needs gcc, pkg-config and libmodbus-dev. With --update-docs the "Modbus TCP" section of docs/benchmarks.md is rewritten.
set -euo pipefail

SECONDS_PER_RUN="${1:-5}"
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
A="$(dotnet "$BENCH" client --port "$LM_PORT" --seconds "$SECONDS_PER_RUN" | rps)"
B="$("$WORK/lm_client" "$LM_PORT" "$SECONDS_PER_RUN" | rps)"
start_server ours dotnet "$BENCH" server --port 0
C="$("$WORK/lm_client" "$SERVER_PORT" "$SECONDS_PER_RUN" | rps)"

ratio() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", x / y }'; }
TABLE="| Pair (client -> server) | Requests/s | Ratio to libmodbus -> libmodbus |
| --- | ---: | ---: |
| ours -> libmodbus | $A | $(ratio "$A" "$B") |
| libmodbus -> libmodbus | $B | 1.00 |
| libmodbus -> ours | $C | $(ratio "$C" "$B") |"
echo "$TABLE"

if [ "$UPDATE_DOCS" = "--update-docs" ]; then
  DOC="$ROOT/docs/benchmarks.md"
  mkdir -p "$(dirname "$DOC")"
  [ -f "$DOC" ] || printf '# Benchmarks\n' >"$DOC"
  SECTION="$WORK/section.md"
  {
    echo "## Modbus TCP"
    echo
    echo "Sequential FC3 reads of 125 registers over loopback, one connection, ${SECONDS_PER_RUN} s per pair,"
    echo "measured $(date -u +%Y-%m-%d) on $(nproc) cores with \`bench/modbus-throughput.sh ${SECONDS_PER_RUN} --update-docs\`"
    echo "(libmodbus $(pkg-config --modversion libmodbus), $(dotnet --version) SDK). Goal: ours >= 0.8 of libmodbus -> libmodbus."
    echo
    echo "$TABLE"
    echo
    if [ -f "$ROOT/bench/modbus-allocations.md" ]; then cat "$ROOT/bench/modbus-allocations.md"; echo; fi
  } >"$SECTION"
  # Replace the section (up to the next "## " heading) or append it.
  awk -v section="$SECTION" '
    BEGIN { while ((getline line < section) > 0) text = text line "\n" }
    /^## Modbus TCP$/ { printf "%s", text; skip = 1; done = 1; next }
    /^## / && skip { skip = 0 }
    !skip { print }
    END { if (!done) printf "\n%s", text }
  ' "$DOC" >"$WORK/doc.md"
  cp "$WORK/doc.md" "$DOC"
  echo "updated $DOC"
fi
