// Modified UTF-8 and standard UTF-8 conversions to and from UTF-16 (see modified_utf8.hpp).
#include "classfile/modified_utf8.hpp"

#include <cstdint>

namespace islet::classfile {

namespace {

bool is_continuation(uint8_t byte) { return (byte & 0xC0) == 0x80; }

void append_utf8(std::string& out, uint32_t code_point) {
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

bool is_high_surrogate(char16_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool is_low_surrogate(char16_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

}  // namespace

bool is_valid_modified_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  size_t size = text.size();
  for (size_t i = 0; i < size;) {
    uint8_t lead = bytes[i];
    if (lead == 0) return false;
    if (lead < 0x80) {
      ++i;
    } else if ((lead & 0xE0) == 0xC0) {
      // Two-byte forms are accepted even when overlong: C0 80 is required for NUL, and HotSpot
      // accepts the other overlong two-byte forms too, so rejecting them would reject classes
      // HotSpot loads.
      if (i + 1 >= size || !is_continuation(bytes[i + 1])) return false;
      i += 2;
    } else if ((lead & 0xF0) == 0xE0) {
      if (i + 2 >= size || !is_continuation(bytes[i + 1]) || !is_continuation(bytes[i + 2])) {
        return false;
      }
      uint32_t value =
          ((lead & 0x0Fu) << 12) | ((bytes[i + 1] & 0x3Fu) << 6) | (bytes[i + 2] & 0x3Fu);
      if (value < 0x800) return false;  // overlong three-byte form
      i += 3;
    } else {
      return false;  // stray continuation byte or a 4-byte (or longer) form
    }
  }
  return true;
}

std::u16string decode_modified_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  size_t size = text.size();
  std::u16string out;
  out.reserve(size);
  for (size_t i = 0; i < size;) {
    uint8_t lead = bytes[i];
    if (lead < 0x80) {
      out.push_back(lead);
      i += 1;
    } else if ((lead & 0xE0) == 0xC0 && i + 1 < size) {
      out.push_back(static_cast<char16_t>(((lead & 0x1F) << 6) | (bytes[i + 1] & 0x3F)));
      i += 2;
    } else if ((lead & 0xF0) == 0xE0 && i + 2 < size) {
      out.push_back(static_cast<char16_t>(((lead & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) |
                                          (bytes[i + 2] & 0x3F)));
      i += 3;
    } else {
      // Only reached on invalid input, which callers promise not to pass; stay memory-safe.
      out.push_back(u'\uFFFD');
      i += 1;
    }
  }
  return out;
}

std::string encode_modified_utf8(std::u16string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char16_t unit : text) {
    if (unit >= 0x01 && unit <= 0x7F) {
      out.push_back(static_cast<char>(unit));
    } else if (unit <= 0x7FF) {  // includes U+0000 as C0 80
      out.push_back(static_cast<char>(0xC0 | (unit >> 6)));
      out.push_back(static_cast<char>(0x80 | (unit & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xE0 | (unit >> 12)));
      out.push_back(static_cast<char>(0x80 | ((unit >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (unit & 0x3F)));
    }
  }
  return out;
}

std::string utf16_to_utf8(std::u16string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char16_t unit = text[i];
    if (is_high_surrogate(unit) && i + 1 < text.size() && is_low_surrogate(text[i + 1])) {
      uint32_t code_point = 0x10000 + ((uint32_t{unit} - 0xD800) << 10) + (text[i + 1] - 0xDC00);
      append_utf8(out, code_point);
      ++i;
    } else if (is_high_surrogate(unit) || is_low_surrogate(unit)) {
      out.push_back('?');
    } else {
      append_utf8(out, unit);
    }
  }
  return out;
}

std::u16string utf8_to_utf16(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  size_t size = text.size();
  std::u16string out;
  out.reserve(size);
  for (size_t i = 0; i < size;) {
    uint8_t lead = bytes[i];
    if (lead < 0x80) {
      out.push_back(lead);
      ++i;
      continue;
    }
    size_t length;
    uint32_t code_point;
    uint32_t minimum;
    if ((lead & 0xE0) == 0xC0) {
      length = 2, code_point = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3, code_point = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4, code_point = lead & 0x07, minimum = 0x10000;
    } else {
      out.push_back(u'\uFFFD');
      ++i;
      continue;
    }
    size_t consumed = 1;
    while (consumed < length && i + consumed < size && is_continuation(bytes[i + consumed])) {
      code_point = (code_point << 6) | (bytes[i + consumed] & 0x3F);
      ++consumed;
    }
    bool valid = consumed == length && code_point >= minimum && code_point <= 0x10FFFF &&
                 !(code_point >= 0xD800 && code_point <= 0xDFFF);
    if (!valid) {
      // One replacement per maximal ill-formed prefix, so that the bytes after it are read again
      // as possible starts of valid sequences.
      out.push_back(u'\uFFFD');
      i += consumed;
      continue;
    }
    if (code_point >= 0x10000) {
      code_point -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (code_point >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (code_point & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(code_point));
    }
    i += length;
  }
  return out;
}

}  // namespace islet::classfile
