// Raising Java exceptions from VM code: build the throwable (running its constructor, which also
// records the stack trace) and make it the thread's pending exception. Every helper returns
// nothing useful on purpose: callers return their own failure sentinel right after.
#pragma once

#include <string>
#include <string_view>

#include "runtime/isolate.hpp"

namespace islet::runtime {

class VMThread;
struct Object;
struct Class;
class ClassLoaderData;

// Throws a new `which` with `message` (null message when `message` is nullopt-like empty and
// `has_message` false). If building the exception itself fails, that failure is what is pending.
void throw_new(VMThread* thread, WellKnown which, std::string_view message);
void throw_new(VMThread* thread, Class* klass, std::string_view message);
void throw_new_no_message(VMThread* thread, WellKnown which);
void throw_new_with_cause(VMThread* thread, WellKnown which, std::string_view message, Object* cause);
void throw_exception(VMThread* thread, Object* exception);

// Builds (but does not throw) a throwable of `klass` with constructor (String) or ().
Object* new_throwable(VMThread* thread, Class* klass, const std::string* message);

// HotSpot's description of where a class lives, used in ClassCastException and
// IllegalAccessError messages: "module java.base of loader 'bootstrap'" or
// "unnamed module of loader 'app'" ("... of loader 'one' @1b6d3586" for a user-defined loader).
std::string module_and_loader(const Class* klass);
// The same for a class of `package` ("java/lang", "" for the unnamed package) defined by `loader`.
std::string module_and_loader(const ClassLoaderData& loader, std::string_view package);

// "class A cannot be cast to class B (A and B are in unnamed module of loader 'app')".
std::string class_cast_message(const Class* from, const Class* to);

}  // namespace islet::runtime
