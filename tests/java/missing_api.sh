#!/usr/bin/env bash
# A program using Java SE API the class library lacks fails with a clear linkage error naming
# the missing class or method (HotSpot's wording for such errors) and exit code 1, or, if it
# catches the error, keeps running. Never a crash. HotSpot has these APIs, so this is not a
# differential test: the expected lines are HotSpot's message formats for missing API.
#
# usage: missing_api.sh <islet> <classes-dir>
set -euo pipefail
islet=$1
classes=$2
failures=0

expect() { # <mode> <exit code> <expected first line of stderr or stdout> <stream>
  local mode=$1 want_rc=$2 want_line=$3 stream=$4 rc=0 out err
  out=$(mktemp) err=$(mktemp)
  timeout 20 "$islet" -cp "$classes" MissingApi "$mode" >"$out" 2>"$err" || rc=$?
  local got_line
  if [[ $stream == stderr ]]; then got_line=$(head -n 1 "$err"); else got_line=$(head -n 1 "$out"); fi
  if [[ $rc != "$want_rc" || $got_line != "$want_line" ]]; then
    echo "FAIL $mode: exit $rc (want $want_rc), $stream line: '$got_line'"
    echo "  want: '$want_line'"
    sed 's/^/  stderr: /' "$err" | head -5
    failures=$((failures + 1))
  else
    echo "ok   $mode: $want_line"
  fi
  rm -f "$out" "$err"
}

expect class 1 'Exception in thread "main" java.lang.NoClassDefFoundError: java/time/LocalDate' stderr
expect method 1 "Exception in thread \"main\" java.lang.NoSuchMethodError: 'java.lang.String java.lang.Character.getName(int)'" stderr
expect caught 0 'caught java.lang.NoClassDefFoundError: java/time/Duration' stdout
[[ $failures == 0 ]]
