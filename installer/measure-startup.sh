#!/usr/bin/env bash
# How long the packaged app takes from the launcher's start to its first drawn main window.
# Starts target/installer/ConvLab/bin/ConvLab N times (default 10; build it first with
# installer/build-linux.sh --image-only) with -Dconvlab.exitAfterStart=true, which makes the app
# print "ConvLab: main window shown (at T ms since the epoch)" two frames after showing its window
# and exit; the time is T minus the moment the script started the launcher. Uses $DISPLAY, or
# one Xvfb for all runs (xvfb-run) if there is none.
# Usage: installer/measure-startup.sh [runs] [launcher]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "measure-startup: no display and no xvfb-run (apt-get install -y xvfb)" >&2; exit 2; }
  exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi
runs="${1:-10}"
launcher="${2:-target/installer/ConvLab/bin/ConvLab}"
[ -x "$launcher" ] || { echo "measure-startup: no app image at $launcher; run installer/build-linux.sh --image-only first" >&2; exit 2; }
# A data folder of its own, so that no leftover autosave puts a dialog in front of the window.
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
times=()
for i in $(seq 1 "$runs"); do
  t0=$(date +%s%3N)
  out=$(JAVA_TOOL_OPTIONS="-Dconvlab.exitAfterStart=true -Dconvlab.prefs=convlab-measure-startup -Dconvlab.dataDir=$data" timeout 120 "$launcher" 2>&1) || true
  shown=$(printf '%s\n' "$out" | sed -n 's/.*main window shown (at \([0-9]*\) ms since the epoch).*/\1/p')
  [ -n "$shown" ] || { printf '%s\n' "$out" >&2; echo "measure-startup: run $i did not report its window" >&2; exit 1; }
  ms=$((shown - t0))
  echo "run $i: $ms ms"
  times+=("$ms")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
echo "window drawn after: min ${sorted[0]} ms, median ${sorted[$((n / 2))]} ms, max ${sorted[$((n - 1))]} ms ($n runs, load $(cut -d' ' -f1-3 /proc/loadavg))"
