// Natives of Float, Double and StrictMath: bit conversions, Java-formatted shortest decimal
// text for toString, parsing of validated decimal and hexadecimal text, and libm functions.
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

#include "natives/native_registry.hpp"
#include "natives/support.hpp"

namespace islet::natives {

namespace {

int32_t float_to_raw_int_bits(VMThread*, float f) { int32_t b; std::memcpy(&b, &f, 4); return b; }
float int_bits_to_float(VMThread*, int32_t b) { float f; std::memcpy(&f, &b, 4); return f; }
int64_t double_to_raw_long_bits(VMThread*, double d) { int64_t b; std::memcpy(&b, &d, 8); return b; }
double long_bits_to_double(VMThread*, int64_t b) { double d; std::memcpy(&d, &b, 8); return d; }

// Java's Double/Float.toString layout applied to the shortest round-trip digits: plain notation
// for 1e-3 <= |v| < 1e7, otherwise d.dddE<n>; always at least one digit after the point.
template <typename T>
std::string java_floating_text(T value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  if (value == 0) return std::signbit(value) ? "-0.0" : "0.0";
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  std::string sci(buffer, end);  // e.g. "-1.2345e+05"
  std::string result;
  if (sci[0] == '-') {
    result = "-";
    sci.erase(0, 1);
  }
  size_t e = sci.find('e');
  int exponent = std::stoi(sci.substr(e + 1));
  std::string digits;
  for (size_t i = 0; i < e; ++i) {
    if (sci[i] != '.') digits += sci[i];
  }
  T magnitude = std::fabs(value);
  if (magnitude >= static_cast<T>(1e-3) && magnitude < static_cast<T>(1e7)) {
    if (exponent >= 0) {
      std::string int_part = digits.substr(0, std::min(digits.size(), static_cast<size_t>(exponent + 1)));
      while (int_part.size() < static_cast<size_t>(exponent + 1)) int_part += '0';
      std::string frac = digits.size() > static_cast<size_t>(exponent + 1) ? digits.substr(exponent + 1) : "0";
      return result + int_part + "." + frac;
    }
    return result + "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
  }
  std::string frac = digits.size() > 1 ? digits.substr(1) : "0";
  return result + digits[0] + "." + frac + "E" + std::to_string(exponent);
}

Object* float_to_string(VMThread* thread, float f) { return java_string(thread, java_floating_text(f)); }
Object* double_to_string(VMThread* thread, double d) { return java_string(thread, java_floating_text(d)); }

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
UNARY(log10) UNARY(sqrt) UNARY(cbrt) UNARY(sinh) UNARY(cosh) UNARY(tanh) UNARY(expm1) UNARY(log1p)
#undef UNARY
double math_atan2(VMThread*, double y, double x) { return std::atan2(y, x); }
double math_pow(VMThread*, double x, double y) { return std::pow(x, y); }
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
