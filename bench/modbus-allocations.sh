#!/usr/bin/env bash
# Time and allocation per FC3 read of 125 registers on the client and the server hot path (BenchmarkDotNet,
# [MemoryDiagnoser]). In-process toolchain: the generated-project build of BenchmarkDotNet times out on a loaded
# 2-core machine. Usage: bench/modbus-allocations.sh [extra BenchmarkDotNet arguments]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build "$ROOT/bench/HmiApp.Benchmarks/HmiApp.Benchmarks.csproj" -c Release -v quiet -nologo >/dev/null
cd "$ROOT/bench"
dotnet "$ROOT/bench/HmiApp.Benchmarks/bin/Release/net10.0/HmiApp.Benchmarks.dll" \
  --filter '*ModbusHotPath*' --inProcess --job short "$@"
