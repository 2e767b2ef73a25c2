// Building and raising throwables from VM code, and HotSpot's wording for class locations in
// ClassCastException and IllegalAccessError messages.
#include "runtime/exceptions.hpp"

#include "interp/interpreter.hpp"
#include "runtime/class_loader.hpp"
#include "runtime/allocation.hpp"
#include "runtime/resolver.hpp"
#include "runtime/strings.hpp"
#include "runtime/vm_thread.hpp"

namespace islet::runtime {

Object* new_throwable(VMThread* thread, Class* klass, const std::string* message) {
  if (!ensure_initialized(thread, klass)) return nullptr;
  Object* exception = new_instance(thread, klass);
  if (exception == nullptr) return nullptr;
  if (message != nullptr) {
    Method* ctor = klass->find_declared_method("<init>", "(Ljava/lang/String;)V");
    Object* text = new_string_from_utf8(thread, *message);
    if (text == nullptr) return nullptr;
    if (ctor == nullptr) return exception;  // no such constructor: leave the message unset
    interp::call_method(thread, ctor, {Slot::of_ref(exception), Slot::of_ref(text)});
  } else {
    Method* ctor = klass->find_declared_method("<init>", "()V");
    if (ctor != nullptr) interp::call_method(thread, ctor, {Slot::of_ref(exception)});
  }
  return thread->has_pending_exception() ? nullptr : exception;
}

void throw_exception(VMThread* thread, Object* exception) { thread->set_pending_exception(exception); }

void throw_new(VMThread* thread, Class* klass, std::string_view message) {
  std::string text(message);
  // Constructing the exception must not see an exception pending from before.
  Object* previous = thread->take_pending_exception();
  (void)previous;
  Object* exception = new_throwable(thread, klass, &text);
  if (exception != nullptr) thread->set_pending_exception(exception);
}

void throw_new(VMThread* thread, WellKnown which, std::string_view message) {
  Class* klass = thread->isolate()->well_known(which);
  if (klass == nullptr) return;  // loading the class failed: that failure is pending
  throw_new(thread, klass, message);
}

void throw_new_no_message(VMThread* thread, WellKnown which) {
  thread->take_pending_exception();
  Class* klass = thread->isolate()->well_known(which);
  if (klass == nullptr) return;
  Object* exception = new_throwable(thread, klass, nullptr);
  if (exception != nullptr) thread->set_pending_exception(exception);
}

void throw_new_with_cause(VMThread* thread, WellKnown which, std::string_view message, Object* cause) {
  throw_new(thread, which, message);
  if (!thread->has_pending_exception()) return;
  Object* exception = thread->pending_exception();
  if (exception->klass != thread->isolate()->well_known(which)) return;
  Method* init_cause = lookup_method(thread->isolate()->well_known(WellKnown::Throwable), "initCause",
                                     "(Ljava/lang/Throwable;)Ljava/lang/Throwable;");
  thread->take_pending_exception();
  interp::call_method(thread, init_cause, {Slot::of_ref(exception), Slot::of_ref(cause)});
  if (!thread->has_pending_exception()) thread->set_pending_exception(exception);
}

std::string module_and_loader(const ClassLoaderData& loader, std::string_view package) {
  // The class library's packages form java.base; a class the bootstrap loader defines outside
  // them (JNI DefineClass with a null loader) is in that loader's unnamed module.
  if (loader.is_boot() && !package.empty()) return "module java.base of loader 'bootstrap'";
  return "unnamed module of loader " + loader.name_and_id();
}

std::string module_and_loader(const Class* klass) {
  while (klass->is_array()) klass = klass->component;
  if (klass->is_primitive() || klass->loader == nullptr) return "module java.base of loader 'bootstrap'";
  return module_and_loader(*klass->loader, klass->package_name());
}

std::string class_cast_message(const Class* from, const Class* to) {
  std::string a = from->external_name(), b = to->external_name();
  std::string la = module_and_loader(from), lb = module_and_loader(to);
  std::string where = la == lb ? a + " and " + b + " are in " + la
                               : a + " is in " + la + "; " + b + " is in " + lb;
  return "class " + a + " cannot be cast to class " + b + " (" + where + ")";
}

}  // namespace islet::runtime
