// The heap payloads of Values that are neither numbers nor raw pointers nor NFI objects with
// their own class (signatures, functions, closures, libraries and callables are Boxes too).
#pragma once

#include <memory>
#include <string>
#include <typeinfo>
#include <vector>

#include "islet/nfi.hpp"

namespace islet::nfi::detail {

struct LongDoubleBox final : Box {
  explicit LongDoubleBox(long double number) : value(number) {}
  long double value;
};

struct StringBox final : Box {
  explicit StringBox(std::string content) : text(std::move(content)) {}
  std::string text;  // UTF-8; c_str() is what a STRING argument receives
};

struct HostBox final : Box {
  HostBox(std::shared_ptr<void> host, const std::type_info& host_type)
      : object(std::move(host)), type(&host_type) {}
  std::shared_ptr<void> object;
  const std::type_info* type;
};

struct ArrayBox final : Box {
  explicit ArrayBox(std::shared_ptr<ArraySource> array) : source(std::move(array)) {}
  std::shared_ptr<ArraySource> source;
};

// A struct value: its fields as Values (when built by fields or read from native code) and/or
// its raw bytes (when built from a C++ struct or read from native code).
struct StructBox final : Box {
  std::vector<Value> fields;
  std::vector<unsigned char> bytes;
};

struct SymbolBox final : Box {
  SymbolBox(Ref<LibraryImpl> owner, std::string symbol, void* where)
      : library(std::move(owner)), name(std::move(symbol)), address(where) {}
  Ref<LibraryImpl> library;
  std::string name;
  void* address;
};

}  // namespace islet::nfi::detail
