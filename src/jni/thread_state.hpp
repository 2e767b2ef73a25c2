// The JNI state of one thread, embedded in its VMThread: its local handles and, while a library's
// JNI_OnLoad runs, the class loader FindClass uses.
#pragma once

#include "jni/handles.hpp"

namespace islet::runtime {
class ClassLoaderData;
}

namespace islet::jni {

struct ThreadState {
  LocalHandles locals;
  // While JNI_OnLoad runs: the loader of the class that loaded the library, which FindClass
  // uses for calls made from the native frame `library_frame` (the library loader's native).
  runtime::ClassLoaderData* library_loader = nullptr;
  const void* library_frame = nullptr;
  // -Xcheck:jni: the JNI function after which the native must check for an exception before
  // calling most others (null when checked), and how many critical regions are open.
  const char* exception_check_owed_by = nullptr;
  int critical_depth = 0;
};

}  // namespace islet::jni
