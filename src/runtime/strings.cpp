// java.lang.String objects made and read by the VM, and the isolate's intern table.
#include "runtime/strings.hpp"

#include <cstring>

#include "classfile/modified_utf8.hpp"
#include "runtime/allocation.hpp"
#include "runtime/isolate.hpp"
#include "runtime/safepoint.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::runtime {

namespace {

constexpr int8_t kLatin1 = 0;
constexpr int8_t kUtf16 = 1;

Object* make_string(VMThread* thread, const void* bytes, int32_t byte_count, int8_t coder) {
  Isolate* isolate = thread->isolate();
  ArrayObject* value = new_primitive_array(thread, BasicType::Byte, byte_count);
  if (value == nullptr) return nullptr;
  std::memcpy(value->data<uint8_t>(), bytes, static_cast<size_t>(byte_count));
  Object* string = new_instance(thread, isolate->well_known(WellKnown::String));
  if (string == nullptr) return nullptr;
  const WellKnownOffsets& o = isolate->offsets();
  string->field_at<Object*>(o.string_value) = value;
  string->field_at<int8_t>(o.string_coder) = coder;
  return string;
}

}  // namespace

Object* new_string(VMThread* thread, std::u16string_view chars) {
  bool latin1 = true;
  for (char16_t c : chars) {
    if (c > 0xFF) {
      latin1 = false;
      break;
    }
  }
  if (latin1) {
    std::string bytes(chars.size(), '\0');
    for (size_t i = 0; i < chars.size(); ++i) bytes[i] = static_cast<char>(chars[i]);
    return make_string(thread, bytes.data(), static_cast<int32_t>(bytes.size()), kLatin1);
  }
  std::string bytes(chars.size() * 2, '\0');
  for (size_t i = 0; i < chars.size(); ++i) {
    bytes[2 * i] = static_cast<char>(chars[i] & 0xFF);
    bytes[2 * i + 1] = static_cast<char>(chars[i] >> 8);
  }
  return make_string(thread, bytes.data(), static_cast<int32_t>(bytes.size()), kUtf16);
}

Object* new_string_from_modified_utf8(VMThread* thread, std::string_view bytes) {
  return new_string(thread, classfile::decode_modified_utf8(bytes));
}

Object* new_string_from_utf8(VMThread* thread, std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return make_string(thread, utf8.data(), static_cast<int32_t>(utf8.size()), kLatin1);
  return new_string(thread, classfile::utf8_to_utf16(utf8));
}

Object* new_string_from_latin1(VMThread* thread, std::string_view latin1) {
  return make_string(thread, latin1.data(), static_cast<int32_t>(latin1.size()), kLatin1);
}

std::u16string string_to_utf16(VMThread* thread, Object* string) {
  const WellKnownOffsets& o = thread->isolate()->offsets();
  auto* value = string->field_at<ArrayObject*>(o.string_value);
  int8_t coder = string->field_at<int8_t>(o.string_coder);
  const uint8_t* bytes = value->data<uint8_t>();
  std::u16string result;
  if (coder == kLatin1) {
    result.resize(static_cast<size_t>(value->length));
    for (int32_t i = 0; i < value->length; ++i) result[static_cast<size_t>(i)] = bytes[i];
  } else {
    result.resize(static_cast<size_t>(value->length / 2));
    for (size_t i = 0; i < result.size(); ++i) {
      result[i] = static_cast<char16_t>(bytes[2 * i] | (bytes[2 * i + 1] << 8));
    }
  }
  return result;
}

std::string string_to_utf8(VMThread* thread, Object* string) {
  return classfile::utf16_to_utf8(string_to_utf16(thread, string));
}

int32_t string_length(VMThread* thread, Object* string) {
  const WellKnownOffsets& o = thread->isolate()->offsets();
  auto* value = string->field_at<ArrayObject*>(o.string_value);
  return string->field_at<int8_t>(o.string_coder) == kLatin1 ? value->length : value->length / 2;
}

Object* StringTable::intern(VMThread* thread, std::u16string_view chars) {
  SafeLockGuard<std::mutex> guard(thread, mutex_);  // held while the new string is allocated
  auto it = table_.find(std::u16string(chars));
  if (it != table_.end()) return it->second;
  Object* s = new_string(thread, chars);
  if (s == nullptr) return nullptr;
  table_.emplace(std::u16string(chars), s);
  return s;
}

Object* StringTable::intern(VMThread* thread, Object* string) {
  std::u16string chars = string_to_utf16(thread, string);
  SafeLockGuard<std::mutex> guard(thread, mutex_);
  auto [it, inserted] = table_.emplace(std::move(chars), string);
  return it->second;
}

}  // namespace islet::runtime
