#!/usr/bin/env bash
# Runs one invocation-API test host against one libjvm.so and compares what it prints (stdout and
# stderr together, then its exit status) with the expected file for that VM.
#
# usage: run_host.sh [--linked] <vm-name> <libjvm.so> <expected-dir> <test-id> <host> <classes-dir> [args...]
#
# --linked: the host is linked with -ljvm instead of opening the library named on its command
# line; LD_LIBRARY_PATH is pointed at the directory of the VM under test (only then: HotSpot puts
# LD_LIBRARY_PATH into java.library.path, which other tests print).
#
# The expected file is <expected-dir>/<test-id>.<vm-name>.txt where the VMs legitimately differ
# (islet creates a second VM where HotSpot refuses), else <expected-dir>/<test-id>.txt, written
# from HotSpot's output. Before comparing, output is normalised: frames of the JDK's own classes
# (java.base/...) and HotSpot's native-frame dump after FatalError (addresses vary) are dropped.
#
# Environment: ISLET_HOST_TIMEOUT (seconds, default 60); ISLET_HOST_UPDATE=1 rewrites the
# expected file from this run instead of comparing (only ever done with HotSpot as the VM).
set -uo pipefail

linked=0
if [[ ${1:-} == --linked ]]; then
  linked=1
  shift
fi
[[ $# -ge 6 ]] || { echo "usage: run_host.sh <vm-name> <libjvm.so> <expected-dir> <test-id> <host> <classes> [args]" >&2; exit 2; }
vm_name=$1 library=$2 expected_dir=$3 test_id=$4 host=$5
shift 5

expected=$expected_dir/$test_id.$vm_name.txt
[[ -f $expected ]] || expected=$expected_dir/$test_id.txt

actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
if [[ $linked == 1 ]]; then
  export LD_LIBRARY_PATH=$(dirname "$library")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
fi
timeout "${ISLET_HOST_TIMEOUT:-60}" "$host" "$library" "$@" >"$actual.raw" 2>&1
status=$?
{
  sed -E -e '/^[[:space:]]*at java\.base\//d' \
         -e '/Native frames: \(J=compiled Java code/d' \
         -e '/\[[^]]*\+0x[0-9a-f]+\]/d' \
         -e '/0x[0-9a-f]{12,16}/d' \
         -e '/^\[vfprintf hook, stdout\] $/d' "$actual.raw"
  echo "exit status: $status"
} >"$actual"
rm -f "$actual.raw"

if [[ ${ISLET_HOST_UPDATE:-0} == 1 ]]; then
  cp "$actual" "$expected"
  echo "wrote $expected"
  exit 0
fi
[[ -f $expected ]] || { echo "no expected file for $test_id"; cat "$actual"; exit 1; }
if ! diff -u "$expected" "$actual"; then
  echo "run_host.sh: $test_id on $vm_name differs from $(basename "$expected")"
  exit 1
fi
