#!/usr/bin/env bash
# Runs one tests/polyglot program on islet and compares stdout, then the exit status, with the
# expected file (its last line is "exit <status>"). stderr is shown on failure.
# Usage: run_polyglot.sh <islet> <classes> <Name> <expected-file> <testlib.so> [vm options...]
set -uo pipefail
islet=$1 classes=$2 name=$3 expected=$4 testlib=$5
shift 5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timeout 60 "$islet" "$@" -cp "$classes" "$name" "$testlib" >"$work/stdout" 2>"$work/stderr"
echo "exit $?" >>"$work/stdout"
if ! diff -u "$expected" "$work/stdout"; then
  echo "--- stderr of $name:"
  cat "$work/stderr"
  exit 1
fi
