#!/usr/bin/env bash
# Compares the ABI checker's output built against islet's jni.h with the one built against
# OpenJDK 17's: every line must match, except the JNI 19-21 additions OpenJDK 17 lacks, which
# must equal the values the JNI specification gives.
# usage: abi_check.sh <islet-checker> <openjdk-checker> c|cxx
set -euo pipefail
islet=$("$1")
openjdk=$("$2")
newer='IsVirtualThread|islet-only'
if ! diff -u <(grep -Ev "$newer" <<<"$openjdk") <(grep -Ev "$newer" <<<"$islet"); then
  echo "FAIL: islet's jni.h differs from OpenJDK 17's (- openjdk, + islet)"
  exit 1
fi
expected_newer=$(grep -E "$newer" <<<"$islet" || true)
case $3 in
  c)
    want=$'offset struct JNINativeInterface_.IsVirtualThread 1872 size 8\nislet-only constant JNI_VERSION_19 0x130000\nislet-only constant JNI_VERSION_20 0x140000\nislet-only constant JNI_VERSION_21 0x150000' ;;
  *)
    want=$'slot IsVirtualThread PFhP7JNIEnv_P8_jobjectE\nenv IsVirtualThread M7JNIEnv_FhP8_jobjectE' ;;
esac
if [[ $expected_newer != "$want" ]]; then
  echo "FAIL: JNI 19-21 additions differ from the specification:"
  diff -u <(echo "$want") <(echo "$expected_newer") || true
  exit 1
fi
echo "PASS: $(wc -l <<<"$islet") lines identical to OpenJDK 17's jni.h (plus the JNI 19-21 additions)"
