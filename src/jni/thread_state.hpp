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
};

}  // namespace islet::jni
