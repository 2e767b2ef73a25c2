// Java-to-C calls of JNI native methods: JNI name mangling, symbol lookup across the libraries of
// the method's class loader, RegisterNatives binding, and the call itself (a direct call through
// a generic function-pointer shape for register-only signatures, libffi with a cached call
// interface for the rest; a local-handle frame per call; the C code runs in a SafeRegion).
#include <dlfcn.h>

#include <algorithm>
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
// double) in xmm0-xmm7 in order; the two sequences are independent. Arguments that find no
// register left in their class go to the stack, one 8-byte word each, in argument order. So a
// function receives exactly the same register and stack contents when called as
//   R f(uint64_t × 6, double × 8, uint64_t × kDirectStackWords)
// with its integer register arguments, in order, as the first six uint64_t's, its SSE register
// arguments, in order, as the doubles, and its stack arguments, in order, as the trailing
// words; surplus registers and stack words are ignored by the callee (the caller owns and pops
// the stack area). A float travels as the double (or word) whose low 32 bits are the float's
// bits (the callee reads only those); narrow integers are sign- or zero-extended to 64 bits, as
// the ABI's callers do. The result comes back in rax (integral: read as uint64_t and narrowed)
// or xmm0 (R = double; a float result is its low 32 bits). Shorter shapes (no stack words, no
// doubles) serve the common signatures. Longer signatures, and other ABIs, go through libffi.
#if defined(__x86_64__) && !defined(_WIN32)
constexpr size_t kIntegerRegisters = 6;
constexpr size_t kSseRegisters = 8;
constexpr size_t kDirectStackWords = 16;
#else
constexpr size_t kIntegerRegisters = 0;  // direct calls disabled: always libffi
constexpr size_t kSseRegisters = 0;
constexpr size_t kDirectStackWords = 0;
#endif

// Chooses the call path and assigns each argument its Java local and, for direct calls, its
// register or stack word. JNIEnv* and the receiver or class take the first two integer
// registers.
void plan_arguments(NativeLink* link, const std::vector<classfile::FieldType>& params) {
  size_t integers = 2;
  size_t sse = 0;
  size_t stack = 0;
  uint16_t local = link->is_static ? 0 : 1;
  for (const classfile::FieldType& p : params) {
    NativeArgument argument{p.type, ArgumentPlace::Stack, 0, local};
    size_t& registers = is_floating(p.type) ? sse : integers;
    size_t available = is_floating(p.type) ? kSseRegisters : kIntegerRegisters;
    if (registers < available) {
      argument.place = is_floating(p.type) ? ArgumentPlace::SseRegister : ArgumentPlace::IntegerRegister;
      argument.index = static_cast<uint8_t>(registers++);
    } else {
      argument.index = static_cast<uint8_t>(std::min<size_t>(stack++, 255));
    }
    link->arguments.push_back(argument);
    local = static_cast<uint16_t>(local + classfile::slot_size(p.type));
  }
  if (integers > kIntegerRegisters || stack > kDirectStackWords) {
    link->path = CallPath::Libffi;  // only possible where direct calls are disabled, or too long
  } else if (stack > 0) {
    link->path = CallPath::DirectStack;
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
  log_linking(thread, method, "Dynamic-linking native method ", " ... JNI");
  return &call_jni_native;
}

void log_linking(VMThread* thread, const Method* method, const char* what, const char* suffix) {
  if (!thread->isolate()->jni().options().verbose) return;
  // HotSpot's -verbose:jni lines, with islet's decorations (as -verbose:class).
  // Flushed at once: Java's System.out writes to the file descriptor directly.
  std::fflush(stdout);
  std::printf("[debug][jni,resolve] [%s%s.%s%s]\n", what, method->holder->external_name().c_str(),
              method->name.c_str(), suffix);
  std::fflush(stdout);
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
using Word = uint64_t;
using IntegersOnly = Word (*)(Word, Word, Word, Word, Word, Word);
using IntegersOnlyFloating = double (*)(Word, Word, Word, Word, Word, Word);
#define ISLET_SSE_PARAMETERS double, double, double, double, double, double, double, double
#define ISLET_STACK_PARAMETERS Word, Word, Word, Word, Word, Word, Word, Word, Word, Word, Word, Word, Word, Word, Word, Word
using Mixed = Word (*)(Word, Word, Word, Word, Word, Word, ISLET_SSE_PARAMETERS);
using MixedFloating = double (*)(Word, Word, Word, Word, Word, Word, ISLET_SSE_PARAMETERS);
using WithStack = Word (*)(Word, Word, Word, Word, Word, Word, ISLET_SSE_PARAMETERS, ISLET_STACK_PARAMETERS);
using WithStackFloating = double (*)(Word, Word, Word, Word, Word, Word, ISLET_SSE_PARAMETERS, ISLET_STACK_PARAMETERS);
#undef ISLET_SSE_PARAMETERS
#undef ISLET_STACK_PARAMETERS
static_assert(kDirectStackWords == 16, "WithStack has 16 stack words");

// The argument words of a direct call (see plan_arguments).
struct DirectArguments {
  Word integer[kIntegerRegisters];
  double sse[kSseRegisters];
  Word stack[kDirectStackWords];
};

// Java locals hold narrow ints sign-extended (boolean and char zero-extended) to 32 bits, so
// widening the int gives the extension the ABI expects.
Word integer_word(VMThread* thread, BasicType type, const Slot& slot) {
  if (is_reference(type)) return reinterpret_cast<Word>(local_ref(thread, slot.l));
  if (type == BasicType::Long) return static_cast<Word>(slot.j);
  return static_cast<Word>(static_cast<int64_t>(slot.i));
}

// A float's bits in the low half of a word, a double's bits as they are.
Word floating_word(BasicType type, const Slot& slot) {
  if (type == BasicType::Double) return std::bit_cast<Word>(slot.d);
  return static_cast<Word>(static_cast<uint32_t>(slot.i));
}

void fill_direct(VMThread* thread, const NativeLink& link, const Slot* args, DirectArguments* out) {
  for (const NativeArgument& argument : link.arguments) {
    const Slot& slot = args[argument.local];
    switch (argument.place) {
      case ArgumentPlace::IntegerRegister:
        out->integer[argument.index] = integer_word(thread, argument.type, slot);
        break;
      case ArgumentPlace::SseRegister:
        out->sse[argument.index] = std::bit_cast<double>(floating_word(argument.type, slot));
        break;
      case ArgumentPlace::Stack:
        out->stack[argument.index] = is_floating(argument.type) ? floating_word(argument.type, slot)
                                                                 : integer_word(thread, argument.type, slot);
        break;
    }
  }
}

// The most common shape, kept small enough to inline into call_jni_native.
inline void call_integers_only(VMThread* thread, const NativeLink& link, jobject self, const Slot* args,
                               ResultStorage* result) {
  Word r[kIntegerRegisters] = {reinterpret_cast<Word>(env_of(thread)), reinterpret_cast<Word>(self)};
  for (const NativeArgument& argument : link.arguments) {
    r[argument.index] = integer_word(thread, argument.type, args[argument.local]);
  }
  void* function = link.function;
  runtime::SafeRegion outside_vm(thread);
  if (link.returns_floating) {
    result->d = reinterpret_cast<IntegersOnlyFloating>(function)(r[0], r[1], r[2], r[3], r[4], r[5]);
  } else {
    result->raw = reinterpret_cast<IntegersOnly>(function)(r[0], r[1], r[2], r[3], r[4], r[5]);
  }
}

// The shapes with SSE registers or stack words.
[[gnu::noinline]] void call_direct(VMThread* thread, const NativeLink& link, jobject self, const Slot* args,
                                   ResultStorage* result) {
  DirectArguments a;
  a.integer[0] = reinterpret_cast<Word>(env_of(thread));
  a.integer[1] = reinterpret_cast<Word>(self);
  void* function = link.function;
  // Registers and words the callee does not read are still passed: give them a value.
  for (size_t i = 2; i < kIntegerRegisters; ++i) a.integer[i] = 0;
  for (double& x : a.sse) x = 0;
  if (link.path == CallPath::DirectStack) {
    for (Word& word : a.stack) word = 0;
  }
  fill_direct(thread, link, args, &a);
  runtime::SafeRegion outside_vm(thread);
  const Word* r = a.integer;
  const double* x = a.sse;
  if (link.path == CallPath::DirectMixed) {
    if (link.returns_floating) {
      result->d = reinterpret_cast<MixedFloating>(function)(r[0], r[1], r[2], r[3], r[4], r[5], x[0], x[1], x[2],
                                                            x[3], x[4], x[5], x[6], x[7]);
    } else {
      result->raw = reinterpret_cast<Mixed>(function)(r[0], r[1], r[2], r[3], r[4], r[5], x[0], x[1], x[2], x[3],
                                                      x[4], x[5], x[6], x[7]);
    }
    return;
  }
  const Word* s = a.stack;
  if (link.returns_floating) {
    result->d = reinterpret_cast<WithStackFloating>(function)(
        r[0], r[1], r[2], r[3], r[4], r[5], x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], s[0], s[1], s[2], s[3],
        s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11], s[12], s[13], s[14], s[15]);
  } else {
    result->raw = reinterpret_cast<WithStack>(function)(
        r[0], r[1], r[2], r[3], r[4], r[5], x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7], s[0], s[1], s[2], s[3],
        s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11], s[12], s[13], s[14], s[15]);
  }
}
#else
void call_integers_only(VMThread*, const NativeLink&, jobject, const Slot*, ResultStorage*) { std::abort(); }
void call_direct(VMThread*, const NativeLink&, jobject, const Slot*, ResultStorage*) { std::abort(); }
#endif

// A call through libffi: handles in `handles`, primitives read in place from the Java locals
// (little-endian: a narrow value is the low bytes of its slot).
[[gnu::noinline]] void call_libffi(VMThread* thread, const NativeLink& link, jobject self, Slot* args,
                                   ResultStorage* result) {
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
  switch (link.path) {
    case CallPath::DirectIntegers: call_integers_only(thread, link, self, args, &result); break;
    case CallPath::DirectMixed: case CallPath::DirectStack: call_direct(thread, link, self, args, &result); break;
    case CallPath::Libffi: call_libffi(thread, link, self, args, &result); break;
  }
  Slot value = result_slot(link.return_type, result);
  locals.leave_native(call_state);
  thread->jni().exception_check_owed_by = nullptr;  // -Xcheck:jni: owed checks end with the call
  return value;
}

}  // namespace islet::jni
