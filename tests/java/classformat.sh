#!/usr/bin/env bash
# Malformed class files: corrupts one compiled class in many ways (classformat/corrupt.py), runs
# each variant as the main class on HotSpot and on islet, and requires islet to fail the same
# way: same exit code, the same java.lang.*Error class as the first error HotSpot names, and
# never a crash (exit code > 128) or a hang.
#
# usage: classformat.sh <islet> <hotspot-java> <Class.class> <work-dir>
# Environment: ISLET_TIMEOUT (seconds per islet run, default 20).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[[ $# -eq 4 ]] || { echo "usage: classformat.sh <islet> <hotspot-java> <Class.class> <work-dir>" >&2; exit 2; }
islet=$1
hotspot=$2
class_file=$3
work=$4
islet_timeout=${ISLET_TIMEOUT:-20}
class_name=$(basename "$class_file" .class)

[[ -x $hotspot ]] || { echo "HotSpot java not found: $hotspot" >&2; exit 2; }
[[ -f $class_file ]] || { echo "class file not found: $class_file" >&2; exit 2; }
if [[ ! -x $islet ]]; then
  echo "FAIL classformat: islet binary not found or not executable: $islet (run cmake --build first)"
  exit 1
fi

rm -rf "$work"
mkdir -p "$work"
mapfile -t variants < <(python3 "$here/classformat/corrupt.py" "$class_file" "$work")
[[ ${#variants[@]} -gt 0 ]] || { echo "corrupt.py produced no variants" >&2; exit 2; }

run() { # <vm> <limit> <dir> <prefix>
  local rc=0
  env -u JAVA_TOOL_OPTIONS -u _JAVA_OPTIONS -u JDK_JAVA_OPTIONS -u CLASSPATH LC_ALL=C.UTF-8 \
    timeout --kill-after=5 "$2" "$1" -cp "$3" "$class_name" </dev/null >"$4.stdout" 2>"$4.stderr" || rc=$?
  echo "$rc"
}

# The first java.lang.* error or exception class named on stderr, e.g. java.lang.ClassFormatError.
first_error() {
  grep -oE 'java\.lang\.[A-Za-z]*(Error|Exception)' "$1" | head -n 1 || true
}

failures=0
for v in "${variants[@]}"; do
  dir=$work/$v
  hs_rc=$(run "$hotspot" 120 "$dir" "$dir/hotspot")
  is_rc=$(run "$islet" "$islet_timeout" "$dir" "$dir/islet")
  hs_err=$(first_error "$dir/hotspot.stderr")
  is_err=$(first_error "$dir/islet.stderr")
  problem=""
  if [[ $is_rc == 124 || $is_rc == 137 ]]; then
    problem="islet timed out after ${islet_timeout}s"
  elif [[ $is_rc -gt 128 ]]; then
    problem="islet crashed (exit code $is_rc, signal $((is_rc - 128)))"
  elif [[ $hs_rc != "$is_rc" ]]; then
    problem="exit code hotspot=$hs_rc islet=$is_rc"
  elif [[ $hs_rc == 0 ]]; then
    cmp -s "$dir/hotspot.stdout" "$dir/islet.stdout" || problem="both accepted the file but stdout differs"
  elif [[ $hs_err != "$is_err" ]]; then
    problem="error class hotspot=${hs_err:-<none>} islet=${is_err:-<none>}"
  fi
  if [[ -n $problem ]]; then
    failures=$((failures + 1))
    echo "FAIL $v: $problem"
    echo "  rerun: $islet -cp $dir $class_name"
    echo "  hotspot stderr: $(head -n 3 "$dir/hotspot.stderr" | tr '\n' '|')"
    echo "  islet stderr:   $(head -n 3 "$dir/islet.stderr" | tr '\n' '|')"
  else
    echo "PASS $v (exit $hs_rc${hs_err:+, $hs_err})"
  fi
done

echo "classformat: ${#variants[@]} variants, $failures failed (work dir $work)"
[[ $failures == 0 ]]
