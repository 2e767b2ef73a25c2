#!/usr/bin/env bash
# Memory benchmarks of step 3: binary-trees and a multi-threaded allocation benchmark
# (bench/AllocThreads.java) under -Xmx256m (time, peak RSS, longest collection pause) on islet
# beside HotSpot's interpreter and JIT, and the resident size of hello world.
# Writes bench/RESULTS.gc.md. Usage: bench/gc.sh [build-dir]
#   BENCH_GC_DEPTHS chooses the binary-trees depths (default "18 20"; 20 takes minutes);
#   BENCH_ALLOC_ARGS the allocation benchmark's threads and rounds (default "4 4000").
set -euo pipefail
BUILD=${1:-build}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
HOTSPOT=${HOTSPOT_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
ISLET="$BUILD/bin/islet"
CLASSES=$(mktemp -d)
LOG=$(mktemp)
trap 'rm -rf "$CLASSES" "$LOG"' EXIT
"$HOTSPOT/bin/javac" -d "$CLASSES" "$ROOT/tests/java/BinaryTrees.java" "$ROOT/examples/hello/Hello.java" \
  "$BENCH_DIR/AllocThreads.java"

# Runs a command; prints "<wall ms> <peak RSS KiB>", its stdout and stderr going to $LOG.
measure() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$LOG.rss" "$@" >"$LOG" 2>&1
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(cat "$LOG.rss")"
}

# Longest pause in milliseconds from a -verbose:gc (islet) or -Xlog:gc (HotSpot) log.
max_pause() {
  grep -oE '[0-9]+\.[0-9]+ ?ms' "$LOG" | tr -d ' ms' | sort -g | tail -1 || true
}

# Appends one table row: the program (class and arguments) on islet, java -Xint and java (JIT).
rows=""
bench_row() {
  local label=$1
  shift
  read -r islet_ms islet_rss < <(measure "$ISLET" -Xmx256m -verbose:gc -cp "$CLASSES" "$@")
  islet_pause=$(max_pause)
  islet_out=$(grep -v '^\[' "$LOG" || true)
  read -r xint_ms xint_rss < <(measure "$HOTSPOT/bin/java" -Xint -Xmx256m -Xlog:gc -cp "$CLASSES" "$@")
  xint_pause=$(max_pause)
  if [ "$islet_out" != "$(grep -v '^\[' "$LOG" || true)" ]; then
    echo "gc.sh: $label: islet's output differs from HotSpot's" >&2
    label="$label (OUTPUT DIFFERS)"
  fi
  read -r jit_ms jit_rss < <(measure "$HOTSPOT/bin/java" -Xmx256m -Xlog:gc -cp "$CLASSES" "$@")
  jit_pause=$(max_pause)
  ratio=$(awk -v a="$islet_ms" -v b="$xint_ms" 'BEGIN { printf "%.2f", a / b }')
  rows+="| $label -Xmx256m | $islet_ms | $xint_ms | $jit_ms | $ratio | ${islet_rss} / ${xint_rss} / ${jit_rss} | ${islet_pause:-?} / ${xint_pause:-?} / ${jit_pause:-?} |"$'\n'
}

for depth in ${BENCH_GC_DEPTHS:-18 20}; do
  bench_row "BinaryTrees($depth)" BinaryTrees "$depth"
done
read -r alloc_threads alloc_rounds <<<"${BENCH_ALLOC_ARGS:-4 4000}"
bench_row "AllocThreads($alloc_threads threads, $alloc_rounds rounds)" AllocThreads "$alloc_threads" "$alloc_rounds"
read -r _ hello_islet < <(measure "$ISLET" -cp "$CLASSES" Hello)
read -r _ hello_java < <(measure "$HOTSPOT/bin/java" -cp "$CLASSES" Hello)

{
  echo "# Memory benchmarks"
  echo
  echo "Measured by \`bench/gc.sh\` on $(nproc) cores ($(date -u +%Y-%m-%d)), load average"
  echo "$(cut -d' ' -f1 /proc/loadavg). Times are wall-clock ms including start-up; RSS is the peak"
  echo "resident set in KiB (\`/usr/bin/time\`); pauses are the longest collection pause in ms"
  echo "(islet: \`-verbose:gc\`; HotSpot: \`-Xlog:gc\`, G1). Columns with three values read islet /"
  echo "java -Xint / java (JIT)."
  echo
  echo "| benchmark | islet ms | -Xint ms | JIT ms | islet / -Xint | peak RSS KiB | max pause ms |"
  echo "|---|---|---|---|---|---|---|"
  printf "%s" "$rows"
  echo
  echo "Hello world peak RSS: islet ${hello_islet} KiB, HotSpot ${hello_java} KiB."
} >"$BENCH_DIR/RESULTS.gc.md"
echo "wrote $BENCH_DIR/RESULTS.gc.md"
