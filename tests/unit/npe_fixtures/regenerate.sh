#!/usr/bin/env bash
# Re-records expected.txt from HotSpot 17: compiles the probes without and with -g (as the
# build does), writes the hand-made Odd* classes, runs every probe and logs where it failed.
# Run it after adding or changing a probe; review the diff of expected.txt before committing.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jdk=${HOTSPOT_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
asm=(--add-exports java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED)
"$jdk/bin/javac" -nowarn "${asm[@]}" -d "$work/tools" "$here/OddClassWriter.java" "$here/NpeExpectations.java"
"$jdk/bin/java" "${asm[@]}" -cp "$work/tools" OddClassWriter "$work/plain" "$work/debug"
mapfile -t probes < <(find "$here/probes" -name '*.java' | sort)
"$jdk/bin/javac" -nowarn -encoding UTF-8 -d "$work/plain" "${probes[@]}"
"$jdk/bin/javac" -nowarn -encoding UTF-8 -g -d "$work/debug" "${probes[@]}"
"$jdk/bin/java" -cp "$work/tools" NpeExpectations generate "$here/expected.txt" "$work/plain" "$work/debug"
echo "wrote $here/expected.txt ($(grep -vc '^#' "$here/expected.txt") cases)"
