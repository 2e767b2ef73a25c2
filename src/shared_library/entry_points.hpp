// The @CEntryPoint methods of an application, found in its class files for `islet --shared`:
// their C names, their signatures as C types, and every reason one cannot become a C function.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "shared_library/class_path_bundle.hpp"

namespace islet::shared_library {

// How one Java type of an entry point's signature crosses to C: the C type the header declares,
// the JNI type and CallStatic<Suffix>Method the stub uses, and whether the Java value is a word
// (org.graalvm.word: a pointer or size, boxed as a MachineWord in Java).
struct CrossingType {
  std::string_view descriptor;  // "I", "Lorg/graalvm/nativeimage/c/type/CCharPointer;"
  std::string_view c_type;      // "int", "char*"
  std::string_view jni_type;    // "jint"; "jobject" for words
  std::string_view call_suffix; // "Int"; "Object" for words
  bool is_word;
};

// The type of the first parameter of every entry point.
const CrossingType& isolate_thread_type();

// One of GraalVM's CEntryPoint.Builtin functions: the library implements it in C (the Java method
// is a `native` declaration that is never called), over its own image and libislet's
// graal_isolate.h functions.
struct Builtin {
  std::string_view name;             // "CREATE_ISOLATE"
  std::string_view signature;        // for messages: "IsolateThread ()"
  std::string_view descriptors[2];   // the Java declarations it accepts
  std::string_view c_prelude;        // C statements before the result is computed
  std::string_view c_result;         // the result as a C expression of the parameters p0...
};

struct EntryPoint {
  std::string c_name;
  std::string class_name;  // internal form
  std::string method_name;
  std::string descriptor;
  std::vector<const CrossingType*> parameters;  // [0] is the IsolateThread
  const CrossingType* result = nullptr;
  std::vector<std::string> documentation;  // @CEntryPoint(documentation = ...), one per line
  const Builtin* builtin = nullptr;         // null for an entry point that calls its Java method
};

struct EntryPointScan {
  std::vector<EntryPoint> entry_points;  // in class-path order, then method order
  std::vector<std::string> errors;       // one sentence each, naming the method (and parameter)
  // Class files that could not be parsed (so neither loaded at run time): skipped, not fatal, as
  // a jar may carry classes for other Java versions that the application never loads here.
  std::vector<std::string> warnings;
};

EntryPointScan find_entry_points(const std::vector<BundledFile>& files);

// The C name GraalVM gives an entry point without @CEntryPoint(name = ...):
// <SimpleClassName>_<method>_<digest of the full signature>. The digest is native-image's
// current one (base-62 MurmurHash3 of "pkg.Class.method(int,long,)int"); it is meant to be
// unique, not memorable, and GraalVM does not promise it stays the same across versions.
std::string default_c_name(std::string_view class_name, std::string_view method_name, std::string_view descriptor);

}  // namespace islet::shared_library
