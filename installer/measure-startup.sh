#!/usr/bin/env bash
# How long the packaged app takes from process start to its first drawn main window.
# Starts target/installer/ConvLab/bin/ConvLab N times (default 10; build it first with
# installer/build-linux.sh --image-only) with -Dconvlab.exitAfterStart=true, which makes the app
# print "ConvLab: main window shown (N ms after the process started)" two frames after showing
# its window and exit. Uses $DISPLAY, or xvfb-run if there is none.
# Usage: installer/measure-startup.sh [runs] [launcher]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
launcher="${2:-target/installer/ConvLab/bin/ConvLab}"
[ -x "$launcher" ] || { echo "measure-startup: no app image at $launcher; run installer/build-linux.sh --image-only first" >&2; exit 2; }
run() {
  if [ -n "${DISPLAY:-}" ]; then "$@"
  elif command -v xvfb-run >/dev/null; then xvfb-run -a "$@"
  else echo "measure-startup: no display and no xvfb-run (apt-get install -y xvfb)" >&2; exit 2
  fi
}
times=()
for i in $(seq 1 "$runs"); do
  out=$(JAVA_TOOL_OPTIONS="-Dconvlab.exitAfterStart=true -Dconvlab.prefs=convlab-measure-startup" run timeout 120 "$launcher" 2>&1) || true
  ms=$(printf '%s\n' "$out" | sed -n 's/.*main window shown (\([0-9]*\) ms after the process started).*/\1/p')
  [ -n "$ms" ] || { printf '%s\n' "$out" >&2; echo "measure-startup: run $i did not report its window" >&2; exit 1; }
  echo "run $i: $ms ms"
  times+=("$ms")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
echo "window shown after: min ${sorted[0]} ms, median ${sorted[$((n / 2))]} ms, max ${sorted[$((n - 1))]} ms ($n runs, load $(cut -d' ' -f1-3 /proc/loadavg))"
