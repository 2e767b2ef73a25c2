// Owns Java's Double.toString / Float.toString text as HotSpot 17 prints it: the digit generator
// of JDK 17's FloatingDecimal (with its deviations from shortest digits) and Java's layout rules.
//
// The generator is Steele & White's free-format algorithm ("How to Print Floating-Point Numbers
// Accurately", PLDI 1990; see also Gay, "Correctly Rounded Binary-Decimal and Decimal-Binary
// Conversions", 1990) in the variant JDK 17's FloatingDecimal runs. A value v = f * 2^e is scaled
// to integers B, S and M with B / S = v / 10^k (1 <= B / S < 10) and M = half an ULP of v on the
// same scale. Digits are the successive quotients of B / S; after each one the remainder R (one
// unit of the digit being S) is tested against M:
//   low:  R < M      (truncating here still reads back as v)
//   high: R + M > S  (rounding the last digit up still reads back as v)
// Generation stops when either holds, and the last digit is rounded up when `high` holds and,
// if `low` holds too, R is in the upper half. Where this differs from shortest round-trip digits
// (Ryu, Schubfach, JDK 19+):
//  * The test is symmetric: below a power of two the gap to the next smaller value is half an
//    ULP, which JDK 17 approximates by halving M for every power of two (even subnormal ones).
//    Values whose neighbourhood is an exact short decimal such as 1e23 therefore miss it and
//    print as 9.999999999999999E22.
//  * `high` is a strict comparison in the 32- and 64-bit fast paths and includes equality in
//    the bignum path, so which arithmetic runs decides some last digits (1.024E26 versus
//    1.0239999999999999E26 for the double nearest 1.024e26). The choice of arithmetic is
//    replicated exactly, and so is the wrap-around of Java's int and long in the fast paths.
//  * When high and low hold together, R is compared with S / 2, which need not pick the digit
//    closest to v, and a tie keeps an even digit.
//  * Computerized notation (E form) always develops a second digit before testing for the end.
//  * Integers below 2^63 skip the generator: all their digits are printed and only the few low
//    digits that a short table deems insignificant are rounded away, giving output such as
//    2.82879384806159008E17 where 2.82879384806159E17 would do.
//  * The decimal exponent comes from a tangent-line estimate of log10 that can be one too high;
//    a leading zero digit is then dropped. Since the estimate also picks the arithmetic above,
//    it is evaluated exactly as Java does, in plain IEEE double arithmetic.
#include "natives/floating_decimal.hpp"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace islet::natives {

namespace {

// A binary value in the generator's normal form: value = fraction * 2^(bin_exp - 52), with the
// fraction's leading one at bit 52 (floats and subnormals are shifted up to match).
// significant_bits is the width of the format's significand (53 or 24; fewer for subnormals),
// which sets the half-ULP.
struct BinaryValue {
  uint64_t fraction;
  int bin_exp;
  int significant_bits;
};

constexpr int kFractionShift = 52;  // position of a double's hidden bit
constexpr uint64_t kFractionMask = (uint64_t{1} << kFractionShift) - 1;
constexpr uint64_t kExponentOfOne = uint64_t{1023} << kFractionShift;  // bits of 1.0

// Integers with a binary exponent up to this fit a signed 64-bit integer and take the direct
// integer path (63 bits: Java has no unsigned long arithmetic).
constexpr int kMaxIntegerPathBinExp = 62;

// The digits produced so far; the value is 0.d1 d2 ... dn * 10^exponent. Generation stops by
// itself after about 20 digits (the half-ULP grows tenfold per digit), so the capacity is ample.
struct DecimalDigits {
  static constexpr int kCapacity = 32;
  char text[kCapacity];
  int count = 0;
  int exponent = 0;

  bool full() const { return count == kCapacity; }
  void push(int digit) { text[count++] = static_cast<char>('0' + digit); }

  // Adds one unit in the last place, carrying through nines. A carry out of the first digit
  // leaves "1000..." with the original digit count; the layout then prints those zeros.
  void round_up() {
    int i = count - 1;
    while (i > 0 && text[i] == '9') text[i--] = '0';
    if (text[i] == '9') {
      text[0] = '1';
      ++exponent;
    } else {
      ++text[i];
    }
  }
};

int bit_length(uint64_t v) { return 64 - std::countl_zero(v); }

constexpr uint64_t pow5(int n) {
  uint64_t r = 1;
  for (int i = 0; i < n; ++i) r *= 5;
  return r;
}

// Bit length of 5^n, or the generous bound 3n beyond the exact table (5^27 needs 63 bits, so
// every n past the table already rules out 64-bit arithmetic either way).
constexpr int kExactPow5Bits = 27;
int pow5_bits(int n) { return n < kExactPow5Bits ? bit_length(pow5(n)) : 3 * n; }

// How many low decimal digits of an integer below 2^63 with 2^p2 ULP the integer path discards
// (with rounding): floor(p2 * log10(2)), none for p2 < 2. Java's table of these stops at 63; only
// p2 <= 37 is reachable (2^62 with the float's 24-bit significand).
int insignificant_digits(int p2) {
  if (p2 <= 1) return 0;
  return static_cast<int>(static_cast<int64_t>(p2) * 30103 / 100000);
}

// floor(log10(value)) estimated from the tangent of log10 at a significand of 1.5; the tangent
// lies above the curve, so the estimate is exact or one too high. The products are forced
// through memory so that no compiler contracts them into a fused multiply-add: the result has
// to match Java's double arithmetic bit for bit, because it selects the arithmetic used below.
int estimate_decimal_exponent(const BinaryValue& v) {
  const double significand = std::bit_cast<double>(kExponentOfOne | (v.fraction & kFractionMask));
  volatile double slope_term = (significand - 1.5) * 0.289529654;
  volatile double binary_term = static_cast<double>(v.bin_exp) * 0.301029995663981;
  const double estimate = slope_term + 0.176091259 + binary_term;
  return static_cast<int>(std::floor(estimate));
}

// Java int/long arithmetic: two's complement with silent wrap-around. The fast paths below rely
// on it (their overflow checks only work the way Java's do if the overflow happens the same way).
template <class Int>
Int wrap_mul(Int a, Int b) {
  using U = std::make_unsigned_t<Int>;
  return static_cast<Int>(static_cast<U>(a) * static_cast<U>(b));
}
template <class Int>
Int wrap_add(Int a, Int b) {
  using U = std::make_unsigned_t<Int>;
  return static_cast<Int>(static_cast<U>(a) + static_cast<U>(b));
}
template <class Int>
Int wrap_sub(Int a, Int b) {
  using U = std::make_unsigned_t<Int>;
  return static_cast<Int>(static_cast<U>(a) - static_cast<U>(b));
}
template <class Int>
Int wrap_shl(Int a, int n) {
  using U = std::make_unsigned_t<Int>;
  return static_cast<Int>(static_cast<U>(a) << n);
}

// A natural number big enough for the generator's B, S and M. The largest is 10 * S for values
// near 1e308 or B for subnormals (about 10^324 times the fraction): 26 limbs were the most seen
// over 22 million test values, so 40 leave a wide margin.
class BigNat {
 public:
  static constexpr int kLimbs = 40;

  explicit BigNat(uint64_t v) {
    limb_[0] = static_cast<uint32_t>(v);
    limb_[1] = static_cast<uint32_t>(v >> 32);
    size_ = limb_[1] != 0 ? 2 : (limb_[0] != 0 ? 1 : 0);
  }

  // m * 5^p5 * 2^p2.
  static BigNat from_pow52(uint64_t m, int p5, int p2) {
    BigNat r(m);
    constexpr int kPow5PerLimb = 13;  // 5^13 is the largest power of five below 2^32
    for (; p5 >= kPow5PerLimb; p5 -= kPow5PerLimb) r.multiply(static_cast<uint32_t>(pow5(13)));
    if (p5 > 0) r.multiply(static_cast<uint32_t>(pow5(p5)));
    r.shift_left(p2);
    return r;
  }

  void multiply(uint32_t factor) {
    uint64_t carry = 0;
    for (int i = 0; i < size_; ++i) {
      const uint64_t product = static_cast<uint64_t>(limb_[i]) * factor + carry;
      limb_[i] = static_cast<uint32_t>(product);
      carry = product >> 32;
    }
    if (carry != 0) push(static_cast<uint32_t>(carry));
  }

  void shift_left(int bits) {
    if (size_ == 0 || bits == 0) return;
    const int words = bits / 32;
    const int rest = bits % 32;
    assert(size_ + words + 1 <= kLimbs);
    limb_[size_ + words] = 0;
    for (int i = size_ - 1; i >= 0; --i) {
      const uint64_t wide = static_cast<uint64_t>(limb_[i]) << rest;
      limb_[i + words + 1] |= static_cast<uint32_t>(wide >> 32);
      limb_[i + words] = static_cast<uint32_t>(wide);
    }
    for (int i = 0; i < words; ++i) limb_[i] = 0;
    size_ += words + 1;
    trim();
  }

  // this -= other; requires this >= other.
  void subtract(const BigNat& other) {
    int64_t borrow = 0;
    for (int i = 0; i < size_; ++i) {
      const int64_t diff =
          static_cast<int64_t>(limb_[i]) - (i < other.size_ ? other.limb_[i] : 0) - borrow;
      limb_[i] = static_cast<uint32_t>(diff);
      borrow = diff < 0 ? 1 : 0;
    }
    assert(borrow == 0);
    trim();
  }

  // One step of long division by a divisor at most ten times smaller: returns the quotient
  // digit and keeps ten times the remainder, ready for the next digit.
  int next_digit(const BigNat& divisor) {
    int q = 0;
    while (compare(*this, divisor) >= 0) {
      subtract(divisor);
      ++q;
    }
    multiply(10);
    return q;
  }

  bool is_zero() const { return size_ == 0; }

  friend int compare(const BigNat& a, const BigNat& b) {
    if (a.size_ != b.size_) return a.size_ < b.size_ ? -1 : 1;
    for (int i = a.size_ - 1; i >= 0; --i) {
      if (a.limb_[i] != b.limb_[i]) return a.limb_[i] < b.limb_[i] ? -1 : 1;
    }
    return 0;
  }

  // Sign of (a + b) - c.
  friend int compare_sum(const BigNat& a, const BigNat& b, const BigNat& c) {
    BigNat sum = a;
    uint64_t carry = 0;
    const int n = std::max(a.size_, b.size_);
    for (int i = 0; i < n; ++i) {
      const uint64_t s = static_cast<uint64_t>(i < a.size_ ? a.limb_[i] : 0) +
                         (i < b.size_ ? b.limb_[i] : 0) + carry;
      sum.limb_[i] = static_cast<uint32_t>(s);
      carry = s >> 32;
    }
    sum.size_ = n;
    if (carry != 0) sum.push(static_cast<uint32_t>(carry));
    return compare(sum, c);
  }

 private:
  void push(uint32_t limb) {
    assert(size_ < kLimbs);
    limb_[size_++] = limb;
  }
  void trim() {
    while (size_ > 0 && limb_[size_ - 1] == 0) --size_;
  }

  uint32_t limb_[kLimbs];
  int size_;
};

// State shared by the three arithmetic variants of the generator.
struct Generation {
  DecimalDigits digits;
  int dec_exp;                // estimate of floor(log10(value)), corrected by the first digit
  bool low = false;           // stopped because truncation reads back as the value
  bool high = false;          // stopped because rounding up reads back as the value
  int64_t round_compare = 0;  // sign of 2 * remainder - 10 * S, consulted when low && high

  // Java's layout needs at least two significant digits in E form, so the stop test is not
  // applied to the first digit of values printed that way. (E form starts at 1e7 but the test
  // at 1e8, as in Java; between the two the first digit can only end generation when the value
  // is a multiple of 1e7, and "d.0E7" is printed either way.)
  bool forces_second_digit() const { return dec_exp < -3 || dec_exp >= 8; }

  // A zero first quotient means the exponent estimate was one too high: drop the digit unless
  // rounding up already ends generation.
  void first_digit(int q) {
    if (q == 0 && !high) {
      --dec_exp;
    } else {
      digits.push(q);
    }
    if (forces_second_digit()) low = high = false;
  }
};

// The generator in Java int (Int = int32_t) or long (int64_t) arithmetic, used when B and 10 * S
// fit. Here `high` is a strict comparison, and M may overflow: a non-positive M ends generation,
// while an M that wrapped around to a positive value is compared as is, as Java does. (B has at
// least significant_bits + 1 bits, so only floats reach the int variant; checking every float
// showed that its overflows never change a digit, but they are kept to mirror Java.)
template <class Int>
void generate_fixed(Int b, Int s, Int m, Generation& g) {
  const Int tens = wrap_mul<Int>(s, 10);
  int q = static_cast<int>(b / s);
  b = wrap_mul<Int>(b % s, 10);
  m = wrap_mul<Int>(m, 10);
  g.low = b < m;
  g.high = wrap_add(b, m) > tens;
  g.first_digit(q);
  while (!g.low && !g.high && !g.digits.full()) {
    q = static_cast<int>(b / s);
    b = wrap_mul<Int>(b % s, 10);
    m = wrap_mul<Int>(m, 10);
    if (m > 0) {
      g.low = b < m;
      g.high = wrap_add(b, m) > tens;
    } else {
      g.low = g.high = true;
    }
    g.digits.push(q);
  }
  // Computed in Int, so 2 * remainder can wrap negative and suppress a round-up, as in Java.
  g.round_compare = wrap_sub(wrap_shl(b, 1), tens);
}

// The generator in exact arithmetic, used when the numbers outgrow 64 bits. Here `high`
// includes equality.
void generate_big(uint64_t fraction, int b5, int b2, int s5, int s2, int m5, int m2,
                  Generation& g) {
  BigNat b = BigNat::from_pow52(fraction, b5, b2);
  const BigNat s = BigNat::from_pow52(1, s5, s2);
  const BigNat ten_s = BigNat::from_pow52(1, s5 + 1, s2 + 1);
  BigNat m = BigNat::from_pow52(1, m5 + 1, m2 + 1);  // 10 * M, on the scale of the remainder

  int q = b.next_digit(s);
  g.low = compare(b, m) < 0;
  g.high = compare_sum(b, m, ten_s) >= 0;
  g.first_digit(q);
  while (!g.low && !g.high && !g.digits.full()) {
    q = b.next_digit(s);
    m.multiply(10);
    g.low = compare(b, m) < 0;
    g.high = compare_sum(b, m, ten_s) >= 0;
    g.digits.push(q);
  }
  if (g.low && g.high) {
    BigNat twice = b;
    twice.shift_left(1);
    g.round_compare = compare(twice, ten_s);
  }
}

// Digits of an integer value below 2^63 with the low `insignificant` digits rounded away (half
// up); trailing zeros are not digits.
DecimalDigits integer_digits(uint64_t value, int insignificant) {
  DecimalDigits d;
  if (insignificant > 0) {
    const uint64_t unit = pow5(insignificant) << insignificant;  // 10^insignificant
    const uint64_t residue = value % unit;
    value /= unit;
    if (residue >= unit / 2) ++value;
    d.exponent = insignificant;
  }
  while (value % 10 == 0) {
    value /= 10;
    ++d.exponent;
  }
  char reversed[20];
  int n = 0;
  for (; value != 0; value /= 10) reversed[n++] = static_cast<char>('0' + value % 10);
  d.exponent += n;
  while (n > 0) d.text[d.count++] = reversed[--n];
  return d;
}

DecimalDigits java_digits(BinaryValue v) {
  const int tail_zeros = std::countr_zero(v.fraction);
  const int fraction_bits = kFractionShift + 1 - tail_zeros;  // significant bits of the fraction
  const int tiny_bits = std::max(0, fraction_bits - v.bin_exp - 1);  // bits right of the point

  if (tiny_bits == 0 && v.bin_exp <= kMaxIntegerPathBinExp) {
    // An integer: print its digits, rounding away only those the table calls insignificant.
    const int insignificant = v.bin_exp > v.significant_bits
                                  ? insignificant_digits(v.bin_exp - v.significant_bits - 1)
                                  : 0;
    const uint64_t value = v.bin_exp >= kFractionShift ? v.fraction << (v.bin_exp - kFractionShift)
                                                       : v.fraction >> (kFractionShift - v.bin_exp);
    return integer_digits(value, insignificant);
  }

  // value = B / S * 10^dec_exp and M = half an ULP on B's scale, each kept as 5^x * 2^y.
  Generation g;
  g.dec_exp = estimate_decimal_exponent(v);
  const int b5 = std::max(0, -g.dec_exp);
  int b2 = b5 + tiny_bits + v.bin_exp;
  const int s5 = std::max(0, g.dec_exp);
  int s2 = s5 + tiny_bits;
  const int m5 = b5;
  int m2 = b2 - v.significant_bits;

  const uint64_t fraction = v.fraction >> tail_zeros;
  b2 -= fraction_bits - 1;
  const int common2 = std::min(b2, s2);
  b2 -= common2;
  s2 -= common2;
  m2 -= common2;
  // At a power of two the next smaller value is only half as far away; the symmetric stop test
  // approximates that by halving M on both sides.
  if (fraction_bits == 1) --m2;
  if (m2 < 0) {  // M must stay an integer: scale everything up instead
    b2 -= m2;
    s2 -= m2;
    m2 = 0;
  }

  // Estimated bit lengths of B and 10 * S pick the arithmetic, as in Java.
  const int b_bits = fraction_bits + b2 + pow5_bits(b5);
  const int ten_s_bits = s2 + 1 + pow5_bits(s5 + 1);
  if (b_bits < 32 && ten_s_bits < 32) {
    const int32_t b = wrap_shl(static_cast<int32_t>(fraction * pow5(b5)), b2);
    generate_fixed<int32_t>(b, wrap_shl(static_cast<int32_t>(pow5(s5)), s2),
                            wrap_shl(static_cast<int32_t>(pow5(m5)), m2), g);
  } else if (b_bits < 64 && ten_s_bits < 64) {
    const int64_t b = wrap_shl(static_cast<int64_t>(fraction * pow5(b5)), b2);
    generate_fixed<int64_t>(b, wrap_shl(static_cast<int64_t>(pow5(s5)), s2),
                            wrap_shl(static_cast<int64_t>(pow5(m5)), m2), g);
  } else {
    generate_big(fraction, b5, b2, s5, s2, m5, m2, g);
  }

  DecimalDigits& d = g.digits;
  d.exponent = g.dec_exp + 1;
  // Round the last digit: always when only `high` stopped generation; when both did, by the
  // remainder's half, keeping an even digit on a tie.
  if (g.high) {
    if (!g.low || g.round_compare > 0 ||
        (g.round_compare == 0 && ((d.text[d.count - 1] - '0') & 1) != 0)) {
      d.round_up();
    }
  }
  return d;
}

// Java's layout of 0.d1 d2 ... dn * 10^exponent: plain notation when 10^-3 <= |v| < 10^7, with
// at least one digit after the point; otherwise one digit, a point, at least one more digit and
// "E" with the exponent (no '+'). Digits are printed as generated, zeros included.
std::string java_layout(bool negative, const DecimalDigits& d) {
  std::string out;
  if (negative) out += '-';
  const std::string_view digits(d.text, static_cast<size_t>(d.count));
  if (d.exponent > 0 && d.exponent < 8) {
    if (d.count <= d.exponent) {
      out += digits;
      out.append(static_cast<size_t>(d.exponent - d.count), '0');
      out += ".0";
    } else {
      out += digits.substr(0, static_cast<size_t>(d.exponent));
      out += '.';
      out += digits.substr(static_cast<size_t>(d.exponent));
    }
  } else if (d.exponent <= 0 && d.exponent > -3) {
    out += "0.";
    out.append(static_cast<size_t>(-d.exponent), '0');
    out += digits;
  } else {
    out += digits[0];
    out += '.';
    if (d.count > 1) {
      out += digits.substr(1);
    } else {
      out += '0';
    }
    out += 'E';
    out += std::to_string(d.exponent - 1);
  }
  return out;
}

}  // namespace

std::string java_double_to_string(double value) {
  const uint64_t bits = std::bit_cast<uint64_t>(value);
  const bool negative = (bits >> 63) != 0;
  const int exponent_field = static_cast<int>((bits >> kFractionShift) & 0x7ff);
  uint64_t fraction = bits & kFractionMask;
  if (exponent_field == 0x7ff) {
    if (fraction != 0) return "NaN";
    return negative ? "-Infinity" : "Infinity";
  }
  BinaryValue v;
  if (exponent_field == 0) {
    if (fraction == 0) return negative ? "-0.0" : "0.0";
    // Subnormal: normalize, and let the significand width shrink to the bits present.
    const int leading_zeros = std::countl_zero(fraction);
    const int shift = leading_zeros - (63 - kFractionShift);
    v = {fraction << shift, 1 - shift - 1023, 64 - leading_zeros};
  } else {
    v = {fraction | (uint64_t{1} << kFractionShift), exponent_field - 1023, kFractionShift + 1};
  }
  return java_layout(negative, java_digits(v));
}

std::string java_float_to_string(float value) {
  constexpr int kFloatFractionShift = 23;
  const uint32_t bits = std::bit_cast<uint32_t>(value);
  const bool negative = (bits >> 31) != 0;
  const int exponent_field = static_cast<int>((bits >> kFloatFractionShift) & 0xff);
  uint32_t fraction = bits & ((uint32_t{1} << kFloatFractionShift) - 1);
  if (exponent_field == 0xff) {
    if (fraction != 0) return "NaN";
    return negative ? "-Infinity" : "Infinity";
  }
  int bin_exp;
  int significant_bits;
  if (exponent_field == 0) {
    if (fraction == 0) return negative ? "-0.0" : "0.0";
    const int leading_zeros = std::countl_zero(fraction);
    const int shift = leading_zeros - (31 - kFloatFractionShift);
    fraction <<= shift;
    bin_exp = 1 - shift - 127;
    significant_bits = 32 - leading_zeros;
  } else {
    fraction |= uint32_t{1} << kFloatFractionShift;
    bin_exp = exponent_field - 127;
    significant_bits = kFloatFractionShift + 1;
  }
  // Floats run through the double generator, only with a 24-bit half-ULP.
  const BinaryValue v{static_cast<uint64_t>(fraction) << (kFractionShift - kFloatFractionShift),
                      bin_exp, significant_bits};
  return java_layout(negative, java_digits(v));
}

}  // namespace islet::natives
