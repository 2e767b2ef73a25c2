#!/usr/bin/env bash
# Embedding benchmark: runs bench/embed/embed_bench.c against HotSpot's libjvm.so and islet's in
# the same run (median of BENCH_RUNS processes each), then islet's create/destroy loop
# (tests/invocation/hosts/loop.c) for 10 000 cycles with its resident-set report, and writes
# bench/RESULTS.embed.md.
set -euo pipefail
BUILD=${1:-build}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
HOTSPOT=${HOTSPOT_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
RUNS=${BENCH_RUNS:-5}
CYCLES=${BENCH_EMBED_CYCLES:-10000}
WORK="$BUILD/bench/embed"
mkdir -p "$WORK/classes"
"$HOTSPOT/bin/javac" -d "$WORK/classes" "$BENCH_DIR/BenchTarget.java"
HOST="$BUILD/bin/embed_bench"
ISLET_LIBJVM="$BUILD/lib/server/libjvm.so"
HOTSPOT_LIBJVM="$HOTSPOT/lib/server/libjvm.so"

# median <metric> <vm-library>: the median over $RUNS processes of one metric.
declare -A RESULTS
measure() {
  local vm=$1 library=$2
  for ((i = 0; i < RUNS; ++i)); do "$HOST" "$library" "$WORK/classes" >"$WORK/$vm.$i.txt"; done
  for metric in first_call_ms second_vm_ms rss_per_vm_mb attach_detach_us destroy_ms; do
    RESULTS[$vm.$metric]=$(cat "$WORK/$vm".*.txt | awk -v m=$metric '$1 == m { print $2 }' | sort -g |
                           awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print v[int((NR + 1) / 2)] }')
  done
}
measure hotspot "$HOTSPOT_LIBJVM"
measure islet "$ISLET_LIBJVM"

ratio() {
  local a=${RESULTS[islet.$1]} b=${RESULTS[hotspot.$1]}
  if [[ $a =~ ^[0-9.]+$ && $b =~ ^[0-9.]+$ ]]; then awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", a / b }'; else echo "-"; fi
}

LOOP=$(ISLET_LOOP_REPORT=1 "$BUILD/bin/invocation_loop" "$ISLET_LIBJVM" "$BUILD/tests/invocation/classes" "$CYCLES")

{
  echo "# Embedding benchmark"
  echo
  echo "Written by \`bench/embed/run.sh\` ($(date -u +%Y-%m-%d), median of $RUNS processes per VM, $(nproc) CPUs)."
  echo "HotSpot 17's libjvm.so and islet's, driven by the same C host (\`bench/embed/embed_bench.c\`)."
  echo
  echo "| measurement | HotSpot 17 | islet | islet / HotSpot |"
  echo "|---|---|---|---|"
  echo "| VM creation to first \`CallStaticVoidMethod\` returned (ms) | ${RESULTS[hotspot.first_call_ms]} | ${RESULTS[islet.first_call_ms]} | $(ratio first_call_ms) |"
  echo "| second VM in the same process, to its first call (ms) | ${RESULTS[hotspot.second_vm_ms]} | ${RESULTS[islet.second_vm_ms]} | - |"
  echo "| resident memory per additional VM (MB) | ${RESULTS[hotspot.rss_per_vm_mb]} | ${RESULTS[islet.rss_per_vm_mb]} | - |"
  echo "| AttachCurrentThread + DetachCurrentThread (µs) | ${RESULTS[hotspot.attach_detach_us]} | ${RESULTS[islet.attach_detach_us]} | $(ratio attach_detach_us) |"
  echo "| DestroyJavaVM (ms) | ${RESULTS[hotspot.destroy_ms]} | ${RESULTS[islet.destroy_ms]} | $(ratio destroy_ms) |"
  echo
  echo "islet, $CYCLES create → call → destroy cycles in one process (\`tests/invocation/hosts/loop.c\`):"
  echo
  echo '```'
  echo "$LOOP"
  echo '```'
} >"$BENCH_DIR/../RESULTS.embed.md"
cat "$BENCH_DIR/../RESULTS.embed.md"
