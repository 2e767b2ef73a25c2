// SignatureImpl: a validated NFI signature with its prepared libffi call interface and the
// argument-frame plan every call through it reuses.
#pragma once

#include <ffi.h>

#include <mutex>
#include <string>
#include <vector>

#include "nfi/types.hpp"

namespace islet::nfi::detail {

class SignatureImpl final : public Box {
 public:
  // `first_variadic` is the index (among `arguments`) of the first argument after `...`, or -1.
  // Throws Error Signature for misplaced types (VOID argument, ENV or array result, ...).
  SignatureImpl(Type return_type, std::vector<Type> arguments, int first_variadic);

  const Type& return_type() const { return return_type_; }
  const std::vector<Type>& arguments() const { return arguments_; }
  bool is_variadic() const { return first_variadic_ >= 0; }
  int first_variadic() const { return first_variadic_; }
  std::string to_string() const;

  // The call plan, shared by every function bound to this signature.
  const CallCore& core() const { return core_; }  // `code` is null here
  ffi_cif* cif() const { return const_cast<ffi_cif*>(&cif_); }
  size_t native_count() const { return arguments_.size(); }
  size_t managed_count() const { return core_.managed_count; }
  // Byte offset of argument i's slot in the argument frame, and the frame's size.
  size_t slot_offset(size_t i) const { return slot_offsets_[i]; }
  size_t frame_size() const { return frame_size_; }
  size_t return_size() const { return return_size_; }
  bool has_env() const { return has_env_; }
  bool returns_object() const { return return_type_.kind == TypeKind::Object; }
  // True when an argument needs work after the call (arrays, objects, callbacks).
  bool needs_cleanup() const { return needs_cleanup_; }

  // The context raw addresses are bound in and closures are made in: the one that evaluated
  // this signature, or, for a signature parsed on its own, one it makes on first need and owns.
  void set_context(Ref<ContextImpl> context) { context_ = std::move(context); }
  ContextImpl* context() const;

 private:
  void check_placement() const;
  void plan_frame();
  void prepare_cif();

  Type return_type_;
  std::vector<Type> arguments_;
  int first_variadic_;
  std::vector<TypeKind> native_kinds_;
  std::vector<ffi_type*> ffi_arguments_;
  std::vector<size_t> slot_offsets_;
  size_t frame_size_ = 0;
  size_t return_size_ = sizeof(Slot);
  bool has_env_ = false;
  bool needs_cleanup_ = false;
  ffi_cif cif_{};
  CallCore core_;
  Ref<ContextImpl> context_;  // set once, before the signature is shared
  mutable std::once_flag own_context_made_;
  mutable Ref<ContextImpl> own_context_;
};

}  // namespace islet::nfi::detail
