#!/usr/bin/env bash
# tests/isolate/shared: `islet --shared` end to end, compared with expected.txt.
#   1. javac demo/Library.java against islet's class library, jar it as app.jar;
#   2. islet --shared -cp app.jar -o out/libdemo.so: the files it writes, libdemo.h, the symbols
#      libdemo.so exports;
#   3. host.c compiled against out/libdemo.h and linked with -ldemo alone, run, then run again
#      calling the entry point that throws (fatal: the exception, a message, SIGABRT);
#   4. the errors for bad/demo/Bad.java (and a warning for a broken class file beside it), and
#      for a PATH without a C compiler.
#
# usage: run_shared.sh <islet> <jdk-home> <classlib-classes> <expected.txt> <work-dir> [host cflags...]
set -uo pipefail
islet=$1 jdk=$2 classlib=$3 expected=$4 work=$5
shift 5
here=$(cd "$(dirname "$0")" && pwd)

rm -rf "$work" && mkdir -p "$work/classes" "$work/bad-classes" "$work/out"
actual=$work/actual.txt
"$jdk/bin/javac" --system=none --module-path "$classlib" -nowarn -d "$work/classes" "$here/demo/Library.java" || exit 1
"$jdk/bin/javac" --system=none --module-path "$classlib" -nowarn -d "$work/bad-classes" "$here/bad/demo/Bad.java" || exit 1
"$jdk/bin/jar" --create --file "$work/app.jar" -C "$work/classes" . || exit 1
printf 'not a class file' >"$work/bad-classes/demo/Broken.class"  # skipped with a warning
ulimit -c 0

{
  echo "== islet --shared -cp app.jar -o out/libdemo.so"
  (cd "$work" && "$islet" --shared -cp app.jar -o out/libdemo.so 2>&1)
  echo "exit status: $?"
  (cd "$work/out" && ls)
  echo "== libdemo.h"
  cat "$work/out/libdemo.h"
  echo "== exported by libdemo.so"
  nm -D --defined-only "$work/out/libdemo.so" | awk '{print $3}' | sed 's/@.*//' | sort

  echo "== host"
  if cc "$@" -I"$work/out" "$here/host.c" -L"$work/out" -ldemo -Wl,-rpath,"$work/out" -lpthread -o "$work/host"; then
    timeout 120 "$work/host" 2>&1
    echo "exit status: $?"
    echo "== host fail"
    timeout 120 "$work/host" fail 2>&1
    echo "exit status: $?"
  else
    echo "the host does not compile against libdemo.h"
  fi

  echo "== islet --shared on bad/demo/Bad.java"
  (cd "$work" && "$islet" --shared -cp bad-classes -o out/libbad 2>&1)
  echo "exit status: $?"
  echo "== islet --shared without a C compiler on PATH"
  (cd "$work" && PATH=/nonexistent "$islet" --shared -cp app.jar -o out/libnocc.so 2>&1)
  echo "exit status: $?"
} >"$actual"

if [[ ${ISLET_SHARED_UPDATE:-0} == 1 ]]; then
  cp "$actual" "$expected"
  echo "wrote $expected"
  exit 0
fi
if ! diff -u "$expected" "$actual"; then
  echo "run_shared.sh: output differs from $(basename "$expected")"
  exit 1
fi
