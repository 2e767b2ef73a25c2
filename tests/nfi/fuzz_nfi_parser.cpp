// libFuzzer target for the NFI language parser: configure with -DISLET_FUZZ=ON and clang, then
//   bin/fuzz_nfi_parser -max_total_time=60
// Signature(text) runs the whole grammar (library commands are rejected after parsing, so the
// fuzzer never dlopens anything); any exception other than islet::nfi::Error is a bug.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "islet/nfi.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    islet::nfi::Signature signature(std::string_view(reinterpret_cast<const char*>(data), size));
    (void)signature.to_string();
  } catch (const islet::nfi::Error&) {
  }
  return 0;
}
