// Text encodings at the VM's edges: the JVM's "modified UTF-8" (class files, JNI strings) and
// standard UTF-8 (the host's strings), both converted to and from the UTF-16 of java.lang.String.
#pragma once

#include <string>
#include <string_view>

namespace islet::classfile {

// True if `bytes` is well-formed modified UTF-8 (JVMS 4.4.7): no raw NUL byte, no 4-byte forms,
// no stray continuation bytes, no truncated sequences. U+0000 must be written as C0 80;
// supplementary characters appear as two 3-byte surrogates, and lone surrogates are allowed.
bool is_valid_modified_utf8(std::string_view bytes);

// Decodes modified UTF-8 into UTF-16 code units. The input must be valid (see above).
std::u16string decode_modified_utf8(std::string_view bytes);

// Encodes UTF-16 code units as modified UTF-8: U+0000 becomes C0 80, every surrogate (paired or
// not) becomes its own 3-byte sequence.
std::string encode_modified_utf8(std::u16string_view text);

// Standard UTF-8 from UTF-16: surrogate pairs become 4-byte sequences; an unpaired surrogate,
// which standard UTF-8 cannot carry, becomes '?' (as String.getBytes(UTF_8) does).
std::string utf16_to_utf8(std::u16string_view text);

// UTF-16 from standard UTF-8. Every byte that does not start or continue a valid sequence
// (including overlong forms, encoded surrogates and code points above U+10FFFF) becomes U+FFFD.
std::u16string utf8_to_utf16(std::string_view bytes);

}  // namespace islet::classfile
