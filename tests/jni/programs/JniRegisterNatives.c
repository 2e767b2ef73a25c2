/* Native side of JniRegisterNatives: functions bound only through RegisterNatives. */
#include <jni.h>
#include <stdio.h>

static jint times_ten(JNIEnv *env, jclass c, jint x) { return x * 10; }
static jint times_hundred(JNIEnv *env, jclass c, jint x) { return x * 100; }
static jstring overriding(JNIEnv *env, jclass c) { return (*env)->NewStringUTF(env, "overridden by RegisterNatives"); }
static jstring instance_method(JNIEnv *env, jobject self, jstring prefix) {
  char buf[128];
  const char *utf = (*env)->GetStringUTFChars(env, prefix, NULL);
  snprintf(buf, sizeof buf, "%s from a registered instance method", utf);
  (*env)->ReleaseStringUTFChars(env, prefix, utf);
  return (*env)->NewStringUTF(env, buf);
}
static jint inherited(JNIEnv *env, jclass c, jint x) { return x + 1; }
static void dummy(void) {}

JNIEXPORT jstring JNICALL Java_JniRegisterNatives_linkedByName(JNIEnv *env, jclass c) {
  return (*env)->NewStringUTF(env, "linked by its Java_ name");
}

static jint register_table(JNIEnv *env, jclass c, int which) {
  JNINativeMethod at_load[] = {
      {"registeredAtLoad", "(I)I", (void *)times_ten},
      {"instanceMethod", "(Ljava/lang/String;)Ljava/lang/String;", (void *)instance_method},
  };
  JNINativeMethod override[] = {
      {"linkedByName", "()Ljava/lang/String;", (void *)overriding},
      {"registeredAtLoad", "(I)I", (void *)times_hundred},
  };
  JNINativeMethod inherited_table[] = {{"inherited", "(I)I", (void *)inherited}};
  switch (which) {
    case 0: return (*env)->RegisterNatives(env, c, at_load, 2);
    case 1: return (*env)->RegisterNatives(env, c, override, 2);
    default: {
      jclass derived = (*env)->FindClass(env, "JniRegisterNatives$Derived");
      return (*env)->RegisterNatives(env, derived, inherited_table, 1);
    }
  }
}

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
  JNIEnv *env;
  (*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_6);
  jclass c = (*env)->FindClass(env, "JniRegisterNatives");
  JNINativeMethod table[] = {
      {"register", "(I)I", (void *)register_table},
  };
  if ((*env)->RegisterNatives(env, c, table, 1) != JNI_OK) return JNI_ERR;
  if (register_table(env, c, 0) != JNI_OK) return JNI_ERR;
  return JNI_VERSION_1_6;
}

JNIEXPORT jint JNICALL Java_JniRegisterNatives_unregister(JNIEnv *env, jclass c) {
  jint result = (*env)->UnregisterNatives(env, c);
  /* `register` lost its binding too: bind it again so the test can go on. */
  JNINativeMethod table[] = {{"register", "(I)I", (void *)register_table}};
  (*env)->RegisterNatives(env, c, table, 1);
  return result;
}

JNIEXPORT jstring JNICALL Java_JniRegisterNatives_tryRegisterOn(JNIEnv *env, jclass c, jclass target, jstring name, jstring sig) {
  char buf[512];
  const char *n = (*env)->GetStringUTFChars(env, name, NULL);
  const char *s = (*env)->GetStringUTFChars(env, sig, NULL);
  JNINativeMethod table[] = {{(char *)n, (char *)s, (void *)dummy}};
  jint result = (*env)->RegisterNatives(env, target, table, 1);
  (*env)->ReleaseStringUTFChars(env, name, n);
  (*env)->ReleaseStringUTFChars(env, sig, s);
  jthrowable t = (*env)->ExceptionOccurred(env);
  (*env)->ExceptionClear(env);
  if (t == NULL) {
    snprintf(buf, sizeof buf, "RegisterNatives=%d", result);
  } else {
    jclass object = (*env)->FindClass(env, "java/lang/Object");
    jstring text = (jstring)(*env)->CallObjectMethod(env, t, (*env)->GetMethodID(env, object, "toString", "()Ljava/lang/String;"));
    const char *utf = (*env)->GetStringUTFChars(env, text, NULL);
    snprintf(buf, sizeof buf, "RegisterNatives=%d %s", result, utf);
    (*env)->ReleaseStringUTFChars(env, text, utf);
  }
  return (*env)->NewStringUTF(env, buf);
}
