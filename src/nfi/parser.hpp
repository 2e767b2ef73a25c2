// The NFI language: `default`, `load [flags] file [{ bindings }]`, signatures, `with backend`.
// One recursive-descent parser; every error names the 1-based column and what was expected.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "nfi/signature.hpp"

namespace islet::nfi::detail {

// The backends `with <name>` accepts. `panama` is islet's generated-stub backend; until it
// exists it runs on libffi exactly like `native`.
inline constexpr std::string_view kBackendNames[] = {"native", "panama"};

struct ParsedSource {
  enum class Command { Default, Load, Signature };
  std::string backend = "native";
  Command command = Command::Signature;
  std::string file;  // Load: the file name as written (quotes removed)
  int flags = 0;     // Load: dlopen flags, RTLD_NOW added when neither LAZY nor NOW is given
  std::vector<std::pair<std::string, Ref<SignatureImpl>>> bindings;  // `{ name(args):ret; }`
  Ref<SignatureImpl> signature;                                      // Command::Signature
};

ParsedSource parse_source(std::string_view source);
// A source that must be a signature (optionally `with <backend>`).
Ref<SignatureImpl> parse_signature(std::string_view source);

}  // namespace islet::nfi::detail
