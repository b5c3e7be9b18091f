#!/usr/bin/env bash
# Times the convolution engine of an older commit (package org.convlab.core, before the split into
# org.convlab.conv and conv.fast) against this build's, in one JMH run, after checking that both
# give the same bits; prints before, after and the ratio per workload.
#
#   src/bench/compare-engine.sh [REV] [JMH options]
#
# REV defaults to a454e9f, the last commit before the split. JMH options replace the benchmark's
# defaults, e.g. -f 3 -wi 5 -i 10. Set MVN_OFFLINE=-o to stay offline. Results:
# target/jmh-before-after.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
rev=${1:-a454e9f}
shift || true
old=target/engine-before
core=src/main/java/org/convlab/core

rm -rf "$old"
mkdir -p "$old/src" "$old/classes"
# Only the engine and its domain types: not the file formats (core/io), nothing that needs JavaFX.
git archive "$rev" "$core" | tar -x -C "$old/src" --exclude="$core/io"
{ grep -l 'import javafx' -r "$old/src" || true; } | xargs -r rm
javac -nowarn --release 17 --add-modules jdk.incubator.vector -d "$old/classes" \
    $(find "$old/src" -name '*.java') 2>&1 | grep -v 'incubat' || true
test -f "$old/classes/org/convlab/core/Correlation2D.class"

mvn -B -ntp -q ${MVN_OFFLINE:-} -Pbench test-compile exec:exec@jmh-before-after -Djmh.args="$*"

echo
echo "task            before (µs/op)       after (µs/op)        after/before"
jq -r '
  [.[] | {w: .params.task, e: .params.version, s: .primaryMetric.score,
          err: (.primaryMetric.scoreError | if type == "number" then . else 0 end)}]
  | group_by(.w)[]
  | (map(select(.e == "before"))[0]) as $b | (map(select(.e == "after"))[0]) as $a
  | select($a != null and $b != null)
  | ($a.s / $b.s) as $r
  | ($r * (($a.err / $a.s) + ($b.err / $b.s))) as $rerr
  | "\($a.w | . + " " * (14 - length)) \($b.s * 10 | round / 10) ± \($b.err * 10 | round / 10)\t\($a.s * 10 | round / 10) ± \($a.err * 10 | round / 10)\t\($r * 100 | round / 100) ± \($rerr * 100 | round / 100)"
' target/jmh-before-after.json
