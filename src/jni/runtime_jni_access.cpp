// The natives of org.graalvm.nativeimage.hosted.RuntimeJNIAccess: registrations a --features=
// class makes at start-up go into the same closed-world configuration -Xjni:config= files fill
// (access_config.hpp). The Java side has turned each Class, Executable and Field into the names a
// JSON entry would hold and refuses registrations once the features have run.
#include "jni/access_config.hpp"
#include "jni/environment.hpp"
#include "natives/native_registry.hpp"
#include "natives/support.hpp"
#include "runtime/isolate.hpp"
#include "runtime/strings.hpp"

namespace islet::jni {

namespace {

AccessConfig& registrations_for(VMThread* thread, Object* source) {
  AccessConfig& config = thread->isolate()->jni().registrations();
  config.add_source("feature " + runtime::string_to_utf8(thread, source));
  return config;
}

// registerClass0(String feature, String className)
void register_class(VMThread* thread, Object* source, Object* class_name) {
  registrations_for(thread, source).register_class(runtime::string_to_utf8(thread, class_name));
}

// registerMethod0(String feature, String className, String name, String[] parameterTypes)
void register_method(VMThread* thread, Object* source, Object* class_name, Object* name,
                     Object* parameter_types) {
  std::vector<std::string> types;
  runtime::ArrayObject* array = runtime::as_array(parameter_types);
  for (int32_t i = 0; i < array->length; ++i)
    types.push_back(runtime::string_to_utf8(thread, array->at<Object*>(i)));
  registrations_for(thread, source)
      .register_method(runtime::string_to_utf8(thread, class_name),
                       runtime::string_to_utf8(thread, name), std::move(types));
}

// registerField0(String feature, String className, String name)
void register_field(VMThread* thread, Object* source, Object* class_name, Object* name) {
  registrations_for(thread, source)
      .register_field(runtime::string_to_utf8(thread, class_name),
                      runtime::string_to_utf8(thread, name));
}

constexpr const char* kRuntimeJNIAccess = "org/graalvm/nativeimage/hosted/RuntimeJNIAccess";

constexpr natives::NativeEntry kEntries[] = {
    {kRuntimeJNIAccess, "registerClass0", "(Ljava/lang/String;Ljava/lang/String;)V",
     natives::adapt<&register_class>()},
    {kRuntimeJNIAccess, "registerMethod0",
     "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;)V",
     natives::adapt<&register_method>()},
    {kRuntimeJNIAccess, "registerField0",
     "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V",
     natives::adapt<&register_field>()},
};

}  // namespace

}  // namespace islet::jni

namespace islet::natives {

std::pair<const NativeEntry*, size_t> jni_access_natives() {
  return {jni::kEntries, std::size(jni::kEntries)};
}

}  // namespace islet::natives
