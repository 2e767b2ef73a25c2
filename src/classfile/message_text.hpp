// Building error-message text from pieces (GCC 12 has no <format>). Private to classfile/.
#pragma once

#include <concepts>
#include <string>
#include <string_view>

namespace islet::classfile::detail {

inline void append_piece(std::string& out, std::string_view text) { out += text; }
inline void append_piece(std::string& out, char c) { out += c; }
template <std::integral Number>
requires(!std::same_as<Number, char> &&
         !std::same_as<Number, bool>) void append_piece(std::string& out, Number value) {
  out += std::to_string(value);
}

template <typename... Parts>
std::string concat(const Parts&... parts) {
  std::string out;
  (append_piece(out, parts), ...);
  return out;
}

}  // namespace islet::classfile::detail
