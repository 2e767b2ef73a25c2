// The class library jar linked into the runtime (see src/runtime/classlib_blob.S.in).
#pragma once

#include <cstdint>
#include <span>

namespace islet::runtime {

std::span<const uint8_t> embedded_class_library();

}  // namespace islet::runtime
