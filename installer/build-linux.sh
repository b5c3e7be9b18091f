#!/usr/bin/env bash
# Builds ConvLab for Linux with the JDK's jpackage: an app image (a folder that runs in place,
# with its own trimmed Java runtime) and a .deb that installs it, in target/installer/.
#
#   installer/build-linux.sh              # app image + .deb
#   installer/build-linux.sh --image-only # app image only (no fakeroot/dpkg needed; used by CI)
#
# Needs JDK 17+ with jpackage (JAVA_HOME, or /usr/lib/jvm/java-17-openjdk-amd64) and Maven;
# the .deb also needs dpkg-deb and fakeroot (Debian/Ubuntu: apt-get install -y fakeroot).
# MVN_ARGS adds Maven options, e.g. MVN_ARGS=-o to build offline; DEB_MAINTAINER sets the
# maintainer e-mail written into the .deb (jpackage requires one).
set -euo pipefail
cd "$(dirname "$0")/.."

image_only=false
case "${1:-}" in
  "") ;;
  --image-only) image_only=true ;;
  *) echo "usage: $0 [--image-only]" >&2; exit 2 ;;
esac

fail() { echo "build-linux: $*" >&2; exit 1; }

if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/java-17-openjdk-amd64 ]; then
  JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
fi
[ -n "${JAVA_HOME:-}" ] || fail "set JAVA_HOME to a JDK 17 or newer"
jpackage="$JAVA_HOME/bin/jpackage"
[ -x "$jpackage" ] || fail "$jpackage not found: jpackage comes with full JDKs 14+ (Debian: openjdk-17-jdk-headless)"
command -v mvn >/dev/null || fail "mvn not found (Debian: apt-get install -y maven)"
if ! $image_only; then
  command -v dpkg-deb >/dev/null || fail "dpkg-deb not found: a .deb can only be built on Debian or Ubuntu (or use --image-only)"
  command -v fakeroot >/dev/null || fail "fakeroot not found: apt-get install -y fakeroot (jpackage needs it for .deb)"
fi

# The project version is the first <version> in pom.xml (the parent-less project's own).
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 1p)
[ -n "$version" ] || fail "could not read the version from pom.xml"

echo "build-linux: building ConvLab $version (mvn -Pinstaller package)"
# Fresh copies of the jars: the module descriptors below are added to them in place.
rm -rf target/modules
# shellcheck disable=SC2086
JAVA_HOME="$JAVA_HOME" mvn -B -q ${MVN_ARGS:-} -Pinstaller -DskipTests package

modules=target/modules
[ -d "$modules" ] || fail "$modules is missing: the Maven profile 'installer' did not copy the dependencies"
# OpenJFX publishes an empty jar next to each platform jar; it would be an automatic module, which
# jlink refuses, and it carries nothing.
find "$modules" -name 'javafx-*-[0-9]*.jar' ! -name '*-linux.jar' ! -name '*-mac*.jar' ! -name '*-win.jar' -delete
cp "target/convlab-$version.jar" "$modules/"

# jlink links only explicit modules, and PDFBox (worksheets: pdfbox, fontbox, pdfbox-io) ships as
# automatic ones: give each a module descriptor that jdeps makes from its own classes.
automatic=()
for jar in "$modules"/*.jar; do
  if "$JAVA_HOME/bin/jar" --describe-module --file "$jar" | grep -q ' automatic$'; then
    automatic+=("$jar")
  fi
done
if [ "${#automatic[@]}" -gt 0 ]; then
  infos=target/module-infos
  rm -rf "$infos"
  "$JAVA_HOME/bin/jdeps" --module-path "$modules" --ignore-missing-deps --multi-release 17 \
    --generate-module-info "$infos" "${automatic[@]}" >/dev/null
  for jar in "${automatic[@]}"; do
    name=$("$JAVA_HOME/bin/jar" --describe-module --file "$jar" | sed -n 's/@.* automatic$//p')
    info=$(find "$infos/$name" -name module-info.java | head -n 1)
    [ -n "$info" ] || fail "jdeps wrote no module-info.java for $name"
    # An automatic module reads every module; an explicit one only what it requires. pdfbox-io
    # frees its memory-mapped buffers through sun.misc.Unsafe, found by reflection where jdeps
    # cannot see it, and its method-handle lookup needs to read jdk.unsupported (else PDFBox logs
    # "Unmapping is not supported" with a stack trace on every first PDF).
    if [ "$name" = org.apache.pdfbox.io ]; then
      sed -i 's/^module org.apache.pdfbox.io {$/&\n    requires jdk.unsupported;/' "$info"
    fi
    "$JAVA_HOME/bin/javac" --module-path "$modules" --patch-module "$name=$jar" \
      -d "$infos/$name/classes" "$info" 2>"$infos/$name.log" || { cat "$infos/$name.log" >&2; fail "could not compile the module descriptor of $name"; }
    "$JAVA_HOME/bin/jar" --update --file "$jar" -C "$infos/$name/classes" module-info.class
  done
  echo "build-linux: module descriptors for ${#automatic[@]} automatic modules"
fi

out=target/installer
rm -rf "$out"
mkdir -p "$out"

common=(
  --name ConvLab
  --app-version "$version"
  --vendor "ConvLab contributors"
  --copyright "Copyright (c) 2026 ConvLab contributors. MIT licence."
  --description "See how convolution works in convolutional neural networks."
)

# The optimising compiler (C2) waits for ten times the usual number of calls and loop turns. On
# two cores it otherwise competes with the first frame for a core: the window appeared after a
# median 1.56 s without these options and 1.44 s with them (8 starts each, interleaved), and
# after a median 1.27 s in 12 starts of the finished image (docs/performance.md). The convolution loops run thousands of rows a second, so they still
# reach C2 within the first strokes; warm-up timings of the detector did not change.
# jdk.incubator.vector: the correlation's faster loops (conv/VectorPath), which the app warms up
# in the background once its window is shown; the module prints one warning line on stderr.
late_c2=()
for opt in Tier4InvocationThreshold=50000 Tier4MinInvocationThreshold=6000 Tier4CompileThreshold=150000 Tier4BackEdgeThreshold=400000; do
  late_c2+=(--java-options "-XX:$opt")
done

echo "build-linux: jpackage app image"
"$jpackage" --type app-image --dest "$out" "${common[@]}" \
  --module-path "$modules" \
  --module org.convlab/org.convlab.Launcher \
  --java-options '--add-exports=javafx.base/com.sun.javafx.event=org.controlsfx.controls' \
  --add-modules jdk.incubator.vector \
  --java-options '--add-modules=jdk.incubator.vector' \
  "${late_c2[@]}" \
  --icon assets/icons/convlab-256.png
[ -x "$out/ConvLab/bin/ConvLab" ] || fail "jpackage did not produce $out/ConvLab/bin/ConvLab"

# Class-data sharing: an archive of the classes loaded up to the first drawn window, mapped at the
# next start instead of parsed and verified again, cuts about a fifth off the start-up CPU time. The
# class list comes from starting the app once, which needs a display (xvfb-run on a server).
launcher="$out/ConvLab/bin/ConvLab"
cfg="$out/ConvLab/lib/app/ConvLab.cfg"
list=target/installer-classes.lst
rm -f "$list"
with_display() {
  if [ -n "${DISPLAY:-}" ]; then "$@"
  elif command -v xvfb-run >/dev/null; then xvfb-run -a "$@"
  else return 99
  fi
}
set +e
# A data folder of its own: work a crashed ConvLab left in the user's folder would otherwise be
# offered back in a dialog in front of this start (and taken from its owner).
data=target/installer-data
rm -rf "$data"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list -Dconvlab.exitAfterStart=true -Dconvlab.prefs=convlab-build -Dconvlab.dataDir=$data" \
  with_display timeout 120 "$launcher" >target/installer-classes.log 2>&1
status=$?
set -e
if [ "$status" -eq 99 ]; then
  echo "build-linux: WARNING: no display and no xvfb-run, so no class-data-sharing archive; the app starts" >&2
  echo "build-linux: WARNING: about 0.4 s slower. Install xvfb (apt-get install -y xvfb) to build it." >&2
elif [ "$status" -ne 0 ] || ! grep -q 'ConvLab: main window shown' target/installer-classes.log; then
  cat target/installer-classes.log >&2
  fail "the app image did not start (exit status $status); see the output above"
else
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$out/ConvLab/lib/app/convlab.jsa" \
    "$launcher" >target/installer-cds.log 2>&1 || { cat target/installer-cds.log >&2; fail "the class-data-sharing dump failed"; }
  # -Xshare:auto: a missing or unusable archive only costs speed, never the start.
  printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/convlab.jsa' 'java-options=-Xshare:auto' >>"$cfg"
  echo "build-linux: class-data-sharing archive $(du -h "$out/ConvLab/lib/app/convlab.jsa" | cut -f1)"
fi
echo "build-linux: app image in $out/ConvLab (run $out/ConvLab/bin/ConvLab)"

if ! $image_only; then
  echo "build-linux: jpackage .deb"
  # jpackage's own templates, overridden where ConvLab needs more: the desktop entry passes the
  # double-clicked file (%f), the scripts add /usr/bin/convlab, and the copyright is the licence.
  resources=target/installer-resources
  rm -rf "$resources"
  mkdir -p "$resources"
  cp installer/linux/resources/* "$resources/"
  cp LICENSE "$resources/copyright"
  "$jpackage" --type deb --dest "$out" "${common[@]}" \
    --app-image "$out/ConvLab" \
    --icon assets/icons/convlab-256.png \
    --linux-package-name convlab \
    --resource-dir "$resources" \
    --linux-deb-maintainer "${DEB_MAINTAINER:-convlab@example.invalid}" \
    --linux-package-deps "libgtk-3-0, fonts-dejavu-core" \
    --linux-app-category education \
    --linux-menu-group Education \
    --linux-shortcut \
    --file-associations installer/linux/convlab-workspace.properties
  deb=$(ls "$out"/convlab_*.deb 2>/dev/null | sed -n 1p)
  [ -n "$deb" ] || fail "jpackage did not produce a .deb in $out"
  echo "build-linux: $deb (install: sudo apt-get install ./$deb)"
fi
