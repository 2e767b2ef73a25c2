#!/usr/bin/env bash
# Runs every benchmark on islet, on HotSpot's interpreter (java -Xint) and on HotSpot's JIT in
# the same run, checks that islet's output equals HotSpot's byte for byte, and writes the time
# ratios to bench/RESULTS.md.
#
# The Benchmarks Game programs are the differential tests in tests/java/ (one source of truth);
# here they run at sizes where java -Xint takes roughly 1-5 s. k-nucleotide and
# reverse-complement read the output of fasta, generated once per run by HotSpot.
set -euo pipefail
BUILD=${1:-build}
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
TESTS_DIR="$BENCH_DIR/../tests/java"
HOTSPOT=${HOTSPOT_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
ISLET="$BUILD/bin/islet"
WORK="$BUILD/bench"
CLASSES="$WORK/classes"
RUNS=${BENCH_RUNS:-3}

GAME_PROGRAMS="NBody FannkuchRedux SpectralNorm BinaryTrees Mandelbrot Fasta KNucleotide ReverseComplement PiDigits"

# "<main class> <argument> [<fasta size whose output is stdin>]"
BENCHMARKS=(
  "Fib 30"
  "Mix 200"
  "NBody 1000000"
  "FannkuchRedux 10"
  "SpectralNorm 600"
  "BinaryTrees 16"
  "Mandelbrot 1000"
  "Fasta 500000"
  "KNucleotide - 50000"
  "ReverseComplement - 2500000"
  "PiDigits 1200"
)

mkdir -p "$CLASSES"
game_sources=()
for name in $GAME_PROGRAMS; do game_sources+=("$TESTS_DIR/$name.java"); done
"$HOTSPOT/bin/javac" -d "$CLASSES" "$BENCH_DIR"/*.java "${game_sources[@]}"

# The fasta output of the given size, made by HotSpot's JIT once per size.
fasta_input() {
  local file="$WORK/fasta-$1.txt"
  if [ ! -f "$file" ]; then
    "$HOTSPOT/bin/java" -cp "$CLASSES" Fasta "$1" >"$file"
  fi
  echo "$file"
}

# Runs `$@` once with stdin from $STDIN and stdout into the file $1; prints the wall-clock time
# in milliseconds.
time_ms() {
  local out=$1; shift
  local start end
  start=$(date +%s%N)
  if ! "$@" <"$STDIN" >"$out"; then
    echo "bench: '$*' failed" >&2
    return 1
  fi
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

min() { if [ -z "$1" ] || [ "$2" -lt "$1" ]; then echo "$2"; else echo "$1"; fi; }

rows=""
for spec in "${BENCHMARKS[@]}"; do
  set -- $spec
  name=$1; arg=$2; label="$name($arg)"
  STDIN=/dev/null
  if [ $# -ge 3 ]; then
    STDIN=$(fasta_input "$3")
    arg=""; label="$name(fasta $3)"
  fi
  # The VMs take turns within each round, so that load from other processes on the machine
  # weighs on all of them alike.
  islet_ms=""; xint_ms=""; jit_ms=""
  for _ in $(seq "$RUNS"); do
    ms=$(time_ms "$WORK/$name.islet.out" "$ISLET" -cp "$CLASSES" "$name" $arg)
    islet_ms=$(min "$islet_ms" "$ms")
    ms=$(time_ms "$WORK/$name.xint.out" "$HOTSPOT/bin/java" -Xint -cp "$CLASSES" "$name" $arg)
    xint_ms=$(min "$xint_ms" "$ms")
    ms=$(time_ms "$WORK/$name.jit.out" "$HOTSPOT/bin/java" -cp "$CLASSES" "$name" $arg)
    jit_ms=$(min "$jit_ms" "$ms")
  done
  if ! cmp -s "$WORK/$name.islet.out" "$WORK/$name.xint.out"; then
    echo "bench $label: islet's output differs from HotSpot's (see $WORK/$name.*.out)" >&2
    exit 1
  fi
  ratio=$(awk -v a="$islet_ms" -v b="$xint_ms" 'BEGIN { printf "%.2f", a / b }')
  echo "$label: islet ${islet_ms} ms, java -Xint ${xint_ms} ms, java (JIT) ${jit_ms} ms, islet/-Xint ${ratio}"
  rows+="| $label | $islet_ms | $xint_ms | $jit_ms | $ratio |"$'\n'
done

{
  echo "# Benchmark results"
  echo
  echo "Best of $RUNS rounds (the three VMs take turns in each), wall-clock milliseconds including VM"
  echo "start-up, measured by \`make bench\` on $(nproc) cores ($(date -u +%Y-%m-%d)), load average"
  echo "$(cut -d' ' -f1 /proc/loadavg) at the end. Ratio = islet / HotSpot 17 \`-Xint\` (lower is better)."
  echo "islet's output equals HotSpot's byte for byte in every row (checked by the run)."
  echo
  echo "| benchmark | islet ms | java -Xint ms | java (JIT) ms | islet / -Xint |"
  echo "|---|---|---|---|---|"
  printf "%s" "$rows"
  echo
  echo "Fib and Mix are islet's own micro-benchmarks; the rest are the Benchmarks Game programs"
  echo "from tests/java/ (single-threaded, written from the published rules). BinaryTrees runs on"
  echo "islet's mark-sweep collector within the default heap (a quarter of physical memory, as"
  echo "HotSpot). On islet the class library is islet's own Java code, interpreted like the"
  echo "program; HotSpot -Xint runs the JDK's class library in its interpreter too."
  echo
  echo "Other suites run by \`make bench\`: [NFI](RESULTS.nfi.md) (C++ and Java calls through"
  echo "Truffle NFI beside raw libffi and direct calls), [memory](RESULTS.gc.md) (binary-trees under"
  echo "-Xmx256m with peak RSS and pauses, hello-world RSS), [JNI](RESULTS.jni.md) (native calls,"
  echo "callbacks and handles beside HotSpot's JNI), [embedding](RESULTS.embed.md) (VM creation,"
  echo "attach/detach, many VMs per process and teardown, islet's libjvm.so beside HotSpot's)."
} >"$BENCH_DIR/RESULTS.md"
echo "wrote $BENCH_DIR/RESULTS.md"
