// ClosureImpl: a libffi closure, i.e. a native function pointer with a given signature whose
// calls run a C++ callable. Lifetime is a reference count shared by C++ owners (Closure,
// argument passing) and native owners (newClosureRef / a callback's function-pointer result).
#pragma once

#include <ffi.h>

#include "nfi/signature.hpp"

namespace islet::nfi::detail {

class ClosureImpl final : public Box {
 public:
  // Throws Error Signature for variadic signatures (C cannot define such a callee portably).
  ClosureImpl(Ref<ContextImpl> context, Ref<SignatureImpl> signature, Ref<CallableImpl> callable);
  ~ClosureImpl() override;

  void* code() const { return code_; }
  const SignatureImpl& signature() const { return *signature_; }
  Ref<SignatureImpl> signature_ref() const { return signature_; }
  const Ref<CallableImpl>& callable() const { return callable_; }
  ContextImpl& context() const { return *context_; }
  bool is_typed() const { return typed_; }

  // libffi's user data: the typed handler reads the first two members, the generic one all.
  struct UserData : ClosureTarget {
    ClosureImpl* owner;
  };

 private:
  Ref<ContextImpl> context_;
  Ref<SignatureImpl> signature_;
  Ref<CallableImpl> callable_;
  UserData user_data_;
  ffi_closure* closure_ = nullptr;
  void* code_ = nullptr;
  bool typed_ = false;
};

// True when a C++ shape has exactly the C ABI of the signature.
bool shape_matches(const AbiShape& shape, const SignatureImpl& signature);

}  // namespace islet::nfi::detail
