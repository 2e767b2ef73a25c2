// Java-to-C calls of JNI native methods: JNI name mangling, symbol lookup across the libraries of
// the method's class loader, RegisterNatives binding, and the call itself (libffi, one cached
// call interface per method; a local-handle frame per call; the C code runs in a SafeRegion).
#include <dlfcn.h>

#include <cstdio>

#include "classfile/descriptor.hpp"
#include "classfile/modified_utf8.hpp"
#include "interp/frame.hpp"
#include "jni/native_link.hpp"
#include "runtime/exceptions.hpp"
#include "runtime/isolate.hpp"
#include "runtime/safepoint.hpp"

namespace islet::jni {

using classfile::BasicType;
using runtime::Slot;
using runtime::WellKnown;

// --- Names -----------------------------------------------------------------------------------

std::string mangle(std::string_view modified_utf8, bool is_descriptor) {
  std::u16string chars = classfile::decode_modified_utf8(modified_utf8);
  std::string out;
  out.reserve(chars.size() + 8);
  for (char16_t c : chars) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      out.push_back(static_cast<char>(c));
    } else if (c == '/') {
      out.push_back('_');
    } else if (c == '_') {
      out.append("_1");
    } else if (c == ';' && is_descriptor) {
      out.append("_2");
    } else if (c == '[' && is_descriptor) {
      out.append("_3");
    } else {
      char escape[8];
      std::snprintf(escape, sizeof escape, "_0%04x", static_cast<unsigned>(c));
      out.append(escape);
    }
  }
  return out;
}

std::string short_native_name(const Method* method) {
  return "Java_" + mangle(method->holder->name, false) + "_" + mangle(method->name, false);
}

std::string long_native_name(const Method* method) {
  std::string_view descriptor = method->descriptor;
  std::string_view parameters = descriptor.substr(1, descriptor.find(')') - 1);
  return short_native_name(method) + "__" + mangle(parameters, true);
}

// --- Linking ---------------------------------------------------------------------------------

namespace {

ffi_type* ffi_type_of(BasicType type) {
  switch (type) {
    case BasicType::Boolean: return &ffi_type_uint8;
    case BasicType::Byte: return &ffi_type_sint8;
    case BasicType::Char: return &ffi_type_uint16;
    case BasicType::Short: return &ffi_type_sint16;
    case BasicType::Int: return &ffi_type_sint32;
    case BasicType::Long: return &ffi_type_sint64;
    case BasicType::Float: return &ffi_type_float;
    case BasicType::Double: return &ffi_type_double;
    case BasicType::Void: return &ffi_type_void;
    default: return &ffi_type_pointer;
  }
}

// A link for calling `function` as `method`; null if libffi rejects the signature.
NativeLink* make_link(VMThread* thread, Method* method, void* function) {
  auto link = std::make_unique<NativeLink>();
  link->function = function;
  link->is_static = method->is_static();
  auto descriptor = classfile::parse_method_descriptor(method->descriptor);
  if (!descriptor) return nullptr;
  link->ffi_arguments.push_back(&ffi_type_pointer);  // JNIEnv*
  link->ffi_arguments.push_back(&ffi_type_pointer);  // jobject this or jclass
  for (const classfile::FieldType& p : descriptor->params) {
    link->parameters.push_back(p.type);
    link->ffi_arguments.push_back(ffi_type_of(p.type));
  }
  link->return_type = descriptor->ret.type;
  if (ffi_prep_cif(&link->cif, FFI_DEFAULT_ABI, static_cast<unsigned>(link->ffi_arguments.size()),
                   ffi_type_of(link->return_type), link->ffi_arguments.data()) != FFI_OK) {
    return nullptr;
  }
  return thread->isolate()->jni().adopt(std::move(link));
}

// The first library of `method`'s loader that defines `symbol`, in load order.
void* find_in_libraries(VMThread* thread, Method* method, const std::string& symbol) {
  IsolateState& state = thread->isolate()->jni();
  std::lock_guard<std::mutex> guard(state.libraries_mutex());
  for (const NativeLibrary& library : state.libraries()) {
    if (library.loader != method->holder->loader) continue;
    if (void* address = dlsym(library.handle, symbol.c_str())) return address;
  }
  return nullptr;
}

void throw_unsatisfied_link(VMThread* thread, Method* method) {
  // HotSpot names only the method: "'int Foo.bar(int)'".
  runtime::throw_new(thread, WellKnown::UnsatisfiedLinkError,
                     classfile::method_signature_for_messages(method->holder->name, method->name,
                                                              method->descriptor));
}

}  // namespace

runtime::NativeFunction link_native(VMThread* thread, Method* method) {
  void* function = find_in_libraries(thread, method, short_native_name(method));
  if (function == nullptr) function = find_in_libraries(thread, method, long_native_name(method));
  if (function == nullptr) {
    throw_unsatisfied_link(thread, method);
    return nullptr;
  }
  bind_function(thread, method, function);
  return &call_jni_native;
}

void bind_function(VMThread* thread, Method* method, void* function) {
  NativeLink* link = make_link(thread, method, function);
  method->jni_link.store(link, std::memory_order_release);
  method->native.store(&call_jni_native, std::memory_order_release);
}

void unbind(Method* method) {
  method->native.store(nullptr, std::memory_order_release);
  method->jni_link.store(nullptr, std::memory_order_release);
}

// --- Calling ---------------------------------------------------------------------------------

namespace {

// Reads the result libffi stored for a return type, widened to a Slot.
Slot result_slot(VMThread* thread, BasicType type, const void* storage) {
  switch (type) {
    case BasicType::Void: return Slot::zero();
    // JNI normalises jboolean results: any non-zero byte is true.
    case BasicType::Boolean: return Slot::of_int(*static_cast<const uint8_t*>(storage) != 0);
    case BasicType::Byte: return Slot::of_int(static_cast<int8_t>(*static_cast<const ffi_arg*>(storage)));
    case BasicType::Char: return Slot::of_int(static_cast<uint16_t>(*static_cast<const ffi_arg*>(storage)));
    case BasicType::Short: return Slot::of_int(static_cast<int16_t>(*static_cast<const ffi_arg*>(storage)));
    case BasicType::Int: return Slot::of_int(static_cast<int32_t>(*static_cast<const ffi_arg*>(storage)));
    case BasicType::Long: return Slot::of_long(*static_cast<const int64_t*>(storage));
    case BasicType::Float: return Slot::of_float(*static_cast<const float*>(storage));
    case BasicType::Double: return Slot::of_double(*static_cast<const double*>(storage));
    default: return Slot::of_ref(resolve(*static_cast<jobject const*>(storage)));
  }
}

}  // namespace

Slot call_jni_native(VMThread* thread, Slot* args) {
  Method* method = thread->top_frame()->method;  // call_native pushed the native's frame
  NativeLink* link = method->jni_link.load(std::memory_order_acquire);
  LocalHandles& locals = thread->jni().locals;
  LocalHandles::NativeCallState call_state = locals.enter_native();

  // Arguments: the handles live in `handles`, primitives are read in place from the Java locals
  // (little-endian: a narrow value is the low bytes of its slot).
  size_t count = link->ffi_arguments.size();
  void* values_inline[16];
  jobject handles_inline[16];
  std::unique_ptr<void*[]> values_heap;
  std::unique_ptr<jobject[]> handles_heap;
  void** values = values_inline;
  jobject* handles = handles_inline;
  if (count > 16) {
    values_heap = std::make_unique<void*[]>(count);
    handles_heap = std::make_unique<jobject[]>(count);
    values = values_heap.get();
    handles = handles_heap.get();
  }
  JNIEnv* env = env_of(thread);
  values[0] = &env;
  size_t local = 0;
  if (link->is_static) {
    handles[1] = local_ref(thread, method->holder->mirror);
  } else {
    handles[1] = local_ref(thread, args[local++].l);
  }
  values[1] = &handles[1];
  for (size_t i = 0; i < link->parameters.size(); ++i) {
    BasicType type = link->parameters[i];
    Slot* slot = &args[local];
    local += classfile::slot_size(type);
    if (type == BasicType::Object || type == BasicType::Array) {
      handles[i + 2] = local_ref(thread, slot->l);
      values[i + 2] = &handles[i + 2];
    } else {
      values[i + 2] = slot;
    }
  }

  union {
    ffi_arg integer;
    int64_t j;
    float f;
    double d;
    void* pointer;
  } result;
  result.j = 0;
  {
    runtime::SafeRegion outside_vm(thread);
    ffi_call(&link->cif, FFI_FN(link->function), &result, values);
  }
  Slot value = result_slot(thread, link->return_type, &result);
  locals.leave_native(call_state);
  return value;
}

}  // namespace islet::jni
