/* A library whose JNI_OnLoad fails with an exception. */
#include <jni.h>
#include <stdio.h>

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
  JNIEnv *env;
  (*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_2);
  printf("JNI_OnLoad of JniLoadingThrows runs\n");
  fflush(stdout);
  (*env)->ThrowNew(env, (*env)->FindClass(env, "java/lang/IllegalStateException"), "refused by JNI_OnLoad");
  return JNI_VERSION_1_2;
}
