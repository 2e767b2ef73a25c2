// Signature validation and libffi preparation: where each type may appear, C's default
// argument promotions for variadic arguments, and the argument frame layout.
#include "nfi/signature.hpp"

#include "nfi/context.hpp"
#include "nfi/parser.hpp"

namespace islet::nfi::detail {

namespace {

constexpr size_t kSlotAlignment = alignof(Slot);

size_t align_up(size_t value, size_t alignment) {
  return (value + alignment - 1) / alignment * alignment;
}

[[noreturn]] void reject(const std::string& message) {
  throw Error(Error::Kind::Signature, message);
}

// The type libffi sees for a variadic argument: C promotes float to double and integers
// narrower than int to int. The value is stored sign- or zero-extended either way.
ffi_type* promoted_ffi_type(const Type& type) {
  switch (type.kind) {
    case TypeKind::Float:
      return &ffi_type_double;
    case TypeKind::SInt8:
    case TypeKind::SInt16:
    case TypeKind::UInt8:
    case TypeKind::UInt16:
      return &ffi_type_sint32;
    default:
      return ffi_type_of(type);
  }
}

bool is_plain_kind(TypeKind kind) {
  return (kind >= TypeKind::SInt8 && kind <= TypeKind::String) || kind == TypeKind::Function;
}

}  // namespace

SignatureImpl::SignatureImpl(Type return_type, std::vector<Type> arguments, int first_variadic)
    : return_type_(std::move(return_type)),
      arguments_(std::move(arguments)),
      first_variadic_(first_variadic) {
  check_placement();
  if (return_type_.kind == TypeKind::Struct) prepare_struct(return_type_);
  for (Type& argument : arguments_)
    if (argument.kind == TypeKind::Struct) prepare_struct(argument);
  plan_frame();
  prepare_cif();
}

void SignatureImpl::check_placement() const {
  switch (return_type_.kind) {
    case TypeKind::Env:
      reject("ENV is only allowed as an argument type");
    case TypeKind::Array:
      reject("array types are only allowed as argument types");
    default:
      break;
  }
  for (size_t i = 0; i < arguments_.size(); ++i) {
    const Type& argument = arguments_[i];
    std::string where = "argument " + std::to_string(i + 1) + " of " + to_string();
    if (argument.kind == TypeKind::Void)
      reject("VOID is only allowed as a return type (" + where + ")");
    if (argument.kind == TypeKind::Array && !argument.members.at(0).is_number())
      reject("array elements must be numbers, not " + type_to_string(argument.members[0]) + " (" +
             where + ")");
    if (argument.kind == TypeKind::Array && argument.members[0].kind == TypeKind::FP80)
      reject("FP80 arrays are not supported (" + where + ")");
    if (argument.kind == TypeKind::Env && is_variadic() && static_cast<int>(i) >= first_variadic_)
      reject("ENV cannot be a variadic argument (" + where + ")");
  }
}

void SignatureImpl::plan_frame() {
  size_t managed = 0;
  bool plain = is_plain_kind(return_type_.kind) || return_type_.kind == TypeKind::Void;
  for (size_t i = 0; i < arguments_.size(); ++i) {
    const Type& argument = arguments_[i];
    TypeKind kind = argument.kind;
    if (is_variadic() && static_cast<int>(i) >= first_variadic_ && kind == TypeKind::Float)
      kind = TypeKind::Double;
    native_kinds_.push_back(kind);
    if (kind == TypeKind::Env)
      has_env_ = true;
    else
      ++managed;
    if (kind == TypeKind::Array || kind == TypeKind::Object || kind == TypeKind::Function)
      needs_cleanup_ = true;
    if (!is_plain_kind(kind)) plain = false;
    size_t size = kind == TypeKind::Struct ? argument.layout->type.size : sizeof(Slot);
    slot_offsets_.push_back(frame_size_);
    frame_size_ = align_up(frame_size_ + size, kSlotAlignment);
  }
  if (return_type_.kind == TypeKind::Struct)
    return_size_ = align_up(std::max(return_type_.layout->type.size, sizeof(Slot)), kSlotAlignment);
  // Callbacks (function-pointer arguments) need the Value path to become closures; raw
  // function pointers are still plain, so the fast path accepts them and only them.
  core_.native_kinds = native_kinds_.data();
  core_.native_count = static_cast<uint32_t>(native_kinds_.size());
  core_.managed_count = static_cast<uint32_t>(managed);
  core_.return_kind = return_type_.kind;
  core_.plain = plain;
}

void SignatureImpl::prepare_cif() {
  for (size_t i = 0; i < arguments_.size(); ++i) {
    bool variadic = is_variadic() && static_cast<int>(i) >= first_variadic_;
    ffi_arguments_.push_back(variadic ? promoted_ffi_type(arguments_[i])
                                      : ffi_type_of(arguments_[i]));
  }
  ffi_type* result = ffi_type_of(return_type_);
  ffi_status status;
  if (is_variadic()) {
    status = ffi_prep_cif_var(&cif_, FFI_DEFAULT_ABI, static_cast<unsigned>(first_variadic_),
                              static_cast<unsigned>(ffi_arguments_.size()), result,
                              ffi_arguments_.data());
  } else {
    status = ffi_prep_cif(&cif_, FFI_DEFAULT_ABI, static_cast<unsigned>(ffi_arguments_.size()),
                          result, ffi_arguments_.data());
  }
  if (status != FFI_OK) reject("libffi cannot prepare a call for " + to_string());
  core_.cif = &cif_;
}

ContextImpl* SignatureImpl::context() const {
  if (context_) return context_.get();
  std::call_once(own_context_made_, [this] { own_context_ = Ref<ContextImpl>::adopt(new ContextImpl()); });
  return own_context_.get();
}

std::string SignatureImpl::to_string() const {
  std::string text = "(";
  for (size_t i = 0; i < arguments_.size(); ++i) {
    if (i > 0) text += ", ";
    if (static_cast<int>(i) == first_variadic_) text += "...";
    text += type_to_string(arguments_[i]);
  }
  return text + "):" + type_to_string(return_type_);
}

}  // namespace islet::nfi::detail

namespace islet::nfi {

Signature::Signature(std::string_view text) : impl_(detail::parse_signature(text)) {}

size_t Signature::argument_count() const { return impl_->managed_count(); }
bool Signature::is_variadic() const { return impl_->is_variadic(); }
std::string Signature::to_string() const { return impl_->to_string(); }

}  // namespace islet::nfi
