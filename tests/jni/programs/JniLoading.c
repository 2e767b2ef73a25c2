/* A library with JNI_OnLoad: records what it could do while being loaded. */
#include <jni.h>
#include <stdio.h>
#include <string.h>

static char report[512];

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
  JNIEnv *env = NULL;
  JNIEnv *bad = (JNIEnv *)1;
  jint ok = (*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_8);
  jint unsupported = (*vm)->GetEnv(vm, (void **)&bad, 0x7fff0000);
  JavaVM *same = NULL;
  (*env)->GetJavaVM(env, &same);
  jclass helper = (*env)->FindClass(env, "JniLoading$Helper");
  jstring greeting = (jstring)(*env)->CallStaticObjectMethod(
      env, helper, (*env)->GetStaticMethodID(env, helper, "greet", "()Ljava/lang/String;"));
  const char *utf = (*env)->GetStringUTFChars(env, greeting, NULL);
  snprintf(report, sizeof report, "JNI_OnLoad: GetEnv=%d env=%s unsupported=%d (env %s) same vm=%d; %s", ok,
           env ? "set" : "NULL", unsupported, bad ? "set" : "NULL", same == vm, utf);
  (*env)->ReleaseStringUTFChars(env, greeting, utf);
  printf("JNI_OnLoad of JniLoading runs\n");
  fflush(stdout);
  return JNI_VERSION_1_8;
}

JNIEXPORT jstring JNICALL Java_JniLoading_onLoadReport(JNIEnv *env, jclass c) { return (*env)->NewStringUTF(env, report); }

JNIEXPORT jstring JNICALL Java_JniLoading_00024Inner_nativeInner(JNIEnv *env, jclass c, jchar ch) {
  char buf[64];
  snprintf(buf, sizeof buf, "nativeInner(%c) of a nested class", ch);
  return (*env)->NewStringUTF(env, buf);
}
