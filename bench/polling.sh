#!/usr/bin/env bash
# Polling benchmark (docs/benchmarks.md, "Polling"): DEVICES POINTS SECONDS [sqlite|postgres] [runs], defaults 100 100 30 sqlite; "runs" adds the job-run history.
set -euo pipefail
cd "$(dirname "$0")/PollingBench"
dotnet build -c Release --nologo -v q
dotnet bin/Release/net10.0/PollingBench.dll "${1:-100}" "${2:-100}" "${3:-30}" "${4:-sqlite}" ${5:-} 2>&1 | grep -v -E '^(warn|info):|^\s+No XML encryptor|configured to use schema'
