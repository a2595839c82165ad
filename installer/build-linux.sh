#!/usr/bin/env bash
# Builds the Linux app-image (and a .deb when fakeroot is installed) from the jar that `mvn package` made.
#
#   mvn -Pinstaller -DskipTests package          # the Maven way (runs this script in the package phase)
#   installer/build-linux.sh [BUILD_DIR] [VERSION] # by hand, after mvn -DskipTests package
#
# Needs a JDK 25 (jlink, jdeps, jpackage): JAVA_HOME, else the java on PATH.
# Output: BUILD_DIR/installer/Rollout Planner/ (app-image; start bin/Rollout Planner)
#         BUILD_DIR/installer/rollout-planner_VERSION_amd64.deb (when fakeroot and dpkg-deb are present)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
build="${1:-$root/target}"
version="${2:-}"
cd "$root"

if [[ "$(uname -s)" != Linux ]]; then
  echo "build-linux.sh builds the Linux image only; see installer/README.md for Windows and macOS." >&2
  exit 2
fi
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" ]]; then
  bin="$JAVA_HOME/bin"
else
  bin="$(dirname "$(readlink -f "$(command -v java)")")"
fi
jv="$("$bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [[ "${jv%%.*}" -lt 25 ]]; then
  echo "The installer needs JDK 25 or newer (found Java $jv at $bin). Set JAVA_HOME to a JDK 25." >&2
  exit 2
fi
jar="$build/rollout-planner.jar"
if [[ ! -f "$jar" || ! -d "$build/lib" ]]; then
  echo "No $jar (with lib/ beside it): run mvn -DskipTests package first." >&2
  exit 2
fi
if [[ -z "$version" ]]; then
  version="$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"
fi
# jpackage wants a numeric version (1.2.3): drop a -SNAPSHOT or similar suffix
pkgversion="$(echo "$version" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')"

out="$build/installer"
rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/"
cp -r "$build/lib" "$out/input/lib"

echo "== runtime (jlink)"
modules="$("$bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 \
    --class-path "$build/lib/*" "$jar" 2>/dev/null || true)"
if [[ -z "$modules" ]]; then
  modules="java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.scripting,java.sql,jdk.jfr,jdk.net"
fi
# JavaFX (on the class path) needs jdk.unsupported; locale data and charsets for people's files
modules="$modules,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs"
"$bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=zip-6 \
    --output "$out/runtime"

echo "== app-image (jpackage)"
"$bin/jpackage" --type app-image \
    --input "$out/input" \
    --runtime-image "$out/runtime" \
    --app-version "$pkgversion" \
    --dest "$out" \
    @installer/jpackage-common.txt @installer/jpackage-app.txt @installer/linux/jpackage.txt
image="$out/Rollout Planner"

# JDK 25 AOT cache (JEP 514/515): a training run that opens the window on a fresh sample workspace records the
# classes and profiles start-up needs; later starts map them in (stack notes: first frame ~1.2 s -> ~0.6 s).
# Needs Xvfb; skipped without it, or with ROLLOUT_AOT=0. If the cache ever does not match, Java ignores it.
if [[ "${ROLLOUT_AOT:-1}" == 1 ]] && command -v xvfb-run >/dev/null; then
  echo "== AOT cache (training run under Xvfb)"
  cfg="$image/lib/app/Rollout Planner.cfg"
  cp "$cfg" "$out/launcher.cfg.orig"
  echo 'java-options=-XX:AOTCacheOutput=$APPDIR/rollout-planner.aot' >> "$cfg"
  data="$(mktemp -d)"
  XDG_DATA_HOME="$data" timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
      "$1/bin/Rollout Planner" >"$2" 2>&1 & pid=$!
      for _ in $(seq 1 120); do
        grep -qs "Opened workspace" "$3/rollout-planner/rollout-planner.log" && break
        sleep 1
      done
      sleep 3
      kill -TERM $pid
      wait $pid' _ "$image" "$out/aot-training.log" "$data" || true
  cp "$out/launcher.cfg.orig" "$cfg"
  rm -rf "$data" "$out/launcher.cfg.orig"
  if [[ -s "$image/lib/app/rollout-planner.aot" ]]; then
    echo 'java-options=-XX:AOTCache=$APPDIR/rollout-planner.aot' >> "$cfg"
    echo "AOT cache: $(du -h "$image/lib/app/rollout-planner.aot" | cut -f1)"
  else
    rm -f "$image/lib/app/rollout-planner.aot"
    echo "No AOT cache was written (see $out/aot-training.log); the image starts without one."
  fi
fi
echo "App-image: $image (start: \"$image/bin/Rollout Planner\")"

if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
  echo "== .deb (jpackage)"
  "$bin/jpackage" --type deb --app-image "$image" \
      --app-version "$pkgversion" \
      --dest "$out" \
      @installer/jpackage-common.txt @installer/linux/jpackage.txt @installer/linux/jpackage-deb.txt
  ls "$out"/*.deb
else
  echo "fakeroot or dpkg-deb not found: no .deb built (apt-get install fakeroot)."
fi
