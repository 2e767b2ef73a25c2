#!/usr/bin/env bash
# Runs the JNI micro-benchmarks (JniBench.java + libjnibench.so) on islet, on HotSpot's
# interpreter (java -Xint) and on HotSpot with its JIT in one run, and writes
# bench/RESULTS.jni.md: nanoseconds per operation (best round, thread CPU time) and the ratios
# islet / HotSpot. Usage: bench/jni/run.sh [build-dir]   (BENCH_SCALE=N multiplies the counts)
set -euo pipefail
BUILD=$(cd "${1:-build}" && pwd)
BENCH_DIR=$(cd "$(dirname "$0")/.." && pwd)
HOTSPOT=${HOTSPOT_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
SCALE=${BENCH_SCALE:-1}
cmake --build "$BUILD" --target islet jnibench >/dev/null
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$HOTSPOT/bin/javac" -d "$WORK/classes" "$BENCH_DIR/jni/JniBench.java"
LIBS="$BUILD/bench/jni"
run() { "$@" -Djava.library.path="$LIBS" -cp "$WORK/classes" JniBench "$SCALE"; }
run "$BUILD/bin/islet" >"$WORK/islet.txt"
run "$HOTSPOT/bin/java" -Xint >"$WORK/xint.txt"
run "$HOTSPOT/bin/java" >"$WORK/jit.txt"

python3 - "$WORK" "$BENCH_DIR/RESULTS.jni.md" <<'PY'
import sys, os, datetime
work, out = sys.argv[1], sys.argv[2]
def load(name):
    return {k: float(v) for k, v in (line.split() for line in open(os.path.join(work, name)))}
islet, xint, jit = load("islet.txt"), load("xint.txt"), load("jit.txt")
rows = [
    # (benchmark, what, the issue's target for islet in ns or None)
    ("JavaEmptyLoop", "one iteration of an empty Java loop (reference: the loop cost inside the rows below)", None),
    ("NativeStaticVoid", "Java→native call of an empty `static native void nop()`", 15),
    ("NativeStaticIntInt", "Java→native `static native int add(int, int)`", None),
    ("NativeInstanceObject", "Java→native instance method with one object argument `(Object)I`", None),
    ("NativeEightInts", "Java→native `(IIIIIIII)J` (more integer arguments than registers: libffi on islet)", None),
    ("NativeMixed", "Java→native `(IDJF)D` (integer and floating-point registers)", None),
    ("CallStaticIntMethod", "native→Java `CallStaticIntMethod` of `static int sum(int, int)`", 30),
    ("CallIntMethod", "native→Java `CallIntMethod` of `int plus(int)` (virtual)", None),
    ("GetIntArrayRegion16", "`GetIntArrayRegion` of 16 ints", None),
    ("GetReleaseIntArrayElements16", "`GetIntArrayElements` + `ReleaseIntArrayElements(JNI_ABORT)`, 16 ints", None),
    ("NewDeleteLocalRef", "`NewLocalRef` + `DeleteLocalRef`", 5),
    ("NewDeleteGlobalRef", "`NewGlobalRef` + `DeleteGlobalRef`", 15),
    ("PushPopLocalFrame", "`PushLocalFrame(16)` + `PopLocalFrame(NULL)`", None),
    ("NewStringUTFGetRelease", "`NewStringUTF` + `GetStringUTFChars` + `ReleaseStringUTFChars` + `DeleteLocalRef`", 80),
]
lines = [
    "# JNI benchmark results",
    "",
    "Nanoseconds per operation, best of 7 rounds, thread CPU time, measured by `bench/jni/run.sh` on",
    f"{os.cpu_count()} cores ({datetime.date.today().isoformat()}; load average {open('/proc/loadavg').read().split()[0]} at the end).",
    "The same `JniBench.java` and `libjnibench.so` run on islet, HotSpot 17 `-Xint` and HotSpot 17",
    "with its JIT. The Java→native rows time a Java loop (loop overhead included: see JavaEmptyLoop);",
    "the other rows time a C loop inside one native method. Ratio = islet / HotSpot (lower is better).",
    "",
    "| benchmark | what | islet ns | java -Xint ns | java (JIT) ns | islet / -Xint | islet / JIT | target (issue 6) |",
    "|---|---|---|---|---|---|---|---|",
]
for name, what, target in rows:
    a, b, c = islet[name], xint[name], jit[name]
    target_text = "" if target is None else f"≤ {target} ns ({'met' if a <= target else 'missed'})"
    lines.append(f"| {name} | {what} | {a:.1f} | {b:.1f} | {c:.1f} | {a / b:.2f} | {a / c:.2f} | {target_text} |")
# The Java->native rows include each VM's own loop; islet's interpreter loop costs more than
# HotSpot's, so the call alone is estimated as the row minus JavaEmptyLoop (approximate: the
# loops differ by a few bytecodes).
lines += ["", "Java→native call alone (row minus JavaEmptyLoop, approximate):", "",
          "| benchmark | islet ns | java -Xint ns | islet / -Xint |", "|---|---|---|---|"]
for name in ("NativeStaticVoid", "NativeStaticIntInt", "NativeInstanceObject", "NativeMixed"):
    a = islet[name] - islet["JavaEmptyLoop"]
    b = xint[name] - xint["JavaEmptyLoop"]
    lines.append(f"| {name} | {a:.1f} | {b:.1f} | {a / b:.2f} |")
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
echo "wrote $BENCH_DIR/RESULTS.jni.md"
