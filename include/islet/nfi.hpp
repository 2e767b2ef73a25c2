// islet::nfi: the Truffle Native Function Interface as a standalone C++ library. Load native
// libraries, bind their symbols to signatures written in the NFI language, call them typed or
// dynamically, and hand C++ callables to C code that expects function pointers.
//
// Design. Everything starts from a signature string in the NFI language, e.g.
// "(SINT32, [DOUBLE], (STRING):VOID):UINT64", parsed once into an immutable Signature that owns
// a prepared libffi call interface. Binding a symbol to a signature gives a Function. A Function
// can be called three ways, from fastest to most flexible:
//   1. lib.bind<int(int, int)>("add", "(SINT32,SINT32):SINT32") checks once that the C++ type
//      has the same C ABI as the signature and then calls through a plain C function pointer.
//      Where it does not (variadics, STRING from std::string, callbacks), it falls back to 2.
//   2. fn.call<R>(args...) converts C++ arguments straight into libffi's argument slots, with
//      the NFI's range checks, and calls ffi_call: no boxing, no allocation.
//   3. fn.execute({Value...}) takes dynamically typed Values, the form the VM's polyglot API
//      uses; it also allocates nothing for numbers, pointers and strings.
// Values are small (16 bytes) and reference-counted; a C++ callable becomes a Value and, where a
// function-pointer type is expected, a libffi closure. Errors are islet::nfi::Error exceptions;
// an exception thrown by a callback travels through native frames as a pending error and is
// rethrown when the outermost native call returns (never unwinding through C code).
//
// Threads. Signatures, Libraries and Functions are immutable and may be shared across threads.
// Callbacks may be invoked on any thread, including threads the NFI has never seen.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <functional>
#include <initializer_list>
#include <limits>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

#include "trufflenfi.h"

namespace islet::nfi {

// The NFI's simple type names, declared once: X(enumerator, name in the NFI language).
// clang-format off
#define ISLET_NFI_SIMPLE_TYPES(X) \
  X(Void, "VOID")                 \
  X(SInt8, "SINT8")               \
  X(UInt8, "UINT8")               \
  X(SInt16, "SINT16")             \
  X(UInt16, "UINT16")             \
  X(SInt32, "SINT32")             \
  X(UInt32, "UINT32")             \
  X(SInt64, "SINT64")             \
  X(UInt64, "UINT64")             \
  X(Float, "FLOAT")               \
  X(Double, "DOUBLE")             \
  X(FP80, "FP80")                 \
  X(Pointer, "POINTER")           \
  X(String, "STRING")             \
  X(Object, "OBJECT")             \
  X(Env, "ENV")

// Every NFI type: the simple ones, then arrays [T], function pointers (args):ret and structs.
// The order of the simple kinds matters: integer, number and "plain" ranges are tested by
// comparing enumerators.
enum class TypeKind : uint8_t {
#define ISLET_NFI_ENUMERATOR(kind, name) kind,
  ISLET_NFI_SIMPLE_TYPES(ISLET_NFI_ENUMERATOR)
#undef ISLET_NFI_ENUMERATOR
  Array,
  Function,
  Struct,
};
// clang-format on

// "SINT32", "[...]", "(...):...", "STRUCT(...)": the NFI-language spelling of a kind.
std::string_view type_kind_name(TypeKind kind);

// Library load flags of the `load (FLAG | ...) "file"` form; values are dlopen's.
enum LoadFlag : int {
  kLazy = 0x00001,    // RTLD_LAZY
  kNow = 0x00002,     // RTLD_NOW (the default when neither LAZY nor NOW is given)
  kGlobal = 0x00100,  // RTLD_GLOBAL
  kLocal = 0,         // RTLD_LOCAL
};

// Every failure of the NFI: bad source text, missing libraries and symbols, bad arguments.
class Error : public std::runtime_error {
 public:
  enum class Kind {
    Syntax,        // malformed NFI source; column() says where
    Signature,     // well-formed but invalid signature (e.g. VOID argument, ENV return)
    Backend,       // `with <backend>` names a backend that is not available
    Library,       // dlopen failed; the message carries dlerror()'s text
    Symbol,        // dlsym failed; the message names symbol and library
    Arity,         // wrong number of arguments
    ArgumentType,  // an argument does not convert to its NFI type
    ReturnType,    // a result does not convert to the requested C++ type
    Usage,         // an operation the value does not support (e.g. executing a number)
  };
  Error(Kind kind, const std::string& message, int column = 0)
      : std::runtime_error(message), kind_(kind), column_(column) {}
  Kind kind() const { return kind_; }
  // 1-based column of a Syntax error in the source text; 0 for other kinds.
  int column() const { return column_; }

 private:
  Kind kind_;
  int column_;
};

class Value;
class Signature;
class Library;
class Function;
class Closure;
class Context;
template <class F>
class TypedFunction;

namespace detail {

// Base of every reference-counted object behind a Value or a handle class.
struct Box {
  std::atomic<int> references{1};
  virtual ~Box() = default;
};
inline void retain(Box* box) {
  if (box) box->references.fetch_add(1, std::memory_order_relaxed);
}
inline void release(Box* box) {
  if (box && box->references.fetch_sub(1, std::memory_order_acq_rel) == 1) delete box;
}

// An owning pointer to a Box subclass (intrusive reference count, one word). It stores the Box
// base pointer so that copies and destruction work where T is only forward-declared.
template <class T>
class Ref {
 public:
  Ref() = default;
  // Adopts a fresh object (reference count already 1).
  static Ref adopt(T* object) {
    Ref ref;
    ref.box_ = object;
    return ref;
  }
  // Shares an object someone else owns.
  static Ref share(T* object) {
    retain(object);
    return adopt(object);
  }
  Ref(const Ref& other) : box_(other.box_) { retain(box_); }
  Ref(Ref&& other) noexcept : box_(std::exchange(other.box_, nullptr)) {}
  Ref& operator=(Ref other) noexcept {
    std::swap(box_, other.box_);
    return *this;
  }
  ~Ref() { release(box_); }
  T* get() const { return static_cast<T*>(box_); }
  T* operator->() const { return get(); }
  T& operator*() const { return *get(); }
  explicit operator bool() const { return box_ != nullptr; }

 private:
  Box* box_ = nullptr;
};

class ContextImpl;
class LibraryImpl;
class SignatureImpl;
struct ValueAccess;
class FunctionImpl;
class ClosureImpl;
class CallableImpl;

// What a typed call needs from a bound function, laid out for the inline fast path.
struct CallCore {
  const SignatureImpl* signature = nullptr;  // for messages
  void* code = nullptr;
  const void* cif = nullptr;               // the signature's ffi_cif
  const TypeKind* native_kinds = nullptr;  // per native argument, after variadic promotion
  uint32_t native_count = 0;
  uint32_t managed_count = 0;  // arguments the caller passes (ENV excluded)
  TypeKind return_kind = TypeKind::Void;
  bool plain = false;  // no ENV, arrays, objects, structs or callbacks: the fast path applies
};

// A native argument or return slot: big enough for any scalar, including long double.
union alignas(16) Slot {
  int64_t i64;
  uint64_t u64;
  float f32;
  double f64;
  long double f80;
  void* pointer;
  unsigned char bytes[16];
};

// Out-of-line pieces of the typed fast path (call.cpp).
void call_native(const CallCore& core, void** arguments, Slot* result);
[[noreturn]] void throw_arity(const CallCore& core, size_t given);
[[noreturn]] void throw_return(TypeKind kind, const Slot& slot, const char* wanted);
std::string describe_signature(const CallCore& core);

// Per-thread state of native calls: nesting depth, and an exception thrown by a callback that
// waits for the native frames to return. constinit keeps access a plain TLS load.
struct CallState {
  int depth = 0;
  std::exception_ptr* pending = nullptr;
};
inline constinit thread_local CallState call_state{};
[[noreturn]] void rethrow_pending();

// Brackets a native call: callbacks that throw park their exception; finish() rethrows it.
class CallScope {
 public:
  CallScope() { ++call_state.depth; }
  ~CallScope() { --call_state.depth; }
  void finish() const {
    if (call_state.pending != nullptr) rethrow_pending();
  }
};

// Reports an exception escaping a callback: parked for the enclosing native call, or handed to
// the context's handler when the callback runs on a thread with no NFI call in progress.
void callback_failed(ContextImpl* context, std::exception_ptr error) noexcept;

// --- C++ type <-> NFI kind, for ABI-exact typed paths ---

inline constexpr TypeKind kNoKind = static_cast<TypeKind>(0xff);

template <class T>
struct is_function_pointer
    : std::bool_constant<std::is_pointer_v<T> && std::is_function_v<std::remove_pointer_t<T>>> {};

// The NFI kind whose C type is exactly T, or kNoKind.
template <class T>
constexpr TypeKind abi_kind() {
  using U = std::remove_cv_t<T>;
  if constexpr (std::is_void_v<U>)
    return TypeKind::Void;
  else if constexpr (std::is_same_v<U, bool>)
    return kNoKind;
  else if constexpr (std::is_integral_v<U>) {
    constexpr bool is_signed = std::is_signed_v<U>;
    if constexpr (sizeof(U) == 1)
      return is_signed ? TypeKind::SInt8 : TypeKind::UInt8;
    else if constexpr (sizeof(U) == 2)
      return is_signed ? TypeKind::SInt16 : TypeKind::UInt16;
    else if constexpr (sizeof(U) == 4)
      return is_signed ? TypeKind::SInt32 : TypeKind::UInt32;
    else if constexpr (sizeof(U) == 8)
      return is_signed ? TypeKind::SInt64 : TypeKind::UInt64;
    else
      return kNoKind;
  } else if constexpr (std::is_same_v<U, float>)
    return TypeKind::Float;
  else if constexpr (std::is_same_v<U, double>)
    return TypeKind::Double;
  else if constexpr (std::is_same_v<U, long double>)
    return TypeKind::FP80;
  else if constexpr (std::is_same_v<U, TruffleEnv*>)
    return TypeKind::Env;
  else if constexpr (std::is_same_v<U, TruffleObject>)
    return TypeKind::Object;
  else if constexpr (std::is_same_v<U, const char*> || std::is_same_v<U, char*>)
    return TypeKind::String;
  else if constexpr (is_function_pointer<U>::value)
    return TypeKind::Function;
  else if constexpr (std::is_pointer_v<U> || std::is_null_pointer_v<U>)
    return TypeKind::Pointer;
  else
    return kNoKind;
}

// The C++ side of a signature check: kinds of the return type and each parameter.
struct AbiShape {
  TypeKind return_kind;
  std::vector<TypeKind> parameter_kinds;
};
template <class R, class... A>
AbiShape abi_shape() {
  return AbiShape{abi_kind<R>(), {abi_kind<A>()...}};
}

// C++ argument types the typed fast path converts without a Value.
template <class T>
inline constexpr bool is_plain_argument = (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) ||
                                          std::is_pointer_v<T> || std::is_null_pointer_v<T>;
template <class T>
inline constexpr bool is_plain_result =
    std::is_void_v<T> ||
    (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) || std::is_pointer_v<T>;

// Stores one C++ argument into its slot according to the NFI kind, with the NFI's checks:
// integers must fit the kind's signed or unsigned range (only the bits are passed), floating
// values must convert exactly, pointers go to POINTER, STRING and function-pointer kinds.
bool store_integer(TypeKind kind, int64_t value, Slot& slot);
bool store_unsigned(TypeKind kind, uint64_t value, Slot& slot);
bool store_floating(TypeKind kind, long double value, Slot& slot);
bool store_pointer(TypeKind kind, const void* value, Slot& slot);

template <class T>
inline bool store_plain(TypeKind kind, T value, Slot& slot) {
  if constexpr (std::is_floating_point_v<T>) {
    if (kind == TypeKind::Double) {
      slot.f64 = static_cast<double>(value);
      return static_cast<long double>(slot.f64) == value || value != value;
    }
    if (kind == TypeKind::Float && std::is_same_v<T, float>) {
      slot.f32 = static_cast<float>(value);
      return true;
    }
    return store_floating(kind, value, slot);
  } else if constexpr (std::is_integral_v<T>) {
    if constexpr (std::is_signed_v<T>) {
      if (kind == TypeKind::SInt32 && value >= INT32_MIN && value <= INT32_MAX) {
        slot.i64 = value;
        return true;
      }
      return store_integer(kind, static_cast<int64_t>(value), slot);
    } else {
      return store_unsigned(kind, static_cast<uint64_t>(value), slot);
    }
  } else if constexpr (std::is_null_pointer_v<T>) {
    return store_pointer(kind, nullptr, slot);
  } else {
    return store_pointer(kind, reinterpret_cast<const void*>(value), slot);
  }
}

template <class R, class From>
inline R checked_integer(From value, TypeKind kind, const Slot& slot) {
  if (!std::in_range<R>(value)) throw_return(kind, slot, "the requested integer type");
  return static_cast<R>(value);
}

// Reads a native result as the C++ type R, checking that the value fits.
template <class R>
inline R load_plain(TypeKind kind, const Slot& slot) {
  if constexpr (std::is_void_v<R>) {
    return;
  } else if constexpr (std::is_integral_v<R>) {
    switch (kind) {
      case TypeKind::SInt8:
        return checked_integer<R>(static_cast<int8_t>(slot.i64), kind, slot);
      case TypeKind::UInt8:
        return checked_integer<R>(static_cast<uint8_t>(slot.u64), kind, slot);
      case TypeKind::SInt16:
        return checked_integer<R>(static_cast<int16_t>(slot.i64), kind, slot);
      case TypeKind::UInt16:
        return checked_integer<R>(static_cast<uint16_t>(slot.u64), kind, slot);
      case TypeKind::SInt32:
        return checked_integer<R>(static_cast<int32_t>(slot.i64), kind, slot);
      case TypeKind::UInt32:
        return checked_integer<R>(static_cast<uint32_t>(slot.u64), kind, slot);
      case TypeKind::SInt64:
        return checked_integer<R>(slot.i64, kind, slot);
      case TypeKind::UInt64:
        return checked_integer<R>(slot.u64, kind, slot);
      default:
        throw_return(kind, slot, "an integer");
    }
  } else if constexpr (std::is_floating_point_v<R>) {
    switch (kind) {
      case TypeKind::Float:
        return static_cast<R>(slot.f32);
      case TypeKind::Double:
        if constexpr (std::is_same_v<R, float>) {
          if (static_cast<double>(static_cast<float>(slot.f64)) != slot.f64 && slot.f64 == slot.f64)
            throw_return(kind, slot, "float");
        }
        return static_cast<R>(slot.f64);
      case TypeKind::FP80:
        if constexpr (!std::is_same_v<R, long double>) {
          if (static_cast<long double>(static_cast<R>(slot.f80)) != slot.f80 &&
              slot.f80 == slot.f80)
            throw_return(kind, slot, std::is_same_v<R, float> ? "float" : "double");
        }
        return static_cast<R>(slot.f80);
      default: {
        // Integer results convert when exact, as the polyglot fitsInDouble rule says.
        if (kind == TypeKind::UInt64) {
          R converted = static_cast<R>(slot.u64);
          if (converted < 0x1p64L && static_cast<uint64_t>(converted) == slot.u64) return converted;
        } else if (kind >= TypeKind::SInt8 && kind <= TypeKind::SInt64) {
          int64_t value = load_plain<int64_t>(kind, slot);
          R converted = static_cast<R>(value);
          if (converted >= -0x1p63L && converted < 0x1p63L &&
              static_cast<int64_t>(converted) == value)
            return converted;
        }
        throw_return(kind, slot, "a floating-point number");
      }
    }
  } else {
    static_assert(std::is_pointer_v<R>, "typed results are numbers, pointers or Value");
    if (kind == TypeKind::Pointer || kind == TypeKind::String || kind == TypeKind::Function ||
        kind == TypeKind::Object)
      return reinterpret_cast<R>(slot.pointer);
    throw_return(kind, slot, "a pointer");
  }
}

// Storage behind a Value::array: a pointer handed to native code for one call.
class ArraySource {
 public:
  virtual ~ArraySource() = default;
  // Element kind: one of the integer kinds, Float or Double.
  virtual TypeKind element_kind() const = 0;
  virtual size_t length() const = 0;
  // Called before the native call; the result is what the native function receives.
  virtual void* begin_call() = 0;
  // Called after the native call returns, e.g. to copy what the callee wrote back to storage
  // that could not be passed directly.
  virtual void end_call(void* native_data) { (void)native_data; }
};

template <class T>
constexpr TypeKind element_kind_of() {
  static_assert(std::is_arithmetic_v<T> && !std::is_same_v<T, bool>,
                "NFI arrays hold integers, float or double");
  return abi_kind<T>();
}

// A caller-owned array, passed to native code in place: the callee's writes land directly.
template <class T>
class BorrowedArray final : public ArraySource {
 public:
  explicit BorrowedArray(std::span<T> elements) : elements_(elements) {}
  TypeKind element_kind() const override { return element_kind_of<std::remove_const_t<T>>(); }
  size_t length() const override { return elements_.size(); }
  void* begin_call() override { return const_cast<std::remove_const_t<T>*>(elements_.data()); }

 private:
  std::span<T> elements_;
};

// An array owned by the Value (copied in), readable afterwards through Value::array_data.
template <class T>
class OwnedArray final : public ArraySource {
 public:
  explicit OwnedArray(std::vector<T> elements) : elements_(std::move(elements)) {}
  TypeKind element_kind() const override { return element_kind_of<T>(); }
  size_t length() const override { return elements_.size(); }
  void* begin_call() override { return elements_.data(); }

 private:
  std::vector<T> elements_;
};

// What libffi hands a closure handler as user data.
struct ClosureTarget {
  const CallableImpl* callable;
  ContextImpl* context;
};

// A managed callable as the NFI sees it: a dynamic entry point taking Values, and for C++
// callables with a fixed signature also a typed libffi handler used when the C ABI matches.
class CallableImpl : public Box {
 public:
  virtual Value invoke(std::span<const Value> arguments) const = 0;
  virtual std::string describe() const = 0;
  // Typed closure handler (libffi's ffi_closure_fun, as void*) and the C++ shape it expects,
  // or nullptr when the callable only has the dynamic entry point.
  virtual const void* typed_handler() const { return nullptr; }
  virtual const AbiShape* typed_shape() const { return nullptr; }
};

template <class F>
struct callable_traits : callable_traits<decltype(&F::operator())> {};
template <class C, class R, class... A>
struct callable_traits<R (C::*)(A...) const> {
  using result = R;
  using arguments = std::tuple<A...>;
  static constexpr size_t arity = sizeof...(A);
};
template <class C, class R, class... A>
struct callable_traits<R (C::*)(A...)> : callable_traits<R (C::*)(A...) const> {};

template <class F, class = void>
struct has_fixed_call_operator : std::false_type {};
template <class F>
struct has_fixed_call_operator<F, std::void_t<decltype(&F::operator())>> : std::true_type {};

// True for C++ callables the NFI can wrap: lambdas and functors with one non-template
// operator(). (Plain C function pointers are native addresses, passed through unchanged.)
template <class F>
inline constexpr bool is_wrappable_callable = has_fixed_call_operator<std::decay_t<F>>::value;

template <class F>
Ref<CallableImpl> make_callable(F&& function);

}  // namespace detail

// A dynamically typed NFI value: what execute() takes and returns, what callbacks receive.
// Numbers carry the polyglot value semantics (fits_in<T>); strings are either owned UTF-8 text
// or native char* returned by C; executable values are native functions or C++ callables.
class Value {
 public:
  enum class Kind : uint8_t {
    Null,
    Int,   // a signed 64-bit integer
    UInt,  // an unsigned 64-bit integer above INT64_MAX (UINT64 results)
    Float,
    Double,
    LongDouble,    // FP80
    Pointer,       // a native address (null: is_null() and is_pointer())
    String,        // UTF-8 text owned by the value
    NativeString,  // a char* returned by native code: a pointer that also reads as a string
    Host,          // a C++ object passed through OBJECT handles
    Array,         // an ArraySource for [T] arguments
    Struct,        // fields of a STRUCT(...) value, and/or its raw bytes
    Symbol,        // an address found in a library, not yet bound to a signature
    Function,      // a native function bound to a signature
    Callable,      // a C++ callable
    Closure,       // a native function pointer calling a C++ callable
    Library,       // a loaded library (members: symbols, or bound functions)
    Signature,     // a parsed signature (members: bind, createClosure)
  };

  Value() noexcept : kind_(Kind::Null), payload_{.i64 = 0} {}
  Value(std::nullptr_t) noexcept : Value() {}
  template <class T>
  requires(std::is_integral_v<T> && !std::is_same_v<T, bool>) Value(T number)
  noexcept {
    if constexpr (std::is_signed_v<T>) {
      kind_ = Kind::Int;
      payload_.i64 = number;
    } else {
      set_unsigned(number);
    }
  }
  Value(float number) noexcept : kind_(Kind::Float), payload_{.f32 = number} {}
  Value(double number) noexcept : kind_(Kind::Double), payload_{.f64 = number} {}
  Value(long double number);
  // Raw pointers are POINTER values; char pointers are strings (copied), null is null.
  template <class T>
  requires(!std::is_same_v<std::remove_cv_t<T>, char>) Value(T* address)
  noexcept : kind_(Kind::Pointer), payload_{.pointer = (void*)address} {}
  Value(const char* text);
  Value(std::string_view text);
  Value(const std::string& text) : Value(std::string_view(text)) {}
  Value(std::string&& text);
  // Arrays, borrowed: the native callee reads and writes the caller's elements.
  template <class T>
  requires(std::is_arithmetic_v<T> && !std::is_same_v<std::remove_cv_t<T>, bool>)
      Value(std::span<T> elements)
      : Value(array(std::make_shared<detail::BorrowedArray<T>>(elements))) {}
  template <class T>
  requires(std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) Value(std::vector<T>& elements)
      : Value(std::span<T>(elements)) {}
  // C++ callables become Callable values (usable where a function pointer is expected).
  template <class F>
  requires(detail::is_wrappable_callable<F> && !std::is_same_v<std::decay_t<F>, Value>)
      Value(F&& function)
      : Value(from_callable(detail::make_callable(std::forward<F>(function)))) {}
  Value(const Library& library);
  Value(const Signature& signature);
  Value(const Function& function);
  Value(const Closure& closure);

  Value(const Value& other) noexcept : kind_(other.kind_), payload_(other.payload_) {
    if (boxed()) detail::retain(payload_.box);
  }
  Value(Value&& other) noexcept : kind_(other.kind_), payload_(other.payload_) {
    other.kind_ = Kind::Null;
  }
  Value& operator=(Value other) noexcept {
    std::swap(kind_, other.kind_);
    std::swap(payload_, other.payload_);
    return *this;
  }
  ~Value() {
    if (boxed()) detail::release(payload_.box);
  }

  // Named constructors for what has no natural C++ spelling.
  static Value pointer(const void* address) noexcept { return Value(const_cast<void*>(address)); }
  static Value native_string(const char* address) noexcept;
  static Value array(std::shared_ptr<detail::ArraySource> source);
  template <class T>
  static Value array_copy(std::vector<T> elements) {
    return array(std::make_shared<detail::OwnedArray<T>>(std::move(elements)));
  }
  static Value structure(std::vector<Value> fields);
  // A trivially copyable C++ struct passed by value; its bytes must match the STRUCT layout.
  template <class T>
  static Value structure_bytes(const T& object) {
    static_assert(std::is_trivially_copyable_v<T>);
    return raw_structure(&object, sizeof(T), alignof(T));
  }
  // An arbitrary C++ object, passed to native code as an OBJECT handle.
  template <class T>
  static Value host(std::shared_ptr<T> object) {
    return host_object(std::static_pointer_cast<void>(object), typeid(T));
  }
  // A C++ callable taking and returning Values (any arity, checked by the callable).
  static Value function(std::function<Value(std::span<const Value>)> body);

  Kind kind() const { return kind_; }
  bool is_null() const;
  bool is_number() const { return kind_ >= Kind::Int && kind_ <= Kind::LongDouble; }
  bool is_string() const;
  bool is_pointer() const;
  bool can_execute() const;
  bool has_members() const { return kind_ == Kind::Library || kind_ == Kind::Signature; }

  // Polyglot number semantics: T is any arithmetic type; true when the value converts exactly.
  template <class T>
  bool fits_in() const;
  // The value as T (a number, a pointer type, std::string, const char*), or Error ReturnType.
  template <class T>
  T as() const;
  std::string as_string() const;
  void* as_pointer() const;
  long double as_long_double() const;
  std::span<const Value> fields() const;  // Struct values
  template <class T>
  T as_struct() const {
    static_assert(std::is_trivially_copyable_v<T>);
    T object;
    copy_struct_bytes(&object, sizeof(T));
    return object;
  }
  template <class T>
  std::shared_ptr<T> as_host() const {
    return std::static_pointer_cast<T>(host_pointer(typeid(T)));
  }
  // Element storage of an array value (OwnedArray or BorrowedArray).
  std::shared_ptr<detail::ArraySource> array_source() const;
  Library as_library() const;
  Signature as_signature() const;
  Function as_function() const;

  // Executes a native function, C++ callable or closure.
  Value execute(std::span<const Value> arguments) const;
  Value execute(std::initializer_list<Value> arguments) const {
    return execute(std::span<const Value>(arguments.begin(), arguments.size()));
  }
  template <class... A>
  Value operator()(A&&... arguments) const {
    return execute({Value(std::forward<A>(arguments))...});
  }
  // Members of libraries (symbols and bound functions) and signatures (bind, createClosure).
  bool has_member(std::string_view name) const;
  Value get_member(std::string_view name) const;
  std::vector<std::string> member_keys() const;
  Value invoke_member(std::string_view name, std::span<const Value> arguments) const;
  Value invoke_member(std::string_view name, std::initializer_list<Value> arguments) const {
    return invoke_member(name, std::span<const Value>(arguments.begin(), arguments.size()));
  }

  // True when both denote the same object (same address for references, same value otherwise).
  friend bool same_object(const Value& a, const Value& b);
  friend struct detail::ValueAccess;
  // A short description for messages: `42`, `string "abc"`, `function (SINT32):SINT32`.
  std::string to_string() const;

  // Internal: raw access for the implementation.
  detail::Box* box() const { return boxed() ? payload_.box : nullptr; }
  static Value from_box(Kind kind, detail::Box* adopted);
  static Value from_callable(detail::Ref<detail::CallableImpl> callable);

 private:
  bool boxed() const {
    return kind_ >= Kind::LongDouble && kind_ != Kind::Pointer && kind_ != Kind::NativeString;
  }
  void set_unsigned(uint64_t number) noexcept {
    if (number <= static_cast<uint64_t>(INT64_MAX)) {
      kind_ = Kind::Int;
      payload_.i64 = static_cast<int64_t>(number);
    } else {
      kind_ = Kind::UInt;
      payload_.u64 = number;
    }
  }
  static Value raw_structure(const void* bytes, size_t size, size_t alignment);
  static Value host_object(std::shared_ptr<void> object, const std::type_info& type);
  std::shared_ptr<void> host_pointer(const std::type_info& type) const;
  void copy_struct_bytes(void* destination, size_t size) const;
  bool fits_integer(int64_t min, uint64_t max) const;
  bool fits_floating(int digits) const;
  [[noreturn]] void throw_conversion(const char* wanted) const;

  Kind kind_;
  union Payload {
    int64_t i64;
    uint64_t u64;
    float f32;
    double f64;
    void* pointer;
    detail::Box* box;
  } payload_;
};

// A parsed NFI signature: argument and return types with a prepared libffi call interface.
class Signature {
 public:
  Signature() = default;
  // Parses "(args):ret"; throws Error Syntax/Signature.
  explicit Signature(std::string_view text);
  // Binds a native address (a Symbol value, Pointer value or raw address) to this signature.
  // Symbols bind in their library's context; raw addresses and closures use the context that
  // evaluated the signature (Context::signature / eval), else one the signature owns.
  Function bind(const Value& symbol) const;
  Function bind(void* address) const;
  // A native function pointer with this signature that calls `callable`, owned by the result.
  Closure create_closure(const Value& callable) const;
  size_t argument_count() const;  // what callers pass: ENV arguments are not counted
  bool is_variadic() const;
  std::string to_string() const;

  detail::SignatureImpl* impl() const;
  explicit Signature(detail::Ref<detail::SignatureImpl> impl) : impl_(std::move(impl)) {}

 private:
  detail::Ref<detail::SignatureImpl> impl_;
};

// A native function bound to a signature. Cheap to copy; keeps its library loaded.
class Function {
 public:
  Function() = default;

  Value execute(std::span<const Value> arguments) const;
  Value execute(std::initializer_list<Value> arguments) const {
    return execute(std::span<const Value>(arguments.begin(), arguments.size()));
  }
  // Typed call: R is void, a number type, a pointer type, std::string or Value.
  template <class R = Value, class... A>
  R call(A&&... arguments) const;
  template <class R = Value, class... A>
  R operator()(A&&... arguments) const {
    return call<R>(std::forward<A>(arguments)...);
  }

  void* address() const { return core_->code; }
  Signature signature() const;
  // Empty when the C++ shape has the signature's C ABI; otherwise why not.
  std::string abi_mismatch(const detail::AbiShape& shape) const;

  detail::FunctionImpl* impl() const;
  explicit Function(detail::Ref<detail::FunctionImpl> impl);

 private:
  detail::Ref<detail::FunctionImpl> impl_;
  const detail::CallCore* core_ = nullptr;
};

// A typed view of a Function. When the C++ type has exactly the signature's C ABI, calls go
// straight through a C function pointer; otherwise through Function::call.
template <class R, class... A>
class TypedFunction<R(A...)> {
 public:
  TypedFunction() = default;
  explicit TypedFunction(Function function) : function_(std::move(function)) {
    if (function_.abi_mismatch(detail::abi_shape<R, A...>()).empty())
      direct_ = reinterpret_cast<R (*)(A...)>(function_.address());
  }
  R operator()(A... arguments) const {
    if (direct_ != nullptr) {
      detail::CallScope scope;
      if constexpr (std::is_void_v<R>) {
        direct_(arguments...);
        scope.finish();
      } else {
        R result = direct_(arguments...);
        scope.finish();
        return result;
      }
    } else {
      return function_.call<R>(arguments...);
    }
  }
  bool is_direct() const { return direct_ != nullptr; }
  const Function& function() const { return function_; }

 private:
  Function function_;
  R (*direct_)(A...) = nullptr;
};

// A native function pointer that calls a C++ callable (a libffi closure). Copies share it;
// the last copy (and the last native newClosureRef holder) frees it.
class Closure {
 public:
  Closure() = default;
  void* address() const;
  template <class F>
  requires std::is_function_v<F> F* as() const { return reinterpret_cast<F*>(address()); }
  Signature signature() const;

  detail::ClosureImpl* impl() const;
  explicit Closure(detail::Ref<detail::ClosureImpl> impl) : impl_(std::move(impl)) {}

 private:
  detail::Ref<detail::ClosureImpl> impl_;
};

// A loaded library (or `default`, the symbols already in the process).
class Library {
 public:
  Library() = default;
  // The address of a symbol; throws Error Symbol naming symbol and library.
  void* address(std::string_view symbol) const;
  // A Symbol value (the NFI's library['name']).
  Value symbol(std::string_view name) const;
  Function bind(std::string_view symbol, std::string_view signature) const;
  Function bind(std::string_view symbol, const Signature& signature) const;
  template <class F>
  TypedFunction<F> bind(std::string_view symbol, std::string_view signature) const {
    return TypedFunction<F>(bind(symbol, signature));
  }
  // Functions bound by the combined form `load "lib" { name(args):ret; ... }`.
  Function function(std::string_view name) const;
  std::vector<std::string> function_names() const;
  const std::string& name() const;

  detail::LibraryImpl* impl() const;
  explicit Library(detail::Ref<detail::LibraryImpl> impl) : impl_(std::move(impl)) {}

 private:
  detail::Ref<detail::LibraryImpl> impl_;
};

// How a context's TruffleEnvs relate to threads: trufflenfi.h's getTruffleEnv,
// attachCurrentThread and detachCurrentThread, and the ENV argument given to native code.
// Without a binding every thread shares the context's one environment and counts as attached.
// With one (the VM installs one), each attached thread has an environment of its own, made on
// first use, and getTruffleEnv answers NULL on a thread that is not attached. A binding is
// called on any thread, concurrently.
class ThreadBinding {
 public:
  virtual ~ThreadBinding() = default;
  // An identity of the calling thread while it is attached (compared only), or null.
  virtual const void* current_thread() const = 0;
  // Attaches the calling thread if it is not attached; its identity, or null if it cannot be.
  virtual const void* attach_current_thread() const = 0;
  // Detaches the calling thread if the binding may (what it attached itself).
  virtual void detach_current_thread() const = 0;
  // Whether a thread that had `identity` is still attached: environments of threads that are
  // not are dropped now and then.
  virtual bool is_attached(const void* identity) const = 0;
};

// Owns what native code can refer to indirectly: OBJECT handles, NFI-made function pointers,
// the TruffleContext/TruffleEnv given to ENV arguments. Libraries and functions keep their
// context alive. Each context is independent; there is no process-wide one.
class Context {
 public:
  Context();

  // Evaluates NFI source: `default`, `load ...` (a Library value, with bound functions for the
  // combined form), or a signature (a Signature value); each optionally `with <backend>`.
  Value eval(std::string_view source) const;
  Library load(std::string_view path, int flags = kNow) const;
  Library load_default() const;
  // Parses a signature whose raw-address binds and closures belong to this context.
  Signature signature(std::string_view text) const;

  TruffleContext* truffle_context() const;
  // The calling thread's environment (null with a binding, on a thread that is not attached).
  TruffleEnv* truffle_env() const;
  // Installs the thread binding; before the context is used on more than one thread.
  void set_thread_binding(std::shared_ptr<const ThreadBinding> binding) const;
  // Called with exceptions thrown by callbacks on threads with no NFI call to receive them.
  void set_callback_error_handler(std::function<void(std::exception_ptr)> handler) const;
  // Live OBJECT handles and closures: for leak checks in tests and diagnostics.
  size_t object_handle_count() const;
  size_t closure_count() const;

  detail::ContextImpl* impl() const;
  explicit Context(detail::Ref<detail::ContextImpl> impl) : impl_(std::move(impl)) {}

 private:
  detail::Ref<detail::ContextImpl> impl_;
};

// Shorthands for a fresh context, which the result keeps alive.
inline Library load(std::string_view path, int flags = kNow) { return Context().load(path, flags); }
inline Value eval(std::string_view source) { return Context().eval(source); }

// ---------------------------------------------------------------------------------------------
// Template implementations.

template <class T>
bool Value::fits_in() const {
  if constexpr (std::is_integral_v<T>) {
    return fits_integer(std::numeric_limits<T>::min(),
                        static_cast<uint64_t>(std::numeric_limits<T>::max()));
  } else {
    static_assert(std::is_floating_point_v<T>);
    return fits_floating(std::numeric_limits<T>::digits);
  }
}

template <class T>
T Value::as() const {
  if constexpr (std::is_same_v<T, Value>) {
    return *this;
  } else if constexpr (std::is_same_v<T, std::string>) {
    return as_string();
  } else if constexpr (std::is_same_v<T, bool>) {
    static_assert(!std::is_same_v<T, bool>, "the NFI has no boolean type");
  } else if constexpr (std::is_integral_v<T>) {
    if (kind_ == Kind::Int && std::in_range<T>(payload_.i64)) return static_cast<T>(payload_.i64);
    if (!fits_in<T>()) throw_conversion("an integer of the requested width");
    if (kind_ == Kind::Int) return static_cast<T>(payload_.i64);
    if (kind_ == Kind::UInt) return static_cast<T>(payload_.u64);
    return static_cast<T>(as_long_double());  // an integral floating value, checked above
  } else if constexpr (std::is_floating_point_v<T>) {
    if (!fits_in<T>()) throw_conversion("a floating-point number");
    return static_cast<T>(as_long_double());
  } else if constexpr (std::is_pointer_v<T>) {
    return reinterpret_cast<T>(as_pointer());
  } else {
    static_assert(std::is_trivially_copyable_v<T>, "unsupported conversion from Value");
    return as_struct<T>();
  }
}

namespace detail {

// Converts a Value argument of a dynamically invoked C++ callable to its parameter type.
template <class T>
decltype(auto) parameter_from(const Value& value) {
  using U = std::remove_cvref_t<T>;
  if constexpr (std::is_same_v<U, Value>)
    return (value);
  else if constexpr (std::is_same_v<U, std::string_view>)
    return std::string(value.as_string());
  else if constexpr (std::is_same_v<U, const char*> || std::is_same_v<U, char*>)
    return reinterpret_cast<U>(value.as_pointer());
  else
    return value.template as<U>();
}

// A C++ callable with a fixed signature: dynamic entry (Values) and typed libffi handler.
template <class F>
class TypedCallable final : public CallableImpl {
  using traits = callable_traits<decltype(&F::operator())>;
  using result_type = typename traits::result;

 public:
  explicit TypedCallable(F function) : function_(std::move(function)) {}

  Value invoke(std::span<const Value> arguments) const override {
    if (arguments.size() != traits::arity) throw_arity_of_callable(arguments.size());
    return invoke_with(arguments, std::make_index_sequence<traits::arity>());
  }
  std::string describe() const override { return "C++ callable"; }
  const void* typed_handler() const override {
    if constexpr (typed_ready())
      return reinterpret_cast<const void*>(&handler);
    else
      return nullptr;
  }
  const AbiShape* typed_shape() const override {
    if constexpr (typed_ready())
      return &shape();
    else
      return nullptr;
  }

 private:
  // The typed handler applies when every parameter and the result have a C type.
  static constexpr bool typed_ready() {
    return []<class... A>(std::tuple<A...>*) {
      return ((abi_kind<A>() != kNoKind) && ...) &&
             (abi_kind<result_type>() != kNoKind || std::is_same_v<result_type, std::string>);
    }(static_cast<typename traits::arguments*>(nullptr));
  }
  static const AbiShape& shape() {
    static const AbiShape value = []<class... A>(std::tuple<A...>*) {
      return AbiShape{
          std::is_same_v<result_type, std::string> ? TypeKind::String : abi_kind<result_type>(),
          {abi_kind<A>()...}};
    }(static_cast<typename traits::arguments*>(nullptr));
    return value;
  }

  template <size_t... I>
  Value invoke_with(std::span<const Value> arguments, std::index_sequence<I...>) const {
    using arguments_tuple = typename traits::arguments;
    if constexpr (std::is_void_v<result_type>) {
      function_(parameter_from<std::tuple_element_t<I, arguments_tuple>>(arguments[I])...);
      return Value();
    } else {
      return Value(
          function_(parameter_from<std::tuple_element_t<I, arguments_tuple>>(arguments[I])...));
    }
  }

  // libffi's closure entry: arguments arrive as pointers to C values of exactly our types.
  static void handler(void* cif, void* result, void** arguments, void* user_data);

  [[noreturn]] void throw_arity_of_callable(size_t given) const {
    throw Error(Error::Kind::Arity, "wrong number of arguments for C++ callback: expected " +
                                        std::to_string(traits::arity) + ", got " +
                                        std::to_string(given));
  }

  F function_;
};

// Writes a callback's C result where libffi expects it: integers narrower than a register
// are widened to a full ffi_arg, as the closure ABI requires.
template <class R>
inline void write_callback_result(void* result, R value) {
  if constexpr (std::is_integral_v<R> && sizeof(R) < sizeof(uint64_t)) {
    if constexpr (std::is_signed_v<R>)
      *static_cast<int64_t*>(result) = value;
    else
      *static_cast<uint64_t*>(result) = value;
  } else {
    std::memcpy(result, &value, sizeof(R));
  }
}
char* malloc_string(std::string_view text);  // strings returned to C are the caller's to free

template <class F>
void TypedCallable<F>::handler(void* cif, void* result, void** arguments, void* user_data) {
  (void)cif;
  const auto* target = static_cast<const ClosureTarget*>(user_data);
  const auto& self = *static_cast<const TypedCallable*>(target->callable);
  try {
    [&]<size_t... I>(std::index_sequence<I...>) {
      using arguments_tuple = typename traits::arguments;
      if constexpr (std::is_void_v<result_type>) {
        self.function_(*static_cast<std::tuple_element_t<I, arguments_tuple>*>(arguments[I])...);
      } else if constexpr (abi_kind<result_type>() == TypeKind::String ||
                           std::is_same_v<result_type, std::string>) {
        // A string handed to C from a callback is always a fresh malloc'ed copy, which the
        // native caller frees: returning a pointer into C++ storage would invite a bad free().
        auto text = self.function_(
            *static_cast<std::tuple_element_t<I, arguments_tuple>*>(arguments[I])...);
        char* copy = nullptr;
        if constexpr (std::is_same_v<result_type, std::string>)
          copy = malloc_string(text);
        else if (text != nullptr)
          copy = malloc_string(text);
        write_callback_result<char*>(result, copy);
      } else {
        write_callback_result<result_type>(
            result, self.function_(
                        *static_cast<std::tuple_element_t<I, arguments_tuple>*>(arguments[I])...));
      }
    }
    (std::make_index_sequence<traits::arity>());
  } catch (...) {
    if constexpr (!std::is_void_v<result_type>) std::memset(result, 0, sizeof(Slot));
    callback_failed(target->context, std::current_exception());
  }
}

// A C++ callable taking all arguments as Values (any arity, checked by the callable itself).
template <class F>
class DynamicCallable final : public CallableImpl {
 public:
  explicit DynamicCallable(F function) : function_(std::move(function)) {}
  Value invoke(std::span<const Value> arguments) const override {
    if constexpr (std::is_void_v<std::invoke_result_t<const F&, std::span<const Value>>>) {
      function_(arguments);
      return Value();
    } else {
      return Value(function_(arguments));
    }
  }
  std::string describe() const override { return "C++ callable taking Values"; }

 private:
  F function_;
};

template <class Tuple>
struct is_value_span_parameter : std::false_type {};
template <class T>
struct is_value_span_parameter<std::tuple<T>>
    : std::is_same<std::remove_cvref_t<T>, std::span<const Value>> {};

// Callables whose one parameter is std::span<const Value> take every argument as Values.
template <class F>
inline constexpr bool takes_value_span =
    is_value_span_parameter<typename callable_traits<decltype(&F::operator())>::arguments>::value;

template <class F>
Ref<CallableImpl> make_callable(F&& function) {
  using Stored = std::decay_t<F>;
  if constexpr (takes_value_span<Stored>)
    return Ref<CallableImpl>::adopt(new DynamicCallable<Stored>(std::forward<F>(function)));
  else
    return Ref<CallableImpl>::adopt(new TypedCallable<Stored>(std::forward<F>(function)));
}

}  // namespace detail

namespace detail {
template <class... A, size_t... I>
inline bool store_all(const TypeKind* kinds, Slot* slots, void** pointers,
                      std::index_sequence<I...>, const A&... arguments) {
  return ((pointers[I] = &slots[I], store_plain(kinds[I], arguments, slots[I])) && ...);
}
[[noreturn]] void throw_empty_function();
}  // namespace detail

template <class R, class... A>
R Function::call(A&&... arguments) const {
  if (core_ == nullptr) detail::throw_empty_function();
  const detail::CallCore& core = *core_;
  if (core.managed_count != sizeof...(A)) detail::throw_arity(core, sizeof...(A));
  if constexpr ((detail::is_plain_argument<std::decay_t<A>> && ...) && detail::is_plain_result<R>) {
    // Fast path: C++ scalars straight into libffi slots. A value that does not convert falls
    // through to the Value path below, which reports it with a full message.
    if (core.plain) {
      detail::Slot slots[sizeof...(A) + 1];
      void* pointers[sizeof...(A) + 1];
      if (detail::store_all(core.native_kinds, slots, pointers, std::index_sequence_for<A...>(),
                            arguments...)) {
        detail::Slot result;
        detail::call_native(core, pointers, &result);
        return detail::load_plain<R>(core.return_kind, result);
      }
    }
  }
  Value result = execute({Value(std::forward<A>(arguments))...});
  if constexpr (std::is_void_v<R>)
    return;
  else
    return result.template as<R>();
}

}  // namespace islet::nfi
