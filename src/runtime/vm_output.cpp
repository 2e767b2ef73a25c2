// islet's own diagnostic output, routed through the embedder's vfprintf hook when it gave one.
#include <cstdarg>
#include <cstdio>

#include "runtime/options.hpp"

namespace islet::runtime {

void print_diagnostic(const VMOptions& options, FILE* stream, const char* format, ...) {
  va_list arguments;
  va_start(arguments, format);
  if (options.vfprintf_hook != nullptr) {
    options.vfprintf_hook(stream, format, arguments);
  } else {
    std::vfprintf(stream, format, arguments);
    // Java output bypasses stdio, so flush each line to keep the two in order.
    std::fflush(stream);
  }
  va_end(arguments);
}

}  // namespace islet::runtime
