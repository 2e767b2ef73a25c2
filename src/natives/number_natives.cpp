// Natives of Float, Double and StrictMath: bit conversions, HotSpot-17-exact decimal text for
// toString, parsing of validated decimal and hexadecimal text, and libm functions.
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

#include "natives/floating_decimal.hpp"
#include "natives/native_registry.hpp"
#include "natives/support.hpp"

namespace islet::natives {

namespace {

int32_t float_to_raw_int_bits(VMThread*, float f) { int32_t b; std::memcpy(&b, &f, 4); return b; }
float int_bits_to_float(VMThread*, int32_t b) { float f; std::memcpy(&f, &b, 4); return f; }
int64_t double_to_raw_long_bits(VMThread*, double d) { int64_t b; std::memcpy(&b, &d, 8); return b; }
double long_bits_to_double(VMThread*, int64_t b) { double d; std::memcpy(&d, &b, 8); return d; }

Object* float_to_string(VMThread* thread, float f) { return java_string(thread, java_float_to_string(f)); }
Object* double_to_string(VMThread* thread, double d) { return java_string(thread, java_double_to_string(d)); }

// Parses text the Java side has already validated: optional sign, then "NaN", "Infinity",
// a decimal literal, or a hexadecimal literal "0x1.8p3" (type suffixes already removed).
template <typename T>
T parse_floating(const std::string& text) {
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  std::string body = text.substr(i);
  T value = 0;
  if (body == "NaN") return std::numeric_limits<T>::quiet_NaN();
  if (body == "Infinity") {
    value = std::numeric_limits<T>::infinity();
  } else if (body.size() > 1 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) {
    std::string hex = body.substr(2);
    std::from_chars(hex.data(), hex.data() + hex.size(), value, std::chars_format::hex);
  } else {
    auto result = std::from_chars(body.data(), body.data() + body.size(), value);
    if (result.ec == std::errc::result_out_of_range) {
      // Overflow to infinity, underflow to zero, as Java requires.
      bool tiny = body.find_first_of("eE") != std::string::npos && body.find("e-") != std::string::npos;
      tiny = tiny || body.find("E-") != std::string::npos;
      value = tiny ? 0 : std::numeric_limits<T>::infinity();
    }
  }
  return negative ? -value : value;
}

float parse_float(VMThread* thread, Object* s) {
  return null_check(thread, s) ? parse_floating<float>(runtime::string_to_utf8(thread, s)) : 0.0f;
}
double parse_double(VMThread* thread, Object* s) {
  return null_check(thread, s) ? parse_floating<double>(runtime::string_to_utf8(thread, s)) : 0.0;
}

#define UNARY(fn) double math_##fn(VMThread*, double x) { return std::fn(x); }
UNARY(sin) UNARY(cos) UNARY(tan) UNARY(asin) UNARY(acos) UNARY(atan) UNARY(exp) UNARY(log)
UNARY(log10) UNARY(sqrt) UNARY(sinh) UNARY(cosh) UNARY(tanh) UNARY(expm1) UNARY(log1p)
#undef UNARY
double math_atan2(VMThread*, double y, double x) { return std::atan2(y, x); }
// C's pow(1, NaN) is 1 but Java's is NaN: Java answers NaN whenever y is NaN. For y == +-0 both
// answer 1.0, even when x is NaN.
double math_pow(VMThread*, double x, double y) {
  if (std::isnan(y)) return y;
  return std::pow(x, y);
}

// glibc's cbrt is off by one ulp on some perfect cubes (cbrt(27) = 3.0000000000000004), while
// StrictMath.cbrt is within 0.67 ulp and exact on cubes. One Newton step in extended precision
// gives the correctly rounded root, which agrees with fdlibm wherever fdlibm rounds correctly.
double math_cbrt(VMThread*, double x) {
  double y = std::cbrt(x);
  if (x == 0 || !std::isfinite(x)) return y;
  long double yl = y;
  yl -= (yl * yl * yl - static_cast<long double>(x)) / (3.0L * yl * yl);
  return static_cast<double>(yl);
}
double math_hypot(VMThread*, double x, double y) { return std::hypot(x, y); }
double math_ieee_remainder(VMThread*, double x, double y) { return std::remainder(x, y); }

#define MATH1(name) {"java/lang/StrictMath", #name, "(D)D", adapt<&math_##name>()}
constexpr NativeEntry kEntries[] = {
    {"java/lang/Float", "floatToRawIntBits", "(F)I", adapt<&float_to_raw_int_bits>()},
    {"java/lang/Float", "intBitsToFloat", "(I)F", adapt<&int_bits_to_float>()},
    {"java/lang/Float", "toString0", "(F)Ljava/lang/String;", adapt<&float_to_string>()},
    {"java/lang/Float", "parseFloat0", "(Ljava/lang/String;)F", adapt<&parse_float>()},
    {"java/lang/Double", "doubleToRawLongBits", "(D)J", adapt<&double_to_raw_long_bits>()},
    {"java/lang/Double", "longBitsToDouble", "(J)D", adapt<&long_bits_to_double>()},
    {"java/lang/Double", "toString0", "(D)Ljava/lang/String;", adapt<&double_to_string>()},
    {"java/lang/Double", "parseDouble0", "(Ljava/lang/String;)D", adapt<&parse_double>()},
    MATH1(sin), MATH1(cos), MATH1(tan), MATH1(asin), MATH1(acos), MATH1(atan), MATH1(exp),
    MATH1(log), MATH1(log10), MATH1(sqrt), MATH1(cbrt), MATH1(sinh), MATH1(cosh), MATH1(tanh),
    MATH1(expm1), MATH1(log1p),
    {"java/lang/StrictMath", "atan2", "(DD)D", adapt<&math_atan2>()},
    {"java/lang/StrictMath", "pow", "(DD)D", adapt<&math_pow>()},
    {"java/lang/StrictMath", "hypot", "(DD)D", adapt<&math_hypot>()},
    {"java/lang/StrictMath", "IEEEremainder", "(DD)D", adapt<&math_ieee_remainder>()},
};
#undef MATH1

}  // namespace

std::pair<const NativeEntry*, size_t> number_natives() { return {kEntries, std::size(kEntries)}; }

}  // namespace islet::natives
