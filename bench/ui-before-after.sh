#!/usr/bin/env bash
# UI before and after (docs/benchmarks.md, "UI"): builds the app of a reference commit (default 8a21446, the last
# build before MudBlazor) in a throwaway worktree and the app of this checkout, both in Release, then runs the same
# bench/HmiApp.UiLoad scenarios against each, back to back on this machine, and prints both reports.
# Usage: bench/ui-before-after.sh [REFERENCE_COMMIT] [UiLoad options...], e.g. bench/ui-before-after.sh 8a21446 --circuits 50,500 --seconds 20
set -euo pipefail
cd "$(dirname "$0")/.."
reference=${1:-8a21446}
shift || true
options=("$@")
[ ${#options[@]} -eq 0 ] && options=(--circuits 50,500 --seconds 20 --scenarios dom,circuits)

before=$(mktemp -d /tmp/hmi-ui-before.XXXXXX)
trap 'git worktree remove --force "$before" >/dev/null 2>&1 || rm -rf "$before"' EXIT
git worktree add --detach "$before" "$reference" >/dev/null

dotnet build -c Release --nologo -v q "$before/HmiApp" >/dev/null
dotnet build -c Release --nologo -v q HmiApp >/dev/null
dotnet build -c Release --nologo -v q bench/HmiApp.UiLoad >/dev/null
tool=bench/HmiApp.UiLoad/bin/Release/net10.0/HmiApp.UiLoad.dll

# A failed run of the tool (it once crashed on exit when ClrMD attached to the live app; it reads a dump now) does not
# stop the other: the script says how each ended.
echo "== before: $(git -C "$before" log --oneline -1)"
dotnet "$tool" "$before/HmiApp/bin/Release/net10.0/HmiApp.dll" "${options[@]}" || echo "(before: the tool exited with $?)"
echo
echo "== after: $(git log --oneline -1)$(git diff --quiet || echo ' (with uncommitted changes)')"
dotnet "$tool" "$PWD/HmiApp/bin/Release/net10.0/HmiApp.dll" "${options[@]}" || echo "(after: the tool exited with $?)"
