// JNI string functions: NewString/NewStringUTF, lengths, Get/Release(String|StringUTF)Chars,
// Get(String|StringUTF)Region and Get/ReleaseStringCritical, with JNI's modified UTF-8 (U+0000
// as C0 80, supplementary characters as two 3-byte surrogates).
#include <cstdlib>
#include <cstring>
#include <string>

#include "classfile/modified_utf8.hpp"
#include "jni/function_support.hpp"
#include "runtime/strings.hpp"

namespace islet::jni {

// HotSpot's decoder: the string has one char per byte that is not a continuation byte
// (10xxxxxx), and those chars are decoded in order from valid 1-, 2- and 3-byte sequences, any
// other byte standing for itself. Standard 4-byte UTF-8 therefore becomes a single char.
Object* new_string_from_jni_utf(VMThread* thread, const char* utf) {
  const auto* p = reinterpret_cast<const uint8_t*>(utf);
  // The common case, ASCII, is already a LATIN1 string's bytes.
  size_t bytes = 0;
  uint8_t high_bits = 0;
  for (; p[bytes] != 0; ++bytes) high_bits |= p[bytes];
  if (high_bits < 0x80) return runtime::new_string_from_latin1(thread, std::string_view(utf, bytes));
  size_t count = 0;
  for (const uint8_t* q = p; *q != 0; ++q) count += (*q & 0xC0) != 0x80;
  std::u16string chars;
  chars.reserve(count);
  while (chars.size() < count) {
    uint8_t lead = p[0];
    if (lead < 0x80) {
      chars.push_back(lead);
      p += 1;
    } else if ((lead >> 5) == 0x6 && (p[1] & 0xC0) == 0x80) {
      chars.push_back(static_cast<char16_t>(((lead & 0x1F) << 6) | (p[1] & 0x3F)));
      p += 2;
    } else if ((lead >> 4) == 0xE && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
      chars.push_back(static_cast<char16_t>(((lead & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F)));
      p += 3;
    } else {
      chars.push_back(lead);
      p += 1;
    }
  }
  return runtime::new_string(thread, chars);
}

namespace {

// The chars of a java.lang.String (LATIN1 or little-endian UTF-16 storage).
class StringChars {
 public:
  StringChars(VMThread* thread, Object* string) {
    const runtime::WellKnownOffsets& o = thread->isolate()->offsets();
    value_ = runtime::as_array(string->field_at<Object*>(o.string_value));
    latin1_ = string->field_at<int8_t>(o.string_coder) == 0;
  }
  int32_t length() const { return latin1_ ? value_->length : value_->length / 2; }
  jchar at(int32_t i) const {
    const uint8_t* bytes = value_->data<uint8_t>();
    return latin1_ ? bytes[i] : static_cast<jchar>(bytes[2 * i] | (bytes[2 * i + 1] << 8));
  }
  void copy(int32_t start, int32_t count, jchar* out) const {
    if (!latin1_) {
      std::memcpy(out, value_->data<uint8_t>() + 2 * start, 2 * static_cast<size_t>(count));
      return;
    }
    for (int32_t i = 0; i < count; ++i) out[i] = at(start + i);
  }
  bool latin1() const { return latin1_; }
  runtime::ArrayObject* value() const { return value_; }

 private:
  runtime::ArrayObject* value_;
  bool latin1_;
};

size_t utf_length(jchar c) { return c >= 0x01 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3; }

// Writes one char as modified UTF-8; returns the bytes written.
size_t encode(jchar c, char* out) {
  if (c >= 0x01 && c <= 0x7F) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c <= 0x7FF) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  out[0] = static_cast<char>(0xE0 | (c >> 12));
  out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[2] = static_cast<char>(0x80 | (c & 0x3F));
  return 3;
}

// True if chars [start, start + count) of a LATIN1 string are all in 1..0x7F, which modified
// UTF-8 encodes as themselves.
bool is_plain_ascii(const StringChars& chars, int32_t start, int32_t count) {
  if (!chars.latin1()) return false;
  const uint8_t* bytes = chars.value()->data<uint8_t>() + start;
  for (int32_t i = 0; i < count; ++i) {
    if (bytes[i] == 0 || bytes[i] >= 0x80) return false;
  }
  return true;
}

size_t utf_length(const StringChars& chars, int32_t start, int32_t count) {
  if (is_plain_ascii(chars, start, count)) return static_cast<size_t>(count);
  size_t length = 0;
  for (int32_t i = start; i < start + count; ++i) length += utf_length(chars.at(i));
  return length;
}

// Encodes chars [start, start + count) and a terminating NUL into `out`.
void encode_region(const StringChars& chars, int32_t start, int32_t count, char* out) {
  if (is_plain_ascii(chars, start, count)) {
    std::memcpy(out, chars.value()->data<uint8_t>() + start, static_cast<size_t>(count));
    out[count] = '\0';
    return;
  }
  for (int32_t i = start; i < start + count; ++i) out += encode(chars.at(i), out);
  *out = '\0';
}

bool region_in_bounds(int32_t start, int32_t count, int32_t length) {
  return start >= 0 && count >= 0 && start <= length - count;
}

jstring JNICALL NewString(JNIEnv* env, const jchar* unicode, jsize len) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  std::u16string_view chars(reinterpret_cast<const char16_t*>(unicode), len > 0 ? static_cast<size_t>(len) : 0);
  return local_ref<jstring>(thread, runtime::new_string(thread, chars));
}

jstring JNICALL NewStringUTF(JNIEnv* env, const char* utf) {
  if (utf == nullptr) return nullptr;
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  return local_ref<jstring>(thread, new_string_from_jni_utf(thread, utf));
}

jsize JNICALL GetStringLength(JNIEnv* env, jstring str) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* string = resolve(str);
  return string == nullptr ? 0 : StringChars(thread, string).length();
}

jsize JNICALL GetStringUTFLength(JNIEnv* env, jstring str) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* string = resolve(str);
  if (string == nullptr) return 0;
  StringChars chars(thread, string);
  return static_cast<jsize>(utf_length(chars, 0, chars.length()));
}

// Copies are malloc'ed and freed by the matching Release function, as in HotSpot.
const jchar* JNICALL GetStringChars(JNIEnv* env, jstring str, jboolean* isCopy) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* string = resolve(str);
  if (string == nullptr) return nullptr;
  StringChars chars(thread, string);
  auto* copy = static_cast<jchar*>(std::malloc((static_cast<size_t>(chars.length()) + 1) * sizeof(jchar)));
  if (copy == nullptr) {
    runtime::throw_new(thread, WellKnown::OutOfMemoryError, "");
    return nullptr;
  }
  chars.copy(0, chars.length(), copy);
  copy[chars.length()] = 0;
  if (isCopy != nullptr) *isCopy = JNI_TRUE;
  return copy;
}

void JNICALL ReleaseStringChars(JNIEnv* env, jstring str, const jchar* chars) {
  std::free(const_cast<jchar*>(chars));
}

const char* JNICALL GetStringUTFChars(JNIEnv* env, jstring str, jboolean* isCopy) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* string = resolve(str);
  if (string == nullptr) return nullptr;
  StringChars chars(thread, string);
  size_t length = utf_length(chars, 0, chars.length());
  auto* utf = static_cast<char*>(std::malloc(length + 1));
  if (utf == nullptr) {
    runtime::throw_new(thread, WellKnown::OutOfMemoryError, "");
    return nullptr;
  }
  encode_region(chars, 0, chars.length(), utf);
  if (isCopy != nullptr) *isCopy = JNI_TRUE;
  return utf;
}

void JNICALL ReleaseStringUTFChars(JNIEnv* env, jstring str, const char* chars) {
  std::free(const_cast<char*>(chars));
}

void JNICALL GetStringRegion(JNIEnv* env, jstring str, jsize start, jsize len, jchar* buf) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* string = resolve(str);
  if (string == nullptr) return;
  StringChars chars(thread, string);
  if (!region_in_bounds(start, len, chars.length())) {
    throw_jni_no_message(thread, "java/lang/StringIndexOutOfBoundsException");
    return;
  }
  chars.copy(start, len, buf);
}

void JNICALL GetStringUTFRegion(JNIEnv* env, jstring str, jsize start, jsize len, char* buf) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* string = resolve(str);
  if (string == nullptr) return;
  StringChars chars(thread, string);
  if (!region_in_bounds(start, len, chars.length())) {
    throw_jni_no_message(thread, "java/lang/StringIndexOutOfBoundsException");
    return;
  }
  // Like HotSpot, the buffer is NUL-terminated even for an empty region.
  if (buf != nullptr) encode_region(chars, start, len, buf);
}

// UTF-16 strings hand out their own storage (the value array is pinned until released);
// LATIN1 ones need a widened copy.
const jchar* JNICALL GetStringCritical(JNIEnv* env, jstring string, jboolean* isCopy) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* object = resolve(string);
  if (object == nullptr) return nullptr;
  StringChars chars(thread, object);
  if (!chars.latin1()) {
    thread->jni().locals.pin(chars.value());
    if (isCopy != nullptr) *isCopy = JNI_FALSE;
    return chars.value()->data<jchar>();
  }
  auto* copy = static_cast<jchar*>(std::malloc((static_cast<size_t>(chars.length()) + 1) * sizeof(jchar)));
  if (copy == nullptr) {
    runtime::throw_new(thread, WellKnown::OutOfMemoryError, "");
    return nullptr;
  }
  chars.copy(0, chars.length(), copy);
  copy[chars.length()] = 0;
  if (isCopy != nullptr) *isCopy = JNI_TRUE;
  return copy;
}

void JNICALL ReleaseStringCritical(JNIEnv* env, jstring string, const jchar* cstring) {
  VMThread* thread = thread_of(env);
  ThreadInVM in_vm(thread);
  Object* object = resolve(string);
  if (object != nullptr) {
    StringChars chars(thread, object);
    if (!chars.latin1() && cstring == chars.value()->data<jchar>()) {
      thread->jni().locals.unpin(chars.value());
      return;
    }
  }
  std::free(const_cast<jchar*>(cstring));
}

}  // namespace

void fill_string_functions(JNINativeInterface_& t) {
  t.NewString = NewString;
  t.GetStringLength = GetStringLength;
  t.GetStringChars = GetStringChars;
  t.ReleaseStringChars = ReleaseStringChars;
  t.NewStringUTF = NewStringUTF;
  t.GetStringUTFLength = GetStringUTFLength;
  t.GetStringUTFChars = GetStringUTFChars;
  t.ReleaseStringUTFChars = ReleaseStringUTFChars;
  t.GetStringRegion = GetStringRegion;
  t.GetStringUTFRegion = GetStringUTFRegion;
  t.GetStringCritical = GetStringCritical;
  t.ReleaseStringCritical = ReleaseStringCritical;
}

}  // namespace islet::jni
