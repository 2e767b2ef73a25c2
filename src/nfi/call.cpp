// Downcalls: the Value path (FunctionImpl::execute), the typed path's out-of-line helpers, and
// the Function and Signature entry points that create bound functions.
#include <alloca.h>

#include <cerrno>
#include <cinttypes>
#include <cstdio>

#include "nfi/boxes.hpp"
#include "nfi/closure.hpp"
#include "nfi/context.hpp"
#include "nfi/function.hpp"
#include "nfi/library.hpp"
#include "nfi/marshal.hpp"
#include "nfi/value_access.hpp"

namespace islet::nfi::detail {

FunctionImpl::FunctionImpl(Ref<ContextImpl> context, Ref<SignatureImpl> signature, void* code,
                           Ref<LibraryImpl> library, std::string name)
    : context_(std::move(context)),
      signature_(std::move(signature)),
      library_(std::move(library)),
      name_(std::move(name)),
      core_(signature_->core()) {
  core_.code = code;
  core_.signature = signature_.get();
}

Ref<FunctionImpl> make_function(Ref<ContextImpl> context, Ref<SignatureImpl> signature, void* code,
                                Ref<LibraryImpl> library, std::string name) {
  return Ref<FunctionImpl>::adopt(new FunctionImpl(std::move(context), std::move(signature), code,
                                                   std::move(library), std::move(name)));
}

namespace {
// Plain signatures up to this many arguments use on-stack slot arrays (the common case).
constexpr size_t kFastArguments = 8;
}  // namespace

Value FunctionImpl::execute(std::span<const Value> arguments) const {
  if (arguments.size() != core_.managed_count) throw_arity(core_, arguments.size());
  if (core_.code == nullptr)
    throw Error(Error::Kind::Usage,
                "cannot call a null function pointer (" + signature_->to_string() + ")");
  Value value;
  if (core_.plain && arguments.size() <= kFastArguments && try_execute_plain(arguments, value))
    return value;
  return execute_general(arguments);
}

bool FunctionImpl::try_execute_plain(std::span<const Value> arguments, Value& value) const {
  Slot slots[kFastArguments];
  void* pointers[kFastArguments];
  for (size_t i = 0; i < arguments.size(); ++i) {
    pointers[i] = &slots[i];
    if (!store_value_fast(core_.native_kinds[i], arguments[i], slots[i])) return false;
  }
  Slot result;
  int native_errno;
  {
    CallScope scope;
    ffi_call(signature_->cif(), FFI_FN(core_.code), &result, pointers);
    native_errno = errno;
    scope.finish();
  }
  value = load_native(signature_->return_type(), &result, *context_);
  errno = native_errno;
  return true;
}

Value FunctionImpl::execute_general(std::span<const Value> arguments) const {
  const SignatureImpl& signature = *signature_;
  size_t count = signature.native_count();
  // Slots are 16-byte aligned: alloca keeps the stack's 16-byte alignment on x86-64.
  auto* frame = static_cast<unsigned char*>(alloca(signature.frame_size() + 1));
  auto** pointers = static_cast<void**>(alloca(count * sizeof(void*) + 1));
  auto* result = static_cast<unsigned char*>(alloca(signature.return_size()));
  CallCleanup cleanup(*context_);
  for (size_t native = 0, managed = 0; native < count; ++native) {
    void* slot = frame + signature.slot_offset(native);
    pointers[native] = slot;
    if (core_.native_kinds[native] == TypeKind::Env) {
      // The injected TruffleEnv*, the calling thread's: native code sees it, the caller never
      // passes it.
      TruffleEnv* env = context_->current_env();
      std::memcpy(slot, &env, sizeof env);
      continue;
    }
    store_argument(signature, native, managed, arguments[managed], slot, *context_, cleanup);
    ++managed;
  }
  std::optional<DeferredReleases> deferred;
  if (signature.returns_object()) deferred.emplace(*context_);
  CallScope scope;
  ffi_call(signature.cif(), FFI_FN(core_.code), result, pointers);
  int native_errno = errno;  // what the callee left, restored for the caller below
  scope.finish();            // a callback's exception wins over the (zeroed) result
  Value value = load_native(signature.return_type(), result, *context_);
  deferred.reset();
  cleanup.run();
  errno = native_errno;
  return value;
}

// --- typed path helpers ---

void call_native(const CallCore& core, void** arguments, Slot* result) {
  CallScope scope;
  ffi_call(static_cast<ffi_cif*>(const_cast<void*>(core.cif)), FFI_FN(core.code), result,
           arguments);
  scope.finish();
}

std::string describe_signature(const CallCore& core) {
  return core.signature != nullptr ? core.signature->to_string() : "a function";
}

void throw_arity(const CallCore& core, size_t given) {
  throw Error(Error::Kind::Arity, "wrong number of arguments for " + describe_signature(core) +
                                      ": expected " + std::to_string(core.managed_count) +
                                      ", got " + std::to_string(given));
}

void throw_empty_function() {
  throw Error(Error::Kind::Usage, "call of an empty islet::nfi::Function (never bound)");
}

void throw_return(TypeKind kind, const Slot& slot, const char* wanted) {
  char text[64];
  switch (kind) {
    case TypeKind::SInt8:
      std::snprintf(text, sizeof text, "%d", static_cast<int8_t>(slot.i64));
      break;
    case TypeKind::SInt16:
      std::snprintf(text, sizeof text, "%d", static_cast<int16_t>(slot.i64));
      break;
    case TypeKind::SInt32:
      std::snprintf(text, sizeof text, "%d", static_cast<int32_t>(slot.i64));
      break;
    case TypeKind::SInt64:
      std::snprintf(text, sizeof text, "%" PRId64, slot.i64);
      break;
    case TypeKind::UInt8:
      std::snprintf(text, sizeof text, "%u", static_cast<uint8_t>(slot.u64));
      break;
    case TypeKind::UInt16:
      std::snprintf(text, sizeof text, "%u", static_cast<uint16_t>(slot.u64));
      break;
    case TypeKind::UInt32:
      std::snprintf(text, sizeof text, "%u", static_cast<uint32_t>(slot.u64));
      break;
    case TypeKind::UInt64:
      std::snprintf(text, sizeof text, "%" PRIu64, slot.u64);
      break;
    case TypeKind::Float:
      std::snprintf(text, sizeof text, "%.9g", slot.f32);
      break;
    case TypeKind::Double:
      std::snprintf(text, sizeof text, "%.17g", slot.f64);
      break;
    case TypeKind::FP80:
      std::snprintf(text, sizeof text, "%.21Lg", slot.f80);
      break;
    default:
      std::snprintf(text, sizeof text, "%p", slot.pointer);
      break;
  }
  throw Error(Error::Kind::ReturnType, "result " + std::string(text) + " of type " +
                                           std::string(type_kind_name(kind)) +
                                           " does not convert to " + wanted);
}

}  // namespace islet::nfi::detail

namespace islet::nfi {

using detail::Ref;

Function::Function(Ref<detail::FunctionImpl> impl)
    : impl_(std::move(impl)), core_(&impl_->core()) {}

Value Function::execute(std::span<const Value> arguments) const {
  if (!impl_) detail::throw_empty_function();
  return impl_->execute(arguments);
}

Signature Function::signature() const { return Signature(impl_->signature_ref()); }

std::string Function::abi_mismatch(const detail::AbiShape& shape) const {
  const detail::SignatureImpl& signature = impl_->signature();
  if (signature.is_variadic()) return "variadic signatures are called through libffi";
  if (shape.return_kind != signature.return_type().kind)
    return "the result is " + detail::type_to_string(signature.return_type());
  if (shape.parameter_kinds.size() != signature.native_count())
    return "the signature has " + std::to_string(signature.native_count()) + " native arguments";
  for (size_t i = 0; i < shape.parameter_kinds.size(); ++i) {
    TypeKind declared = signature.arguments()[i].kind;
    TypeKind given = shape.parameter_kinds[i];
    // An array argument is a pointer to its elements in C.
    bool same = given == declared || (declared == TypeKind::Array && given == TypeKind::Pointer);
    if (!same)
      return "argument " + std::to_string(i + 1) + " is " +
             detail::type_to_string(signature.arguments()[i]);
  }
  return {};
}

Function Signature::bind(void* address) const {
  if (!impl_) throw Error(Error::Kind::Usage, "bind on an empty islet::nfi::Signature");
  return Function(detail::make_function(Ref<detail::ContextImpl>::share(impl_->context()), impl_,
                                        address, {}, "native function"));
}

Function Signature::bind(const Value& symbol) const {
  if (!impl_) throw Error(Error::Kind::Usage, "bind on an empty islet::nfi::Signature");
  switch (symbol.kind()) {
    case Value::Kind::Symbol: {
      const auto& box = *static_cast<const detail::SymbolBox*>(symbol.box());
      return Function(detail::make_function(Ref<detail::ContextImpl>::share(box.library->context()),
                                            impl_, box.address, box.library, box.name));
    }
    case Value::Kind::Function: {
      const auto& function = *static_cast<const detail::FunctionImpl*>(symbol.box());
      return Function(detail::make_function(Ref<detail::ContextImpl>::share(&function.context()),
                                            impl_, function.core().code, {}, function.name()));
    }
    case Value::Kind::Pointer:
    case Value::Kind::Closure:
    case Value::Kind::Int:
    case Value::Kind::UInt:
      return bind(symbol.as_pointer());
    default:
      throw Error(Error::Kind::ArgumentType,
                  "bind expects a symbol or native pointer, got " + symbol.to_string());
  }
}

}  // namespace islet::nfi
