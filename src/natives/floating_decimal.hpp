// Java's Double.toString(double) and Float.toString(float) text, exactly as HotSpot 17 prints it.
//
// JDK 17 does not print the shortest digits that round-trip (JDK 19 switched to that): its
// FloatingDecimal generator stops on a symmetric half-ULP test, prints every digit of integers
// below 2^63 that it considers significant, and has its own rounding quirks, so 2.82879384806159E17
// prints as 2.82879384806159008E17 and 1.0E23 as 9.999999999999999E22. Programs compare, parse and
// hash that text, so islet reproduces it bit for bit; tests/unit/floating_decimal_test.cpp checks
// it against text recorded from HotSpot 17.
#pragma once

#include <string>

namespace islet::natives {

// Exactly HotSpot 17's Double.toString: "NaN", "Infinity", "-0.0", plain notation such as
// "123.45" or "0.001" for 1e-3 <= |value| < 1e7, otherwise computerized notation like "1.0E-5".
std::string java_double_to_string(double value);

// Exactly HotSpot 17's Float.toString, with the same layout rules as java_double_to_string.
std::string java_float_to_string(float value);

}  // namespace islet::natives
