/* Two JNI libraries linked into the jni_host executable (the JNI specification's static
 * libraries): "hoststatic" and "hostold" (which asks for a JNI version static libraries may not). */
#include <jni.h>
#include <stdio.h>

static jobject kept;  /* a global reference JNI_OnUnload_hoststatic deletes */

JNIEXPORT jint JNICALL JNI_OnLoad_hoststatic(JavaVM* vm, void* reserved) {
  JNIEnv* env;
  jint got = (*vm)->GetEnv(vm, (void**)&env, JNI_VERSION_1_8);
  kept = (*env)->NewGlobalRef(env, (*env)->FindClass(env, "HostMain"));
  printf("JNI_OnLoad_hoststatic: GetEnv=%d kept=%s\n", got, kept != NULL ? "yes" : "no");
  fflush(stdout);
  return JNI_VERSION_1_8;
}

JNIEXPORT void JNICALL JNI_OnUnload_hoststatic(JavaVM* vm, void* reserved) {
  JNIEnv* env;
  jint got = (*vm)->GetEnv(vm, (void**)&env, JNI_VERSION_1_8);
  if (got == JNI_OK) (*env)->DeleteGlobalRef(env, kept);
  printf("JNI_OnUnload_hoststatic: GetEnv=%d\n", got);
  fflush(stdout);
}

JNIEXPORT jstring JNICALL Java_HostMain_fromStatic(JNIEnv* env, jclass cls, jint x) {
  char text[64];
  snprintf(text, sizeof text, "fromStatic(%d) = %d", x, x + 1);
  return (*env)->NewStringUTF(env, text);
}

JNIEXPORT jint JNICALL JNI_OnLoad_hostold(JavaVM* vm, void* reserved) { return JNI_VERSION_1_6; }
