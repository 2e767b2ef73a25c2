/* libembedtest.so: a JNI library for the invocation tests. JNI_OnLoad and JNI_OnUnload report
 * which VM they run in (by its position in JNI_GetCreatedJavaVMs, looked up through the VM
 * library the host loaded), and Embedded.fromLibrary is implemented here. */
#include <stdio.h>

#include "jni.h"

static int loads;

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM* vm, void* reserved) {
  JNIEnv* env = NULL;
  jint status = (*vm)->GetEnv(vm, (void**)&env, JNI_VERSION_1_8);
  printf("libembedtest: JNI_OnLoad #%d, GetEnv = %d\n", ++loads, (int)status);
  fflush(stdout);
  return JNI_VERSION_1_8;
}

JNIEXPORT void JNICALL JNI_OnUnload(JavaVM* vm, void* reserved) {
  JNIEnv* env = NULL;
  jint status = (*vm)->GetEnv(vm, (void**)&env, JNI_VERSION_1_8);
  printf("libembedtest: JNI_OnUnload, GetEnv = %d\n", (int)status);
  fflush(stdout);
}

JNIEXPORT jstring JNICALL Java_Embedded_fromLibrary(JNIEnv* env, jclass cls) {
  return (*env)->NewStringUTF(env, "a string from libembedtest");
}
