#!/usr/bin/env bash
# Re-records cases.txt, the expectations of tests/unit/floating_decimal_test.cpp, from HotSpot 17:
# FloatingDecimalCases.java in fixture mode. Its values come from fixed seeds, so the file changes
# only when the driver or the JDK does; review the diff before committing.
#
# The same driver feeds the larger one-off checks through the test binary:
#   ISLET_FLOATING_CASES=<("$jdk/bin/java" FloatingDecimalCases.java full 2000000) \
#     build/bin/floating_decimal_test
#   "$jdk/bin/java" FloatingDecimalCases.java float-hashes > /tmp/float-hashes.txt   # ~20 minutes
#   ISLET_FLOAT_HASHES=/tmp/float-hashes.txt build/bin/floating_decimal_test \
#     --gtest_also_run_disabled_tests --gtest_filter='*EveryFloat*'
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
jdk=${HOTSPOT_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
"$jdk/bin/java" "$here/FloatingDecimalCases.java" fixture > "$here/cases.txt"
echo "wrote $here/cases.txt ($(wc -l < "$here/cases.txt") cases)"
