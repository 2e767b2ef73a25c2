// Real libraries through the NFI: qsort with a C++ comparator, bsearch, strlen, snprintf
// (variadic), libm cos/pow, and zlib's crc32.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "islet/nfi.hpp"

namespace nfi = islet::nfi;

TEST(NfiSystemLibraries, QsortWithCppComparator) {
  nfi::Function qsort =
      nfi::load("libc.so.6")
          .bind("qsort", "(POINTER, UINT64, UINT64, (POINTER, POINTER):SINT32):VOID");
  std::vector<int32_t> values = {5, -1, 42, 7, 0, 13};
  int comparisons = 0;
  qsort.execute(
      {values.data(), values.size(), sizeof(int32_t), [&comparisons](const void* a, const void* b) {
         ++comparisons;
         int32_t x = *static_cast<const int32_t*>(a), y = *static_cast<const int32_t*>(b);
         return int32_t((x > y) - (x < y));
       }});
  EXPECT_EQ(values, (std::vector<int32_t>{-1, 0, 5, 7, 13, 42}));
  EXPECT_GT(comparisons, 0);
  // Descending, through the generic (Value) handler.
  std::vector<double> doubles = {0.5, 2.5, -1.0};
  qsort.execute({doubles.data(), doubles.size(), sizeof(double),
                 nfi::Value::function([](std::span<const nfi::Value> arguments) {
                   double x = *static_cast<double*>(arguments[0].as_pointer());
                   double y = *static_cast<double*>(arguments[1].as_pointer());
                   return nfi::Value(int32_t((x < y) - (x > y)));
                 })});
  EXPECT_EQ(doubles, (std::vector<double>{2.5, 0.5, -1.0}));
}

TEST(NfiSystemLibraries, Bsearch) {
  nfi::Value libc = nfi::eval(
      "load \"libc.so.6\" { bsearch(POINTER, POINTER, UINT64, UINT64, (POINTER, "
      "POINTER):SINT32):POINTER; }");
  std::vector<int64_t> sorted = {1, 3, 9, 27, 81};
  auto compare = [](const void* a, const void* b) {
    int64_t x = *static_cast<const int64_t*>(a), y = *static_cast<const int64_t*>(b);
    return int32_t((x > y) - (x < y));
  };
  int64_t key = 27;
  nfi::Value found =
      libc.invoke_member("bsearch", {&key, sorted.data(), sorted.size(), sizeof(int64_t), compare});
  EXPECT_EQ(found.as_pointer(), &sorted[3]);
  key = 4;
  EXPECT_TRUE(
      libc.invoke_member("bsearch", {&key, sorted.data(), sorted.size(), sizeof(int64_t), compare})
          .is_null());
}

TEST(NfiSystemLibraries, StrlenAndSnprintf) {
  // `default` finds libc's symbols already in the process.
  nfi::Library process = nfi::Context().eval("default").as_library();
  EXPECT_EQ(process.bind("strlen", "(STRING):UINT64").call<uint64_t>("seven!!"), 7u);
  nfi::Function snprintf = process.bind(
      "snprintf", "(POINTER, UINT64, STRING, ...SINT32, DOUBLE, STRING, SINT64):SINT32");
  char buffer[64];
  int written = snprintf.call<int>(buffer, sizeof buffer, "%d|%.2f|%s|%lld", -12, 3.14159, "nfi",
                                   int64_t{1} << 40);
  EXPECT_STREQ(buffer, "-12|3.14|nfi|1099511627776");
  EXPECT_EQ(written, static_cast<int>(std::strlen(buffer)));
  std::vector<char> out(32);
  nfi::Function print_float =
      process.bind("snprintf", "([SINT8], UINT64, STRING, ...FLOAT):SINT32");
  EXPECT_EQ(print_float.execute({out, out.size(), "%.1f", 2.5f}).as<int>(), 3);
  EXPECT_STREQ(out.data(), "2.5");
}

TEST(NfiSystemLibraries, LibmCosAndPow) {
  nfi::Value libm =
      nfi::eval("load \"libm.so.6\" { cos(double):double; pow(DOUBLE, DOUBLE):DOUBLE; }");
  EXPECT_DOUBLE_EQ(libm.get_member("cos").execute({1.0}).as<double>(), std::cos(1.0));
  EXPECT_DOUBLE_EQ(libm.invoke_member("pow", {2.0, 0.5}).as<double>(), std::sqrt(2.0));
  auto cos = nfi::load("libm.so.6").bind<double(double)>("cos", "(DOUBLE):DOUBLE");
  EXPECT_DOUBLE_EQ(cos(M_PI), -1.0);
  EXPECT_DOUBLE_EQ(nfi::load("libm.so.6").bind("pow", "(DOUBLE, DOUBLE):DOUBLE").call<double>(3, 3),
                   27.0);
}

TEST(NfiSystemLibraries, ZlibCrc32) {
  nfi::Library zlib = nfi::load("libz.so.1");
  nfi::Function crc32 = zlib.bind("crc32", "(UINT64, [UINT8], UINT32):UINT64");
  std::string text = "The quick brown fox jumps over the lazy dog";
  std::vector<uint8_t> bytes(text.begin(), text.end());
  EXPECT_EQ(crc32.execute({0, bytes, bytes.size()}).as<uint64_t>(), 0x414FA339u);
  auto typed = zlib.bind<unsigned long(unsigned long, const unsigned char*, unsigned int)>(
      "crc32", "(UINT64, POINTER, UINT32):UINT64");
  EXPECT_TRUE(typed.is_direct());
  EXPECT_EQ(typed(0, reinterpret_cast<const unsigned char*>(text.data()), text.size()),
            0x414FA339u);
}
