// Libraries: dlopen/dlsym with dlerror()'s text in every failure, and the Library class.
#include "nfi/library.hpp"

#include <dlfcn.h>

#include "nfi/boxes.hpp"
#include "nfi/context.hpp"
#include "nfi/function.hpp"
#include "nfi/parser.hpp"

namespace islet::nfi::detail {

LibraryImpl::LibraryImpl(Ref<ContextImpl> context, std::string name, void* handle, bool owns_handle)
    : context_(std::move(context)),
      name_(std::move(name)),
      handle_(handle),
      owns_handle_(owns_handle) {}

LibraryImpl::~LibraryImpl() {
  if (owns_handle_) dlclose(handle_);
}

Ref<LibraryImpl> LibraryImpl::open(Ref<ContextImpl> context, const std::string& file, int flags) {
  if (file.empty()) throw Error(Error::Kind::Library, "cannot load library '': empty file name");
  dlerror();
  void* handle = dlopen(file.c_str(), flags);
  if (handle == nullptr) {
    const char* reason = dlerror();
    throw Error(Error::Kind::Library, "cannot load library '" + file + "': " +
                                          (reason != nullptr ? reason : "unknown dlopen error"));
  }
  return Ref<LibraryImpl>::adopt(new LibraryImpl(std::move(context), file, handle, true));
}

Ref<LibraryImpl> LibraryImpl::process_default(Ref<ContextImpl> context) {
  return Ref<LibraryImpl>::adopt(
      new LibraryImpl(std::move(context), "default", RTLD_DEFAULT, false));
}

void* LibraryImpl::try_lookup(std::string_view symbol) const {
  return dlsym(handle_, std::string(symbol).c_str());
}

void* LibraryImpl::lookup(std::string_view symbol) const {
  dlerror();
  void* address = dlsym(handle_, std::string(symbol).c_str());
  if (address == nullptr) {
    const char* reason = dlerror();
    throw Error(Error::Kind::Symbol, "symbol '" + std::string(symbol) + "' not found in library '" +
                                         name_ + "'" +
                                         (reason != nullptr ? std::string(": ") + reason : ""));
  }
  return address;
}

void LibraryImpl::add_binding(std::string name, Ref<SignatureImpl> signature) {
  void* address = lookup(name);
  bindings_.push_back(Binding{std::move(name), std::move(signature), address});
}

const LibraryImpl::Binding* LibraryImpl::binding(std::string_view name) const {
  for (const Binding& binding : bindings_)
    if (binding.name == name) return &binding;
  return nullptr;
}

}  // namespace islet::nfi::detail

namespace islet::nfi {

using detail::Ref;

void* Library::address(std::string_view symbol) const { return impl_->lookup(symbol); }

Value Library::symbol(std::string_view name) const {
  void* address = impl_->lookup(name);
  return Value::from_box(Value::Kind::Symbol,
                         new detail::SymbolBox(impl_, std::string(name), address));
}

Function Library::bind(std::string_view symbol, std::string_view signature) const {
  return bind(symbol, Signature(detail::parse_signature(signature)));
}

Function Library::bind(std::string_view symbol, const Signature& signature) const {
  void* address = impl_->lookup(symbol);
  return Function(detail::make_function(Ref<detail::ContextImpl>::share(impl_->context()),
                                        Ref<detail::SignatureImpl>::share(signature.impl()),
                                        address, impl_, std::string(symbol)));
}

Function Library::function(std::string_view name) const {
  const detail::LibraryImpl::Binding* binding = impl_->binding(name);
  if (binding == nullptr)
    throw Error(Error::Kind::Symbol, "library '" + impl_->name() + "' has no bound function '" +
                                         std::string(name) + "'");
  return Function(detail::make_function(Ref<detail::ContextImpl>::share(impl_->context()),
                                        binding->signature, binding->address, impl_,
                                        binding->name));
}

std::vector<std::string> Library::function_names() const {
  std::vector<std::string> names;
  for (const auto& binding : impl_->bindings()) names.push_back(binding.name);
  return names;
}

const std::string& Library::name() const { return impl_->name(); }

}  // namespace islet::nfi
