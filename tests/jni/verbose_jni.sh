#!/usr/bin/env bash
# -verbose:jni, differentially: runs a JNI test program on HotSpot and islet with -verbose:jni and
# compares standard output after dropping HotSpot's lines for JDK-internal classes (islet's class
# library natives are built in, not linked through JNI) and both VMs' line decorations
# ("[0.047s][debug][jni,resolve] " and "[debug][jni,resolve] ").
# Usage: verbose_jni.sh <islet> <java> <classes> <libs> <main class>
set -uo pipefail
ISLET=$1; JAVA=$2; CLASSES=$3; LIBS=$4; MAIN=$5
filter() {
  grep -v -E '^(\[[0-9.]+s\])?\[debug\]\[jni,resolve\] \[[A-Za-z -]+ (java|jdk|sun)\.' |
    sed -E 's/^(\[[0-9.]+s\])?\[debug\]\[jni,resolve\] //'
}
expected=$("$JAVA" -verbose:jni -Djava.library.path="$LIBS" -cp "$CLASSES" "$MAIN" 2>&1 | filter)
actual=$("$ISLET" -verbose:jni -Djava.library.path="$LIBS" -cp "$CLASSES" "$MAIN" 2>&1 | filter)
if ! diff -u <(printf '%s\n' "$expected") <(printf '%s\n' "$actual"); then
  echo "verbose_jni: -verbose:jni output of $MAIN differs from HotSpot's" >&2
  exit 1
fi
grep -q 'native method' <<<"$actual" || { echo "verbose_jni: no linking was logged" >&2; exit 1; }
