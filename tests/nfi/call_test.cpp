// Downcalls through the C++ API: the marshalling table for every type and width, typed and
// dynamic paths, many and mixed arguments, strings, arrays, structs, variadics, errno, errors.
#include <gtest/gtest.h>

#include <cerrno>
#include <cmath>
#include <limits>

#include "islet/nfi.hpp"

namespace nfi = islet::nfi;
using Kind = nfi::Error::Kind;

namespace {

class NfiCall : public ::testing::Test {
 protected:
  nfi::Context context;
  nfi::Library lib = context.load(ISLET_NFI_TESTLIB);
};

template <class Action>
nfi::Error error_of(Action action) {
  try {
    action();
  } catch (const nfi::Error& error) {
    return error;
  }
  ADD_FAILURE() << "expected an islet::nfi::Error";
  return nfi::Error(Kind::Usage, "none");
}

}  // namespace

TEST_F(NfiCall, SignedAndUnsignedIntegersOfEveryWidth) {
  EXPECT_EQ(lib.bind("id_s8", "(SINT8):SINT8").call<int>(-128), -128);
  EXPECT_EQ(lib.bind("id_u8", "(UINT8):UINT8").call<int>(255), 255);
  EXPECT_EQ(lib.bind("id_s16", "(SINT16):SINT16").call<int>(-32768), -32768);
  EXPECT_EQ(lib.bind("id_u16", "(UINT16):UINT16").call<int>(65535), 65535);
  EXPECT_EQ(lib.bind("id_s32", "(SINT32):SINT32").call<int64_t>(INT32_MIN), INT32_MIN);
  EXPECT_EQ(lib.bind("id_u32", "(UINT32):UINT32").call<int64_t>(4000000000u), 4000000000);
  EXPECT_EQ(lib.bind("id_s64", "(SINT64):SINT64").call<int64_t>(INT64_MIN), INT64_MIN);
  // The same through Values.
  EXPECT_EQ(lib.bind("id_s8", "(SINT8):SINT8").execute({-5}).as<int>(), -5);
  EXPECT_EQ(lib.bind("id_u16", "(UINT16):UINT16").execute({40000}).as<int>(), 40000);
}

TEST_F(NfiCall, ResultsAreSignOrZeroExtendedByTheirType) {
  // 0xFF.. returned as UINTn is the large positive number; read as SINTn it is -1.
  EXPECT_EQ(lib.bind("all_ones_u8", "():UINT8").execute({}).as<int64_t>(), 255);
  EXPECT_EQ(lib.bind("all_ones_u8", "():SINT8").execute({}).as<int64_t>(), -1);
  EXPECT_EQ(lib.bind("all_ones_u16", "():UINT16").execute({}).as<int64_t>(), 65535);
  EXPECT_EQ(lib.bind("all_ones_u16", "():SINT16").call<int64_t>(), -1);
  EXPECT_EQ(lib.bind("all_ones_u32", "():UINT32").call<int64_t>(), 4294967295);
  EXPECT_EQ(lib.bind("all_ones_u32", "():SINT32").call<int64_t>(), -1);
  nfi::Value byte = lib.bind("all_ones_u8", "():UINT8").execute({});
  EXPECT_FALSE(byte.fits_in<int8_t>());
  EXPECT_TRUE(byte.fits_in<int16_t>());
}

TEST_F(NfiCall, ArgumentsPassOnlyTheirBits) {
  // -1 and 255 are both 0xFF for an 8-bit argument; the callee's type decides what it means.
  EXPECT_EQ(lib.bind("widen_u8", "(UINT8):SINT64").call<int64_t>(-1), 255);
  EXPECT_EQ(lib.bind("widen_s8", "(SINT8):SINT64").call<int64_t>(255), -1);
  EXPECT_EQ(lib.bind("widen_u16", "(UINT16):SINT64").call<int64_t>(-1), 65535);
  EXPECT_EQ(lib.bind("widen_s16", "(SINT16):SINT64").execute({65535}).as<int64_t>(), -1);
  EXPECT_EQ(lib.bind("widen_u32", "(UINT32):SINT64").execute({-1}).as<int64_t>(), 4294967295);
  // Out of both ranges: rejected.
  nfi::Error error = error_of([&] { lib.bind("widen_s8", "(SINT8):SINT64").call<int64_t>(256); });
  EXPECT_EQ(error.kind(), Kind::ArgumentType);
  EXPECT_STREQ(error.what(),
               "argument 1 of (SINT8):SINT64: expected SINT8, got 256 (out of range or not exactly "
               "representable)");
  EXPECT_THROW(lib.bind("widen_u8", "(UINT8):SINT64").execute({-129}), nfi::Error);
}

TEST_F(NfiCall, Uint64HasUnsignedSemantics) {
  nfi::Function id = lib.bind("id_u64", "(UINT64):UINT64");
  uint64_t big = 18446744073709551000ull;  // above INT64_MAX
  EXPECT_EQ(id.call<uint64_t>(big), big);
  nfi::Value value = id.execute({big});
  EXPECT_EQ(value.kind(), nfi::Value::Kind::UInt);
  EXPECT_FALSE(value.fits_in<int64_t>());
  EXPECT_TRUE(value.fits_in<uint64_t>());
  EXPECT_EQ(value.as<uint64_t>(), big);
  EXPECT_EQ(lib.bind("all_ones_u64", "():UINT64").execute({}).as<uint64_t>(), UINT64_MAX);
  EXPECT_EQ(lib.bind("all_ones_u64", "():SINT64").execute({}).as<int64_t>(), -1);
  EXPECT_EQ(lib.bind("add_u64", "(UINT64, UINT64):UINT64").call<uint64_t>(uint64_t{1} << 63, 5u),
            (uint64_t{1} << 63) + 5);
  // Small UINT64 results are ordinary numbers that fit in a long.
  EXPECT_TRUE(id.execute({42}).fits_in<int64_t>());
  EXPECT_THROW(value.as<int64_t>(), nfi::Error);
}

TEST_F(NfiCall, FloatingPointAndFp80) {
  EXPECT_FLOAT_EQ(lib.bind("mul_float", "(FLOAT, FLOAT):FLOAT").call<float>(1.5f, 4.0f), 6.0f);
  EXPECT_DOUBLE_EQ(lib.bind("add_double", "(DOUBLE, DOUBLE):DOUBLE").call<double>(0.25, 0.5), 0.75);
  // Integers convert exactly; 0.1 is not a float, so a FLOAT argument rejects it.
  EXPECT_FLOAT_EQ(lib.bind("mul_float", "(FLOAT, FLOAT):FLOAT").execute({3, 0.5}).as<float>(),
                  1.5f);
  EXPECT_EQ(error_of([&] {
              lib.bind("mul_float", "(FLOAT, FLOAT):FLOAT").execute({0.1, 1.0f});
            }).kind(),
            Kind::ArgumentType);
  nfi::Value fine = lib.bind("fp80_fine", "():FP80").execute({});
  EXPECT_EQ(fine.kind(), nfi::Value::Kind::LongDouble);
  EXPECT_EQ(fine.as_long_double(), 1.0L + 0x1p-60L);
  EXPECT_FALSE(fine.fits_in<double>());
  EXPECT_EQ(lib.bind("fp80_is_fine", "(FP80):SINT32").execute({fine}).as<int>(), 1);
  EXPECT_EQ(lib.bind("fp80_is_fine", "(FP80):SINT32").call<int>(1.0L + 0x1p-60L), 1);
  EXPECT_EQ(lib.bind("fp80_add", "(FP80, FP80):FP80").call<long double>(1.0L, 0x1p-62L),
            1.0L + 0x1p-62L);
  EXPECT_TRUE(std::isnan(lib.bind("add_double", "(DOUBLE, DOUBLE):DOUBLE").call<double>(NAN, 1.0)));
}

TEST_F(NfiCall, ManyAndMixedArgumentsOnTheStack) {
  nfi::Function ints = lib.bind(
      "sum_ten_ints",
      "(SINT32, SINT64, SINT8, UINT16, SINT32, SINT64, SINT16, UINT8, SINT32, SINT64):SINT64");
  EXPECT_EQ(ints.call<int64_t>(1, int64_t{1} << 40, -3, 65535, 5, -6, -7, 200, 9, 10),
            1 + (int64_t{1} << 40) - 3 + 65535 + 5 - 6 - 7 + 200 + 9 + 10);
  nfi::Function doubles = lib.bind("sum_ten_doubles",
                                   "(DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE, "
                                   "DOUBLE, DOUBLE, DOUBLE):DOUBLE");
  EXPECT_DOUBLE_EQ(doubles.execute({0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0}).as<double>(),
                   27.5);
  nfi::Function mixed =
      lib.bind("mixed_stack",
               "(SINT8, DOUBLE, SINT16, FLOAT, SINT32, DOUBLE, SINT64, FLOAT, UINT8, DOUBLE, "
               "UINT16, FP80, UINT32, DOUBLE, FLOAT, SINT64, DOUBLE, FLOAT):DOUBLE");
  double expected = -1 + 2.5 + -3 + 4.5 + 5 + 6.25 + 7 + 8.5 + 9 + 10.75 + 11 + 12.5 + 13 + 14.25 +
                    15.5 + 16 + 17.75 + 18.5;
  EXPECT_DOUBLE_EQ(mixed.call<double>(int8_t{-1}, 2.5, int16_t{-3}, 4.5f, 5, 6.25, int64_t{7}, 8.5f,
                                      9, 10.75, 11, 12.5L, 13u, 14.25, 15.5f, 16, 17.75, 18.5f),
                   expected);
  EXPECT_DOUBLE_EQ(mixed
                       .execute({-1, 2.5, -3, 4.5, 5, 6.25, 7, 8.5, 9, 10.75, 11, 12.5, 13, 14.25,
                                 15.5, 16, 17.75, 18.5})
                       .as<double>(),
                   expected);
}

TEST_F(NfiCall, Pointers) {
  int64_t cell = 77;
  nfi::Value pointer = lib.bind("id_pointer", "(POINTER):POINTER").execute({&cell});
  EXPECT_TRUE(pointer.is_pointer());
  EXPECT_FALSE(pointer.is_null());
  EXPECT_EQ(pointer.as_pointer(), &cell);
  EXPECT_EQ(lib.bind("read_i64", "(POINTER):SINT64").execute({pointer}).as<int64_t>(), 77);
  nfi::Value null = lib.bind("null_pointer", "():POINTER").execute({});
  EXPECT_TRUE(null.is_pointer());
  EXPECT_TRUE(null.is_null());
  EXPECT_EQ(lib.bind("is_null", "(POINTER):SINT32").execute({nullptr}).as<int>(), 1);
  EXPECT_EQ(lib.bind("is_null", "(POINTER):SINT32").call<int>(nullptr), 1);
  EXPECT_EQ(lib.bind("is_null", "(POINTER):SINT32").execute({null}).as<int>(), 1);
  EXPECT_EQ(lib.bind("id_pointer", "(POINTER):POINTER").call<int64_t*>(&cell), &cell);
  EXPECT_EQ(error_of([&] { lib.bind("is_null", "(POINTER):SINT32").execute({"text"}); }).kind(),
            Kind::ArgumentType);
}

TEST_F(NfiCall, Strings) {
  nfi::Function length = lib.bind("string_length", "(STRING):UINT64");
  EXPECT_EQ(length.call<uint64_t>("hello"), 5u);
  EXPECT_EQ(length.execute({std::string("héllo")}).as<int>(), 6);  // UTF-8 bytes
  EXPECT_EQ(length.call<int>(std::string("four")), 4);
  nfi::Value greeting = lib.bind("greeting", "():STRING").execute({});
  EXPECT_TRUE(greeting.is_string());
  EXPECT_TRUE(greeting.is_pointer());
  EXPECT_EQ(greeting.as_string(), "héllo, wörld");
  EXPECT_EQ(lib.bind("greeting", "():STRING").call<std::string>(), "héllo, wörld");
  nfi::Value none = lib.bind("null_string", "():STRING").execute({});
  EXPECT_TRUE(none.is_null());
  EXPECT_FALSE(none.is_string());
  EXPECT_EQ(lib.bind("string_is_null", "(STRING):SINT32").execute({nullptr}).as<int>(), 1);
  // A returned string the caller must free: read it, then free it through the library.
  nfi::Value upper = lib.bind("upper_copy", "(STRING):STRING").execute({"shout"});
  EXPECT_EQ(upper.as_string(), "SHOUT");
  lib.bind("free_string", "(POINTER):VOID").execute({upper});
  // A native string passes back as a STRING argument unchanged.
  EXPECT_EQ(length.execute({greeting}).as<int>(), 14);
  EXPECT_EQ(error_of([&] { length.execute({42}); }).kind(), Kind::ArgumentType);
}

TEST_F(NfiCall, ArraysArePointersToTheElements) {
  std::vector<int32_t> values = {1, 2, 3, 40};
  EXPECT_EQ(
      lib.bind("sum_i32_array", "([SINT32], SINT32):SINT64").execute({values, 4}).as<int64_t>(),
      46);
  // The callee writes; the caller's elements change.
  std::vector<int32_t> squares(6, -1);
  lib.bind("fill_squares", "([SINT32], SINT32):VOID").execute({squares, 6});
  EXPECT_EQ(squares, (std::vector<int32_t>{0, 1, 4, 9, 16, 25}));
  std::vector<double> scaled = {1.5, -2.0};
  lib.bind("scale_doubles", "([DOUBLE], SINT32, DOUBLE):VOID").execute({scaled, 2, 4.0});
  EXPECT_EQ(scaled, (std::vector<double>{6.0, -8.0}));
  std::vector<uint8_t> bytes(3);
  lib.bind("fill_bytes", "([UINT8], SINT32):VOID").execute({std::span<uint8_t>(bytes), 3});
  EXPECT_EQ(bytes, (std::vector<uint8_t>{250, 251, 252}));
  // Same-width integers share bits: uint32 elements for a [SINT32] argument.
  std::vector<uint32_t> unsigned_values = {7, 8};
  EXPECT_EQ(lib.bind("sum_i32_array", "([SINT32], SINT32):SINT64")
                .execute({unsigned_values, 2})
                .as<int>(),
            15);
  // Wrong element type.
  std::vector<double> wrong = {1.0};
  nfi::Error error = error_of([&] {
    lib.bind("sum_i32_array", "([SINT32], SINT32):SINT64").execute({wrong, 1});
  });
  EXPECT_STREQ(error.what(),
               "argument 1 of ([SINT32], SINT32):SINT64: expected [SINT32], got array of 1 DOUBLE "
               "(elements are "
               "DOUBLE)");
  std::vector<float> floats = {0.5f, 0.25f};
  EXPECT_DOUBLE_EQ(
      lib.bind("sum_floats", "([FLOAT], SINT32):DOUBLE").execute({floats, 2}).as<double>(), 0.75);
}

// An array source that hands native code a copy and copies back afterwards, as the VM does for
// Java arrays the collector may move.
class CopyingArray final : public nfi::detail::ArraySource {
 public:
  explicit CopyingArray(std::vector<int32_t>& target) : target_(target) {}
  nfi::TypeKind element_kind() const override { return nfi::TypeKind::SInt32; }
  size_t length() const override { return target_.size(); }
  void* begin_call() override {
    buffer_ = target_;
    return buffer_.data();
  }
  void end_call(void* data) override {
    EXPECT_EQ(data, buffer_.data());
    target_ = buffer_;
    ++copies_back;
  }
  int copies_back = 0;

 private:
  std::vector<int32_t>& target_;
  std::vector<int32_t> buffer_;
};

TEST_F(NfiCall, ArraySourcesCopyBackAfterTheCall) {
  std::vector<int32_t> managed(5, 0);
  auto source = std::make_shared<CopyingArray>(managed);
  lib.bind("fill_squares", "([SINT32], SINT32):VOID").execute({nfi::Value::array(source), 5});
  EXPECT_EQ(managed, (std::vector<int32_t>{0, 1, 4, 9, 16}));
  EXPECT_EQ(source->copies_back, 1);
  nfi::Value owned = nfi::Value::array_copy(std::vector<int32_t>{0, 0, 0});
  lib.bind("fill_squares", "([SINT32], SINT32):VOID").execute({owned, 3});
  auto* data = static_cast<int32_t*>(owned.array_source()->begin_call());
  EXPECT_EQ(data[2], 4);
}

struct Point {
  int32_t x;
  double y;
};
struct Big {
  int64_t a, b, c;
  double d;
};

TEST_F(NfiCall, StructsByValue) {
  nfi::Value point =
      lib.bind("make_point", "(SINT32, DOUBLE):STRUCT(SINT32, DOUBLE)").execute({7, 0.5});
  ASSERT_EQ(point.fields().size(), 2u);
  EXPECT_EQ(point.fields()[0].as<int>(), 7);
  EXPECT_DOUBLE_EQ(point.fields()[1].as<double>(), 0.5);
  Point as_cpp = point.as_struct<Point>();
  EXPECT_EQ(as_cpp.x, 7);
  EXPECT_EQ(as_cpp.y, 0.5);
  nfi::Function sum = lib.bind("point_sum", "(STRUCT(SINT32, DOUBLE)):DOUBLE");
  EXPECT_DOUBLE_EQ(sum.execute({nfi::Value::structure({3, 0.25})}).as<double>(), 3.25);
  EXPECT_DOUBLE_EQ(sum.execute({point}).as<double>(), 7.5);
  EXPECT_DOUBLE_EQ(sum.execute({nfi::Value::structure_bytes(Point{10, 1.5})}).as<double>(), 11.5);
  EXPECT_EQ(lib.bind("make_point", "(SINT32, DOUBLE):STRUCT(SINT32, DOUBLE)").call<Point>(2, 4.0).y,
            4.0);

  nfi::Value swapped = lib.bind("swap_pair", "(STRUCT(SINT32, SINT32)):STRUCT(SINT32, SINT32)")
                           .execute({nfi::Value::structure({1, -2})});
  EXPECT_EQ(swapped.fields()[0].as<int>(), -2);
  EXPECT_EQ(swapped.fields()[1].as<int>(), 1);

  // Larger than two registers: passed and returned in memory.
  nfi::Function big = lib.bind("big_scale",
                               "(STRUCT(SINT64, SINT64, SINT64, DOUBLE), SINT64):STRUCT(SINT64, "
                               "SINT64, SINT64, DOUBLE)");
  Big scaled =
      big.execute({nfi::Value::structure({1, 2, int64_t{1} << 40, 0.5}), 3}).as_struct<Big>();
  EXPECT_EQ(scaled.a, 3);
  EXPECT_EQ(scaled.b, 6);
  EXPECT_EQ(scaled.c, int64_t{3} << 40);
  EXPECT_EQ(scaled.d, 1.5);

  // Nested structs and padding.
  nfi::Value outer =
      lib.bind("make_outer",
               "(SINT32, SINT32, FLOAT, UINT8):STRUCT(STRUCT(SINT32, SINT32), FLOAT, "
               "UINT8)")
          .execute({2, 3, 1.5f, 200});
  EXPECT_EQ(outer.fields()[0].fields()[1].as<int>(), 3);
  EXPECT_EQ(outer.fields()[2].as<int>(), 200);
  nfi::Function total =
      lib.bind("outer_total", "(STRUCT(STRUCT(SINT32, SINT32), FLOAT, UINT8)):DOUBLE");
  EXPECT_DOUBLE_EQ(total.execute({outer}).as<double>(), 5 * 1.5 + 200);
  EXPECT_DOUBLE_EQ(
      total.execute({nfi::Value::structure({nfi::Value::structure({1, 1}), 2.0f, 1})}).as<double>(),
      5);

  // Wrong shapes are errors, not crashes.
  nfi::Error fields = error_of([&] { sum.execute({nfi::Value::structure({1})}); });
  EXPECT_STREQ(fields.what(),
               "argument 1 of (STRUCT(SINT32, DOUBLE)):DOUBLE: expected STRUCT(SINT32, DOUBLE), "
               "got struct (1 fields "
               "given, the struct has 2)");
  nfi::Error field = error_of([&] { sum.execute({nfi::Value::structure({"x", 1.0})}); });
  EXPECT_STREQ(field.what(),
               "argument 1 of (STRUCT(SINT32, DOUBLE)):DOUBLE: expected STRUCT(SINT32, DOUBLE), "
               "got struct (field 1 "
               "is string \"x\", expected SINT32)");
  EXPECT_THROW(sum.execute({nfi::Value::structure_bytes(int32_t{1})}), nfi::Error);
  EXPECT_THROW(sum.execute({5}), nfi::Error);
}

TEST_F(NfiCall, Variadic) {
  EXPECT_EQ(lib.bind("sum_variadic_ints", "(SINT32, ...SINT32, SINT32, SINT32):SINT32")
                .call<int>(3, 10, 20, 30),
            60);
  EXPECT_EQ(lib.bind("sum_variadic_ints", "(SINT32, ...SINT32):SINT32").execute({1, -4}).as<int>(),
            -4);
  // float and narrow integers undergo C's default promotions.
  nfi::Function mixed = lib.bind(
      "sum_variadic_mixed", "(STRING, ...SINT8, FLOAT, UINT16, DOUBLE, SINT64, STRING):DOUBLE");
  EXPECT_DOUBLE_EQ(
      mixed.execute({"ididls", -3, 0.5f, 65535, 0.25, int64_t{1} << 40, "four"}).as<double>(),
      -3 + 0.5 + 65535 + 0.25 + static_cast<double>(int64_t{1} << 40) + 4);
  EXPECT_DOUBLE_EQ(mixed.call<double>("ididls", int8_t{-3}, 0.5f, uint16_t{65535}, 0.25,
                                      int64_t{1} << 40, "four"),
                   -3 + 0.5 + 65535 + 0.25 + static_cast<double>(int64_t{1} << 40) + 4);
}

TEST_F(NfiCall, ErrnoSetByTheCalleeIsVisibleAfterTheCall) {
  errno = 0;
  EXPECT_EQ(lib.bind("fail_with_errno", "(SINT32):SINT32").call<int>(ERANGE), -1);
  EXPECT_EQ(errno, ERANGE);
  errno = 0;
  EXPECT_EQ(lib.bind("fail_with_errno", "(SINT32):SINT32").execute({EDOM}).as<int>(), -1);
  EXPECT_EQ(errno, EDOM);
}

TEST_F(NfiCall, VoidReturnsNull) {
  std::vector<int32_t> out(1);
  nfi::Value result = lib.bind("fill_squares", "([SINT32], SINT32):VOID").execute({out, 1});
  EXPECT_TRUE(result.is_null());
  EXPECT_EQ(result.kind(), nfi::Value::Kind::Null);
}

TEST_F(NfiCall, TypedBindingsCallDirectlyWhenTheAbiMatches) {
  auto add = lib.bind<int32_t(int32_t, int32_t)>("add_s32", "(SINT32, SINT32):SINT32");
  EXPECT_TRUE(add.is_direct());
  EXPECT_EQ(add(40, 2), 42);
  auto cos = nfi::load("libm.so.6").bind<double(double)>("cos", "(DOUBLE):DOUBLE");
  EXPECT_TRUE(cos.is_direct());
  EXPECT_DOUBLE_EQ(cos(0.0), 1.0);
  auto squares = lib.bind<void(int32_t*, int32_t)>("fill_squares", "([SINT32], SINT32):VOID");
  EXPECT_TRUE(squares.is_direct());
  int32_t out[3];
  squares(out, 3);
  EXPECT_EQ(out[2], 4);
  // A mismatching C++ type still works, through libffi with the NFI's conversions.
  auto widened = lib.bind<int64_t(int32_t)>("widen_u8", "(UINT8):SINT64");
  EXPECT_FALSE(widened.is_direct());
  EXPECT_EQ(widened(-1), 255);
  auto variadic = lib.bind<int32_t(int32_t, int32_t, int32_t)>(
      "sum_variadic_ints", "(SINT32, ...SINT32, SINT32):SINT32");
  EXPECT_FALSE(variadic.is_direct());
  EXPECT_EQ(variadic(2, 5, 6), 11);
  EXPECT_NE(lib.bind("add_s32", "(SINT32, SINT32):SINT32")
                .abi_mismatch(nfi::detail::abi_shape<int32_t, int64_t>()),
            "");
}

TEST_F(NfiCall, SymbolsBindThroughSignatures) {
  // The seed's steps: library['f'], eval(signature), signature.bind(symbol), execute.
  nfi::Value library = context.eval("load \"" ISLET_NFI_TESTLIB "\"");
  nfi::Value symbol = library.get_member("add_s32");
  EXPECT_TRUE(symbol.is_pointer());
  EXPECT_FALSE(symbol.can_execute());
  nfi::Value signature = context.eval("(SINT32, SINT32):SINT32");
  nfi::Value function = signature.invoke_member("bind", {symbol});
  EXPECT_TRUE(function.can_execute());
  EXPECT_EQ(function.execute({2, 3}).as<int>(), 5);
  EXPECT_EQ(function(4, 5).as<int>(), 9);
  EXPECT_EQ(signature.get_member("bind").execute({symbol}).execute({1, 1}).as<int>(), 2);
  EXPECT_EQ(nfi::Signature("(SINT32, SINT32):SINT32").bind(lib.address("add_s32")).call<int>(6, 7),
            13);
  EXPECT_THROW(symbol.execute({1, 2}), nfi::Error);
}

TEST_F(NfiCall, MissingLibraryCarriesDlerrorText) {
  nfi::Error error = error_of([&] { context.load("libdoes-not-exist.so"); });
  EXPECT_EQ(error.kind(), Kind::Library);
  EXPECT_STREQ(error.what(),
               "cannot load library 'libdoes-not-exist.so': libdoes-not-exist.so: cannot open "
               "shared object file: "
               "No such file or directory");
  nfi::Error evaluated = error_of([&] { context.eval("load \"/nonexistent/libx.so\""); });
  EXPECT_STREQ(evaluated.what(),
               "cannot load library '/nonexistent/libx.so': /nonexistent/libx.so: cannot open "
               "shared object file: "
               "No such file or directory");
}

TEST_F(NfiCall, MissingSymbolNamesSymbolAndLibrary) {
  nfi::Error error = error_of([&] { lib.bind("no_such_function", "():VOID"); });
  EXPECT_EQ(error.kind(), Kind::Symbol);
  EXPECT_EQ(std::string(error.what()),
            "symbol 'no_such_function' not found in library '" ISLET_NFI_TESTLIB
            "': " ISLET_NFI_TESTLIB ": undefined symbol: no_such_function");
  nfi::Error member = error_of([&] { context.eval("load libm.so.6").get_member("nope"); });
  EXPECT_STREQ(member.what(),
               "symbol 'nope' not found in library 'libm.so.6': /lib/x86_64-linux-gnu/libm.so.6: "
               "undefined symbol: nope");
  nfi::Error combined =
      error_of([&] { context.eval("load libm.so.6 { cosine(DOUBLE):DOUBLE; }"); });
  EXPECT_EQ(combined.kind(), Kind::Symbol);
  EXPECT_FALSE(context.eval("load libm.so.6").has_member("nope"));
  EXPECT_TRUE(context.eval("load libm.so.6").has_member("cos"));
}

TEST_F(NfiCall, WrongArgumentCount) {
  nfi::Function add = lib.bind("add_s32", "(SINT32, SINT32):SINT32");
  nfi::Error error = error_of([&] { add.execute({1}); });
  EXPECT_EQ(error.kind(), Kind::Arity);
  EXPECT_STREQ(error.what(),
               "wrong number of arguments for (SINT32, SINT32):SINT32: expected 2, got 1");
  EXPECT_STREQ(error_of([&] { add.call<int>(1, 2, 3); }).what(),
               "wrong number of arguments for (SINT32, SINT32):SINT32: expected 2, got 3");
  EXPECT_THROW(nfi::Function().call<int>(), nfi::Error);
}

TEST_F(NfiCall, WrongArgumentTypes) {
  nfi::Function add = lib.bind("add_s32", "(SINT32, SINT32):SINT32");
  EXPECT_STREQ(error_of([&] {
                 add.execute({1, "two"});
               }).what(),
               "argument 2 of (SINT32, SINT32):SINT32: expected SINT32, got string \"two\"");
  EXPECT_STREQ(error_of([&] {
                 add.execute({1.5, 2});
               }).what(),
               "argument 1 of (SINT32, SINT32):SINT32: expected SINT32, got 1.5 (out of range or "
               "not exactly "
               "representable)");
  EXPECT_STREQ(error_of([&] { add.call<int>(int64_t{1} << 33, 0); }).what(),
               "argument 1 of (SINT32, SINT32):SINT32: expected SINT32, got 8589934592 (out of "
               "range or not exactly "
               "representable)");
  EXPECT_EQ(add.execute({2.0, 3}).as<int>(), 5);  // integral doubles fit
  EXPECT_STREQ(error_of([&] {
                 add.execute({nullptr, 1});
               }).what(),
               "argument 1 of (SINT32, SINT32):SINT32: expected SINT32, got null");
  // A result that does not fit the requested C++ type.
  EXPECT_STREQ(error_of([&] { lib.bind("all_ones_u32", "():UINT32").call<int32_t>(); }).what(),
               "result 4294967295 of type UINT32 does not convert to the requested integer type");
  EXPECT_STREQ(
      error_of([&] { lib.bind("all_ones_u32", "():UINT32").execute({}).as<int32_t>(); }).what(),
      "cannot convert 4294967295 to an integer of the requested width");
  EXPECT_STREQ(error_of([&] { nfi::Value(5).execute({}); }).what(), "cannot execute 5");
}
