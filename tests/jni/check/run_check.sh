#!/usr/bin/env bash
# Runs JniCheck with -Xcheck:jni on one VM and compares standard output plus the exit status
# with expected/<name>.txt. Addresses (0x followed by 16 hex digits) print as 0x<address>.
# Usage: run_check.sh <java-or-islet> <classes> <libs> <expected-file> <scenario>...
set -uo pipefail
VM=$1; CLASSES=$2; LIBS=$3; EXPECTED=$4; shift 4
actual=$("$VM" -Xcheck:jni -Djava.library.path="$LIBS" -cp "$CLASSES" JniCheck "$@" 2>/dev/null; echo "exit $?")
actual=$(printf '%s\n' "$actual" | sed -E 's/0x[0-9a-f]{16}/0x<address>/g')
if ! diff -u "$EXPECTED" <(printf '%s\n' "$actual"); then
  echo "run_check: -Xcheck:jni output of '$*' differs from $EXPECTED" >&2
  exit 1
fi
