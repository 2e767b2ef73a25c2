#!/usr/bin/env bash
# Differential test harness: runs one Java program on HotSpot (the oracle) and on islet,
# normalizes library stack frames away, and requires equal stdout, stderr and exit code.
#
# usage: run_diff.sh [--source FILE] <islet> <hotspot-java> <test-name> <classpath>
#                    [jvm options...] -- [<MainClass> [args...]]
#
#   <classpath>  passed as `-cp <classpath>`; `-` means no -cp (for -jar and for tests
#                that spell the class path themselves, e.g. --class-path).
#   --source     file whose `// islet-test:` header lines configure the test. Default:
#                <this dir>/<test-name>.java, else every .java file under <this dir>/<test-name>/.
#
# Header settings (one per line, anywhere in the first 60 lines, may repeat):
#   // islet-test: args=a "b c" ''     arguments appended after the main class (shell-like quoting)
#   // islet-test: options=-ea -Dk=v  JVM options placed before -cp
#   // islet-test: hotspot-options=-XX:...  options for the oracle only: tuning of HotSpot's own
#                                          machinery (never of the behaviour under test)
#   // islet-test: stdin=Name.in       stdin file, relative to the source file's folder
#                                      (default: /dev/null)
#   // islet-test: main=Main           main class of a directory test (read by CMake, ignored here)
#   // islet-test: gcstress-interval=N -Xgc:stress interval of the java-gcstress/ run (CMake)
# Exit codes are never declared: they come from HotSpot.
#
# Environment: ISLET_TIMEOUT (seconds, default 20) limits the islet run;
#              ISLET_DIFF_KEEP=1 keeps the work folder with raw outputs;
#              ISLET_VM_OPTIONS adds options to the islet run only (e.g. -Xgc:stress=500).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
islet_timeout=${ISLET_TIMEOUT:-20}
hotspot_timeout=120

die() { echo "run_diff.sh: $*" >&2; exit 2; }

source_override=""
if [[ ${1:-} == --source ]]; then
  [[ $# -ge 2 ]] || die "--source needs a file"
  source_override=$2
  shift 2
elif [[ ${1:-} == --source=* ]]; then
  source_override=${1#--source=}
  shift
fi

[[ $# -ge 5 ]] || die "usage: run_diff.sh [--source FILE] <islet> <hotspot-java> <test-name> <classpath> [jvm options...] -- <MainClass> [args...]"
islet=$1
hotspot=$2
name=$3
classpath=$4
shift 4

jvm_opts=()
while [[ $# -gt 0 && $1 != -- ]]; do
  jvm_opts+=("$1")
  shift
done
[[ $# -gt 0 ]] || die "missing '--' before the main class"
shift # the --
# Usually the main class (or -jar file) and its arguments; empty only for launcher tests that
# check what happens without a main class.
main_and_args=("$@")

work=$(mktemp -d "${TMPDIR:-/tmp}/islet-diff.XXXXXX")
if [[ ${ISLET_DIFF_KEEP:-0} != 1 ]]; then
  trap 'rm -rf "$work"' EXIT
fi

# --- Header settings -------------------------------------------------------------------
header_files=()
if [[ -n $source_override ]]; then
  [[ -f $source_override ]] || die "source file not found: $source_override"
  header_files=("$source_override")
elif [[ -f $here/$name.java ]]; then
  header_files=("$here/$name.java")
elif [[ -d $here/$name ]]; then
  while IFS= read -r -d '' f; do header_files+=("$f"); done \
    < <(find "$here/$name" -name '*.java' -print0 | sort -z)
fi

# Splits a value with shell-like quoting ('..', "..", backslash) into words, without eval.
split_words() {
  local -n out=$1
  local word
  out=()
  printf '%s\n' "$2" | xargs -r printf '%s\0' >"$work/words" 2>"$work/words.err" \
    || die "cannot split '$2': $(<"$work/words.err")"
  while IFS= read -r -d '' word; do out+=("$word"); done <"$work/words"
}

header_opts=()
hotspot_only_opts=()
header_args=()
stdin_file=/dev/null
for f in ${header_files[@]+"${header_files[@]}"}; do
  while IFS= read -r line; do
    setting=${line#*islet-test:}
    setting=${setting#"${setting%%[![:space:]]*}"} # trim leading blanks
    setting=${setting%"${setting##*[![:space:]]}"} # trim trailing blanks
    key=${setting%%=*}
    value=${setting#*=}
    [[ $setting == *=* ]] || die "$f: malformed setting '$setting' (expected key=value)"
    case $key in
      args)
        split_words words "$value"
        header_args+=(${words[@]+"${words[@]}"}) ;;
      options)
        split_words words "$value"
        header_opts+=(${words[@]+"${words[@]}"}) ;;
      hotspot-options)
        split_words words "$value"
        hotspot_only_opts+=(${words[@]+"${words[@]}"}) ;;
      stdin)
        stdin_file=$(dirname "$f")/$value
        [[ -f $stdin_file ]] || die "$f: stdin file not found: $stdin_file" ;;
      main | gcstress-interval) ;; # read by CMake
      exit)
        die "$f: 'exit=' is not allowed: exit codes come from HotSpot" ;;
      *)
        die "$f: unknown setting '$key'" ;;
    esac
  done < <(head -n 60 "$f" | grep -E '^[[:space:]]*//[[:space:]]*islet-test:' || true)
done

cmd_tail=(${header_opts[@]+"${header_opts[@]}"} ${jvm_opts[@]+"${jvm_opts[@]}"})
if [[ $classpath != - ]]; then
  cmd_tail+=(-cp "$classpath")
fi
cmd_tail+=(${main_and_args[@]+"${main_and_args[@]}"} ${header_args[@]+"${header_args[@]}"})

# --- Run both VMs ----------------------------------------------------------------------

# Both VMs see the same clean environment: the C.UTF-8 locale and no option variables
# (HotSpot would print "Picked up ..." for them).
run_vm() { # <label> <timeout> <vm> [options only this VM gets...]
  local label=$1 limit=$2 vm=$3 rc=0
  shift 3
  env -u JAVA_TOOL_OPTIONS -u _JAVA_OPTIONS -u JDK_JAVA_OPTIONS -u CLASSPATH LC_ALL=C.UTF-8 \
    timeout --kill-after=5 "$limit" "$vm" "$@" "${cmd_tail[@]}" \
    <"$stdin_file" >"$work/$label.stdout" 2>"$work/$label.stderr" || rc=$?
  echo "$rc" >"$work/$label.rc"
}

# Removes only what may legitimately differ: stack frames inside the class library
# (java.*, jdk.*, sun.*, with or without a module prefix such as java.base/) and the
# "... N more" elision lines whose count depends on those frames.
normalize() {
  sed -E -e '/^[[:space:]]*at (java|jdk|sun)[./]/d' -e '/^[[:space:]]*\.\.\. [0-9]+ more$/d' "$1"
}

quoted_cmd() {
  local vm=$1 s
  s=$(printf '%q ' "$vm" "${@:2}" "${cmd_tail[@]}")
  if [[ $stdin_file != /dev/null ]]; then s+="< $(printf '%q' "$stdin_file")"; fi
  echo "$s"
}

[[ -x $hotspot ]] || die "HotSpot java not found or not executable: $hotspot"
if [[ ! -x $islet ]]; then
  echo "FAIL $name: islet binary not found or not executable: $islet (run cmake --build first)"
  exit 1
fi

run_vm hotspot "$hotspot_timeout" "$hotspot" ${hotspot_only_opts[@]+"${hotspot_only_opts[@]}"}
read -r -a islet_only_options <<<"${ISLET_VM_OPTIONS:-}"
run_vm islet "$islet_timeout" "$islet" ${islet_only_options[@]+"${islet_only_options[@]}"}
hs_rc=$(<"$work/hotspot.rc")
is_rc=$(<"$work/islet.rc")

if [[ $hs_rc == 124 || $hs_rc == 137 ]]; then
  echo "FAIL $name: HotSpot itself timed out after ${hotspot_timeout}s (test is not deterministic or too slow)"
  echo "  command: $(quoted_cmd "$hotspot" ${hotspot_only_opts[@]+"${hotspot_only_opts[@]}"})"
  exit 1
fi

failed=0
report=""
if [[ $is_rc == 124 || $is_rc == 137 ]]; then
  failed=1
  report+="islet TIMED OUT after ${islet_timeout}s (exit code $is_rc from timeout)"$'\n'
elif [[ $is_rc -gt 128 ]]; then
  failed=1
  report+="islet CRASHED: exit code $is_rc (signal $((is_rc - 128)))"$'\n'
fi
[[ $hs_rc == "$is_rc" ]] || failed=1
for stream in stdout stderr; do
  normalize "$work/hotspot.$stream" >"$work/hotspot.$stream.norm"
  normalize "$work/islet.$stream" >"$work/islet.$stream.norm"
  if ! cmp -s "$work/hotspot.$stream.norm" "$work/islet.$stream.norm"; then
    failed=1
    report+="--- $stream differs (normalized; - hotspot, + islet):"$'\n'
    report+=$(diff -a -u --label "hotspot/$stream" --label "islet/$stream" \
      "$work/hotspot.$stream.norm" "$work/islet.$stream.norm" | head -n 200 || true)
    report+=$'\n'
  fi
done

if [[ $failed == 0 ]]; then
  echo "PASS $name (exit code $hs_rc)"
  if [[ ${ISLET_DIFF_KEEP:-0} == 1 ]]; then echo "  raw outputs kept in $work"; fi
  exit 0
fi

echo "FAIL $name"
echo "  islet:   $(quoted_cmd "$islet" ${islet_only_options[@]+"${islet_only_options[@]}"})"
echo "  hotspot: $(quoted_cmd "$hotspot" ${hotspot_only_opts[@]+"${hotspot_only_opts[@]}"})"
echo "  exit codes: hotspot=$hs_rc islet=$is_rc"
printf '%s' "$report"
if [[ ${ISLET_DIFF_KEEP:-0} == 1 ]]; then
  echo "  raw outputs kept in $work"
fi
exit 1
