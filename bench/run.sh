#!/usr/bin/env bash
# Runs every benchmark on islet and on HotSpot's interpreter (java -Xint) in the same run, checks
# that both print the same result, and writes the time ratios to bench/RESULTS.md.
set -euo pipefail
BUILD=${1:-build}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
HOTSPOT=${HOTSPOT_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
ISLET="$BUILD/bin/islet"
CLASSES="$BUILD/bench/classes"
RUNS=${BENCH_RUNS:-3}

mkdir -p "$CLASSES"
"$HOTSPOT/bin/javac" -d "$CLASSES" "$BENCH_DIR"/*.java

# Best wall-clock time of $RUNS runs, in milliseconds.
best_ms() {
  local best=""
  for _ in $(seq "$RUNS"); do
    local start end ms
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}

rows=""
for spec in "Fib 30" "Mix 200"; do
  set -- $spec
  name=$1; arg=$2
  expected=$("$HOTSPOT/bin/java" -Xint -cp "$CLASSES" "$name" "$arg")
  actual=$("$ISLET" -cp "$CLASSES" "$name" "$arg")
  if [ "$expected" != "$actual" ]; then
    echo "bench $name: islet printed '$actual', HotSpot printed '$expected'" >&2
    exit 1
  fi
  islet_ms=$(best_ms "$ISLET" -cp "$CLASSES" "$name" "$arg")
  xint_ms=$(best_ms "$HOTSPOT/bin/java" -Xint -cp "$CLASSES" "$name" "$arg")
  jit_ms=$(best_ms "$HOTSPOT/bin/java" -cp "$CLASSES" "$name" "$arg")
  ratio=$(awk -v a="$islet_ms" -v b="$xint_ms" 'BEGIN { printf "%.2f", a / b }')
  echo "$name($arg): islet ${islet_ms} ms, java -Xint ${xint_ms} ms, java (JIT) ${jit_ms} ms, islet/-Xint ${ratio}"
  rows+="| $name($arg) | $islet_ms | $xint_ms | $jit_ms | $ratio |"$'\n'
done

{
  echo "# Benchmark results"
  echo
  echo "Best of $RUNS runs, wall-clock milliseconds including VM start-up, measured by \`make bench\`"
  echo "on $(nproc) cores ($(date -u +%Y-%m-%d)). Ratio = islet / HotSpot 17 \`-Xint\` (lower is better)."
  echo
  echo "| benchmark | islet ms | java -Xint ms | java (JIT) ms | islet / -Xint |"
  echo "|---|---|---|---|---|"
  printf "%s" "$rows"
} > "$BENCH_DIR/RESULTS.md"
echo "wrote $BENCH_DIR/RESULTS.md"
