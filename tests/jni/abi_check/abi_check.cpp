// ABI checker, C++ half: prints the exact type of every function-table slot and of every JNIEnv_ /
// JavaVM_ convenience method as the compiler mangles it, so a parameter or return type that
// differs from OpenJDK's header (not just an offset) makes the two outputs differ.
#include <cstdio>
#include <typeinfo>

#include <jni.h>

int main() {
#define X(slot)                                                                               \
  std::printf("slot %s %s\n", #slot, typeid(decltype(JNINativeInterface_::slot)).name()); \
  std::printf("env %s %s\n", #slot, typeid(&JNIEnv_::slot).name());
#include "native_slots.def"
#undef X
#define VM_METHOD(slot)                                                                     \
  std::printf("slot %s %s\n", #slot, typeid(decltype(JNIInvokeInterface_::slot)).name()); \
  std::printf("vm %s %s\n", #slot, typeid(&JavaVM_::slot).name());
  VM_METHOD(DestroyJavaVM)
  VM_METHOD(AttachCurrentThread)
  VM_METHOD(DetachCurrentThread)
  VM_METHOD(GetEnv)
  VM_METHOD(AttachCurrentThreadAsDaemon)
  std::printf("sizeof JNIEnv_ %zu JavaVM_ %zu\n", sizeof(JNIEnv_), sizeof(JavaVM_));
  std::printf("types %s %s %s %s\n", typeid(jstring).name(), typeid(jintArray).name(),
              typeid(jweak).name(), typeid(jobjectArray).name());
  std::printf("functions %s %s\n", typeid(&JNI_CreateJavaVM).name(), typeid(&JNI_OnLoad).name());
  return 0;
}
