#!/usr/bin/env bash
# The JNI closed world (tests/jni/closed). Modes:
#   open   <islet> <java> <classes> <libs>: with -Xjni:config= but no -Xjni:closed islet finds
#          everything, exactly like HotSpot (outputs compared).
#   closed <islet> <classes> <libs> <expected> <flags...>: islet's output (this folder's path
#          printed as <dir>) equals <expected>. The program is JniClosed unless the first flag
#          is --main=<class>.
#   error  <islet> <classes> <libs> <expected> <flags...>: islet refuses to start: exit status 1
#          and the error text (standard error) equals <expected>.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
mode=$1; shift
case $mode in
  open)
    ISLET=$1; JAVA=$2; CLASSES=$3; LIBS=$4
    expected=$("$JAVA" -Djava.library.path="$LIBS" -cp "$CLASSES" JniClosed 2>&1; echo "exit $?")
    actual=$("$ISLET" -Xjni:config="$HERE/jni-config.json" -Djava.library.path="$LIBS" -cp "$CLASSES" JniClosed 2>&1; echo "exit $?")
    diff -u <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") ;;
  closed)
    ISLET=$1; CLASSES=$2; LIBS=$3; EXPECTED=$4; shift 4
    MAIN=JniClosed
    if [[ ${1:-} == --main=* ]]; then MAIN=${1#--main=}; shift; fi
    actual=$("$ISLET" "$@" -Djava.library.path="$LIBS" -cp "$CLASSES" "$MAIN" 2>&1; echo "exit $?")
    diff -u "$EXPECTED" <(printf '%s\n' "${actual//$HERE/<dir>}") ;;
  error)
    ISLET=$1; CLASSES=$2; LIBS=$3; EXPECTED=$4; shift 4
    actual=$("$ISLET" "$@" -cp "$CLASSES" JniClosed 2>&1; echo "exit $?")
    diff -u "$EXPECTED" <(printf '%s\n' "${actual//$HERE/<dir>}") ;;
  *) echo "run_closed: unknown mode $mode" >&2; exit 2 ;;
esac
