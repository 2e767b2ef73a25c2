// Callbacks: libffi closures that run C++ callables, the generic (Value) handler, and how an
// exception thrown by a callback gets back to C++ without unwinding through native frames.
#include "nfi/closure.hpp"

#include <cstdio>
#include <cstring>

#include "nfi/context.hpp"
#include "nfi/marshal.hpp"

namespace islet::nfi::detail {

namespace {

// Callback arguments up to this count are boxed on the stack; more go to the heap.
constexpr size_t kInlineCallbackArguments = 8;

// The boxed arguments of one callback: on the stack up to kInlineCallbackArguments, and only
// as many Values constructed as there are arguments.
class CallbackArguments {
 public:
  explicit CallbackArguments(size_t count) {
    if (count > kInlineCallbackArguments) {
      heap_.reserve(count);
      values_ = nullptr;
    } else {
      values_ = reinterpret_cast<Value*>(storage_);
    }
  }
  ~CallbackArguments() {
    if (values_ != nullptr)
      for (size_t i = 0; i < size_; ++i) values_[i].~Value();
  }
  CallbackArguments(const CallbackArguments&) = delete;
  CallbackArguments& operator=(const CallbackArguments&) = delete;

  void push(Value value) {
    if (values_ == nullptr)
      heap_.push_back(std::move(value));
    else
      new (&values_[size_]) Value(std::move(value));
    ++size_;
  }
  std::span<const Value> span() const {
    return values_ == nullptr ? std::span<const Value>(heap_)
                              : std::span<const Value>(values_, size_);
  }

 private:
  alignas(Value) unsigned char storage_[kInlineCallbackArguments * sizeof(Value)];
  Value* values_;
  size_t size_ = 0;
  std::vector<Value> heap_;
};

void zero_result(const SignatureImpl& signature, void* result) {
  if (signature.return_type().kind != TypeKind::Void)
    std::memset(result, 0, signature.return_size());
}

// libffi's entry for callables without a matching typed handler: box every native argument
// (ENV arguments are consumed here, not passed on), invoke, unbox the result.
void generic_handler(ffi_cif*, void* result, void** arguments, void* user_data) {
  auto* data = static_cast<ClosureImpl::UserData*>(user_data);
  const SignatureImpl& signature = data->owner->signature();
  ContextImpl& context = *data->context;
  try {
    CallbackArguments values(signature.managed_count());
    for (size_t native = 0; native < signature.native_count(); ++native) {
      const Type& type = signature.arguments()[native];
      if (type.kind != TypeKind::Env) values.push(load_native(type, arguments[native], context));
    }
    Value returned = data->callable->invoke(values.span());
    store_callback_result(signature.return_type(), returned, result, context);
  } catch (...) {
    zero_result(signature, result);
    callback_failed(&context, std::current_exception());
  }
}

}  // namespace

bool shape_matches(const AbiShape& shape, const SignatureImpl& signature) {
  if (signature.is_variadic() || shape.return_kind != signature.return_type().kind) return false;
  if (shape.parameter_kinds.size() != signature.native_count()) return false;
  for (size_t i = 0; i < shape.parameter_kinds.size(); ++i)
    if (shape.parameter_kinds[i] != signature.arguments()[i].kind) return false;
  return true;
}

ClosureImpl::ClosureImpl(Ref<ContextImpl> context, Ref<SignatureImpl> signature,
                         Ref<CallableImpl> callable)
    : context_(std::move(context)),
      signature_(std::move(signature)),
      callable_(std::move(callable)) {
  if (signature_->is_variadic())
    throw Error(Error::Kind::Signature,
                "a callback cannot have a variadic signature: " + signature_->to_string());
  user_data_.callable = callable_.get();
  user_data_.context = context_.get();
  user_data_.owner = this;
  closure_ = static_cast<ffi_closure*>(ffi_closure_alloc(sizeof(ffi_closure), &code_));
  if (closure_ == nullptr) throw std::bad_alloc();
  using Handler = void (*)(ffi_cif*, void*, void**, void*);
  Handler handler = &generic_handler;
  const AbiShape* shape = callable_->typed_shape();
  if (shape != nullptr && shape_matches(*shape, *signature_)) {
    // Same C ABI: the callable reads libffi's argument pointers directly, no Values.
    handler = reinterpret_cast<Handler>(const_cast<void*>(callable_->typed_handler()));
    typed_ = true;
  }
  if (ffi_prep_closure_loc(closure_, signature_->cif(), handler, &user_data_, code_) != FFI_OK) {
    ffi_closure_free(closure_);
    throw Error(Error::Kind::Signature,
                "libffi cannot create a closure for " + signature_->to_string());
  }
  context_->register_closure(code_, this);
}

ClosureImpl::~ClosureImpl() {
  context_->unregister_closure(code_);
  ffi_closure_free(closure_);
}

void callback_failed(ContextImpl* context, std::exception_ptr error) noexcept {
  CallState& state = call_state;
  if (state.depth > 0) {
    // The innermost NFI call on this thread rethrows it once native code returns. If several
    // callbacks fail during one call, the first failure is the one reported.
    if (state.pending == nullptr) state.pending = new (std::nothrow) std::exception_ptr(error);
    return;
  }
  context->report_callback_error(error);
}

void rethrow_pending() {
  std::exception_ptr* pending = std::exchange(call_state.pending, nullptr);
  std::exception_ptr error = *pending;
  delete pending;
  std::rethrow_exception(error);
}

}  // namespace islet::nfi::detail

namespace islet::nfi {

void* Closure::address() const { return impl_ ? impl_->code() : nullptr; }
Signature Closure::signature() const { return Signature(impl_->signature_ref()); }

Closure Signature::create_closure(const Value& callable) const {
  if (!impl_) throw Error(Error::Kind::Usage, "create_closure on an empty islet::nfi::Signature");
  if (callable.kind() != Value::Kind::Callable)
    throw Error(Error::Kind::ArgumentType,
                "create_closure expects a C++ callable, got " + callable.to_string());
  return Closure(detail::Ref<detail::ClosureImpl>::adopt(
      new detail::ClosureImpl(detail::Ref<detail::ContextImpl>::share(impl_->context()), impl_,
                              detail::Ref<detail::CallableImpl>::share(
                                  static_cast<detail::CallableImpl*>(callable.box())))));
}

}  // namespace islet::nfi
