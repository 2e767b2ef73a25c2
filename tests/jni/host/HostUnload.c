/* libHostUnload.so for HostMain: JNI_OnLoad and JNI_OnUnload report what they see. */
#include <jni.h>
#include <stdio.h>

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM* vm, void* reserved) {
  printf("JNI_OnLoad of libHostUnload\n");
  fflush(stdout);
  return JNI_VERSION_10;
}

JNIEXPORT void JNICALL JNI_OnUnload(JavaVM* vm, void* reserved) {
  JNIEnv* env;
  jint got = (*vm)->GetEnv(vm, (void**)&env, JNI_VERSION_10);
  jclass string = got == JNI_OK ? (*env)->FindClass(env, "java/lang/String") : NULL;
  printf("JNI_OnUnload of libHostUnload: GetEnv=%d FindClass=%s\n", got, string != NULL ? "ok" : "null");
  fflush(stdout);
}

JNIEXPORT jstring JNICALL Java_HostMain_fromDynamic(JNIEnv* env, jclass cls, jstring s) {
  return s;
}
