// LibraryImpl: one dlopen handle (or the process's default scope) and, for the combined
// `load "lib" { name(args):ret; }` form, the functions bound at load time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "nfi/signature.hpp"

namespace islet::nfi::detail {

class LibraryImpl final : public Box {
 public:
  // Opens `file` with dlopen flags; throws Error Library with dlerror()'s text.
  static Ref<LibraryImpl> open(Ref<ContextImpl> context, const std::string& file, int flags);
  // The symbols already in the process (RTLD_DEFAULT).
  static Ref<LibraryImpl> process_default(Ref<ContextImpl> context);
  ~LibraryImpl() override;

  const std::string& name() const { return name_; }
  ContextImpl* context() const { return context_.get(); }
  // The symbol's address; throws Error Symbol naming symbol, library and dlerror()'s text.
  void* lookup(std::string_view symbol) const;
  void* try_lookup(std::string_view symbol) const;

  struct Binding {
    std::string name;
    Ref<SignatureImpl> signature;
    void* address;
  };
  void add_binding(std::string name, Ref<SignatureImpl> signature);
  const Binding* binding(std::string_view name) const;
  const std::vector<Binding>& bindings() const { return bindings_; }

 private:
  LibraryImpl(Ref<ContextImpl> context, std::string name, void* handle, bool owns_handle);

  Ref<ContextImpl> context_;
  std::string name_;
  void* handle_;
  bool owns_handle_;
  std::vector<Binding> bindings_;
};

}  // namespace islet::nfi::detail
