// Java-to-C calls of JNI native methods: JNI name mangling, symbol lookup across the libraries of
// the method's class loader, RegisterNatives binding, and the call itself (a direct call through
// a generic function-pointer shape for register-only signatures, libffi with a cached call
// interface for the rest; a local-handle frame per call; the C code runs in a SafeRegion).
#include <dlfcn.h>

#include <bit>
#include <cstdio>
#include <cstdlib>

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

bool is_floating(BasicType type) { return type == BasicType::Float || type == BasicType::Double; }

// Direct calls (x86-64 System V). Arguments of class INTEGER (every integral type, pointers,
// JNI handles) travel in rdi, rsi, rdx, rcx, r8, r9 in order; arguments of class SSE (float,
// double) in xmm0-xmm7 in order; the two sequences are independent. So a function whose
// arguments fit in those registers receives exactly the same register contents when called as
//   R f(uint64_t × 6, double × 8)
// with its integer arguments, in order, as the first uint64_t's and its floating-point
// arguments, in order, as the doubles; surplus registers are ignored by the callee. A float is
// passed as the double whose low 32 bits are the float's bits (the callee reads only those);
// narrow integers are passed sign- or zero-extended to 64 bits, as the ABI's callers do. The
// result comes back in rax (integral: read as uint64_t and narrowed) or xmm0 (R = double; a
// float result is its low 32 bits). Signatures with more arguments than registers, and other
// ABIs, go through libffi.
#if defined(__x86_64__) && !defined(_WIN32)
constexpr size_t kIntegerRegisters = 6;
constexpr size_t kSseRegisters = 8;
#else
constexpr size_t kIntegerRegisters = 0;  // direct calls disabled: always libffi
constexpr size_t kSseRegisters = 0;
#endif

// Chooses the call path and assigns each argument its Java local and, for direct calls, its
// register. JNIEnv* and the receiver or class take the first two integer registers.
void plan_arguments(NativeLink* link, const std::vector<classfile::FieldType>& params) {
  size_t integers = 2;
  size_t sse = 0;
  uint16_t local = link->is_static ? 0 : 1;
  for (const classfile::FieldType& p : params) {
    size_t& counter = is_floating(p.type) ? sse : integers;
    link->arguments.push_back({p.type, static_cast<uint8_t>(counter), local});
    ++counter;
    local = static_cast<uint16_t>(local + classfile::slot_size(p.type));
  }
  if (integers > kIntegerRegisters || sse > kSseRegisters) {
    link->path = CallPath::Libffi;
  } else {
    link->path = sse == 0 ? CallPath::DirectIntegers : CallPath::DirectMixed;
  }
}

// A link for calling `function` as `method`; null if libffi rejects the signature.
NativeLink* make_link(VMThread* thread, Method* method, void* function) {
  auto link = std::make_unique<NativeLink>();
  link->function = function;
  link->is_static = method->is_static();
  auto descriptor = classfile::parse_method_descriptor(method->descriptor);
  if (!descriptor) return nullptr;
  link->return_type = descriptor->ret.type;
  link->returns_floating = is_floating(link->return_type);
  plan_arguments(link.get(), descriptor->params);
  link->ffi_arguments.push_back(&ffi_type_pointer);  // JNIEnv*
  link->ffi_arguments.push_back(&ffi_type_pointer);  // jobject this or jclass
  for (const classfile::FieldType& p : descriptor->params) link->ffi_arguments.push_back(ffi_type_of(p.type));
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

// Where a call's result lands: libffi widens integral results to ffi_arg; a direct call stores
// rax in `integer` or xmm0 in `d` (a float result is then the low half, `f`, on little-endian).
union ResultStorage {
  ffi_arg integer;
  uint64_t raw;
  int64_t j;
  float f;
  double d;
  void* pointer;
};
static_assert(sizeof(ffi_arg) == sizeof(uint64_t));

// Reads a result, widened to a Slot.
Slot result_slot(BasicType type, const ResultStorage& result) {
  switch (type) {
    case BasicType::Void: return Slot::zero();
    // JNI normalises jboolean results: any non-zero byte is true.
    case BasicType::Boolean: return Slot::of_int(static_cast<uint8_t>(result.integer) != 0);
    case BasicType::Byte: return Slot::of_int(static_cast<int8_t>(result.integer));
    case BasicType::Char: return Slot::of_int(static_cast<uint16_t>(result.integer));
    case BasicType::Short: return Slot::of_int(static_cast<int16_t>(result.integer));
    case BasicType::Int: return Slot::of_int(static_cast<int32_t>(result.integer));
    case BasicType::Long: return Slot::of_long(result.j);
    case BasicType::Float: return Slot::of_float(result.f);
    case BasicType::Double: return Slot::of_double(result.d);
    default: return Slot::of_ref(resolve(static_cast<jobject>(result.pointer)));
  }
}

bool is_reference(BasicType type) { return type == BasicType::Object || type == BasicType::Array; }

#if defined(__x86_64__) && !defined(_WIN32)
using Integer = uint64_t;
using IntegersOnly = Integer (*)(Integer, Integer, Integer, Integer, Integer, Integer);
using IntegersOnlyFloating = double (*)(Integer, Integer, Integer, Integer, Integer, Integer);
using Mixed = Integer (*)(Integer, Integer, Integer, Integer, Integer, Integer, double, double, double, double,
                          double, double, double, double);
using MixedFloating = double (*)(Integer, Integer, Integer, Integer, Integer, Integer, double, double, double,
                                 double, double, double, double, double);

// A direct call (see plan_arguments). Java locals hold narrow ints sign-extended (boolean and
// char zero-extended) to 32 bits, so widening the int gives the extension the ABI expects.
void call_direct(VMThread* thread, const NativeLink& link, jobject self, const Slot* args, ResultStorage* result) {
  Integer integer[kIntegerRegisters] = {reinterpret_cast<Integer>(env_of(thread)), reinterpret_cast<Integer>(self)};
  for (const NativeArgument& argument : link.arguments) {
    if (is_floating(argument.type)) continue;
    const Slot& slot = args[argument.local];
    Integer value;
    if (is_reference(argument.type)) {
      value = reinterpret_cast<Integer>(local_ref(thread, slot.l));
    } else if (argument.type == BasicType::Long) {
      value = static_cast<Integer>(slot.j);
    } else {
      value = static_cast<Integer>(static_cast<int64_t>(slot.i));
    }
    integer[argument.register_index] = value;
  }
  void* function = link.function;
  if (link.path == CallPath::DirectIntegers) {
    runtime::SafeRegion outside_vm(thread);
    if (link.returns_floating) {
      result->d = reinterpret_cast<IntegersOnlyFloating>(function)(integer[0], integer[1], integer[2], integer[3],
                                                                   integer[4], integer[5]);
    } else {
      result->raw = reinterpret_cast<IntegersOnly>(function)(integer[0], integer[1], integer[2], integer[3],
                                                             integer[4], integer[5]);
    }
    return;
  }
  double sse[kSseRegisters] = {};
  for (const NativeArgument& argument : link.arguments) {
    if (argument.type == BasicType::Double) {
      sse[argument.register_index] = args[argument.local].d;
    } else if (argument.type == BasicType::Float) {
      sse[argument.register_index] = std::bit_cast<double>(static_cast<uint64_t>(static_cast<uint32_t>(args[argument.local].i)));
    }
  }
  runtime::SafeRegion outside_vm(thread);
  if (link.returns_floating) {
    result->d = reinterpret_cast<MixedFloating>(function)(integer[0], integer[1], integer[2], integer[3], integer[4],
                                                          integer[5], sse[0], sse[1], sse[2], sse[3], sse[4], sse[5],
                                                          sse[6], sse[7]);
  } else {
    result->raw = reinterpret_cast<Mixed>(function)(integer[0], integer[1], integer[2], integer[3], integer[4],
                                                    integer[5], sse[0], sse[1], sse[2], sse[3], sse[4], sse[5],
                                                    sse[6], sse[7]);
  }
}
#else
void call_direct(VMThread*, const NativeLink&, jobject, const Slot*, ResultStorage*) { std::abort(); }
#endif

// A call through libffi: handles in `handles`, primitives read in place from the Java locals
// (little-endian: a narrow value is the low bytes of its slot).
void call_libffi(VMThread* thread, const NativeLink& link, jobject self, Slot* args, ResultStorage* result) {
  size_t count = link.ffi_arguments.size();
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
  handles[1] = self;
  values[1] = &handles[1];
  for (size_t i = 0; i < link.arguments.size(); ++i) {
    const NativeArgument& argument = link.arguments[i];
    Slot* slot = &args[argument.local];
    if (is_reference(argument.type)) {
      handles[i + 2] = local_ref(thread, slot->l);
      values[i + 2] = &handles[i + 2];
    } else {
      values[i + 2] = slot;
    }
  }
  runtime::SafeRegion outside_vm(thread);
  ffi_call(const_cast<ffi_cif*>(&link.cif), FFI_FN(link.function), result, values);
}

}  // namespace

Slot call_jni_native(VMThread* thread, Slot* args) {
  Method* method = thread->top_frame()->method;  // call_native pushed the native's frame
  const NativeLink& link = *method->jni_link.load(std::memory_order_acquire);
  LocalHandles& locals = thread->jni().locals;
  LocalHandles::NativeCallState call_state = locals.enter_native();
  jobject self = local_ref(thread, link.is_static ? method->holder->mirror : args[0].l);
  ResultStorage result;
  result.raw = 0;
  if (link.path == CallPath::Libffi) {
    call_libffi(thread, link, self, args, &result);
  } else {
    call_direct(thread, link, self, args, &result);
  }
  Slot value = result_slot(link.return_type, result);
  locals.leave_native(call_state);
  return value;
}

}  // namespace islet::jni
