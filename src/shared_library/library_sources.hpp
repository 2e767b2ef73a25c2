// The text `islet --shared` writes: the library's header (libapp.h, like native-image's: an
// include guard, graal_isolate.h, one prototype per entry point) and the C source of its stubs.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "shared_library/entry_points.hpp"

namespace islet::shared_library {

// `library_name` is the file name without ".so" ("libapp").
std::string library_header(std::string_view library_name, const std::vector<EntryPoint>& entry_points);

// The stubs: the embedded classes (`classes_jar`, a file name relative to the directory the
// compiler runs in, of
// `classes_size` bytes), the islet_image_t describing the library, one exported C function per
// entry point, and the graal_isolate.h functions.
std::string library_source(std::string_view library_name, const std::vector<EntryPoint>& entry_points,
                           std::string_view classes_jar, size_t classes_size);

}  // namespace islet::shared_library
