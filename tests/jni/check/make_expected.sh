#!/usr/bin/env bash
# Regenerates expected/<name>.txt from HotSpot 17's -Xcheck:jni output (run by hand after adding
# a scenario; the files are committed). Addresses print as 0x<address>; HotSpot's GuardedMemory
# dumps (its allocator's internals, printed before a failed bounds check) are dropped. Scenarios
# listed in ISLET_OWN are not generated: HotSpot crashes on them with an internal error instead
# of reporting, so their expected files state islet's report (see tests/jni/README.md).
# Usage: make_expected.sh <build-dir>
set -euo pipefail
BUILD=$(cd "$1" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
JAVA=${HOTSPOT_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java
ISLET_OWN=" instanceIdInStaticCall staticIdInInstanceCall "
cd "$(mktemp -d)"  # HotSpot may leave hs_err files
grep -v '^#' "$HERE/scenarios.txt" | while read -r name args; do
  if [[ "$ISLET_OWN" == *" $name "* ]]; then continue; fi
  { "$JAVA" -Xcheck:jni -Djava.library.path="$BUILD/tests/jni/libs" -cp "$BUILD/tests/jni/check-classes" JniCheck $args 2>/dev/null; echo "exit $?"; } |
    sed -E 's/0x[0-9a-f]{16}/0x<address>/g' |
    grep -v -E '^(GuardedMemory\(|  Header guard|  Trailer guard|  User data)' >"$HERE/expected/$name.txt" || true
done
