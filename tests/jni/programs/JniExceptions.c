/* Native side of JniExceptions. */
#include <jni.h>
#include <stdio.h>
#include <string.h>

JNIEXPORT void JNICALL Java_JniExceptions_throwNew(JNIEnv *env, jclass c, jclass type, jstring message) {
  const char *utf = message == NULL ? NULL : (*env)->GetStringUTFChars(env, message, NULL);
  jint r = (*env)->ThrowNew(env, type, utf);
  if (r != 0 && !(*env)->ExceptionCheck(env)) printf("ThrowNew returned %d without an exception\n", r);
  if (utf != NULL) (*env)->ReleaseStringUTFChars(env, message, utf);
}

JNIEXPORT jint JNICALL Java_JniExceptions_throwNewResult(JNIEnv *env, jclass c, jclass type, jstring message) {
  const char *utf = (*env)->GetStringUTFChars(env, message, NULL);
  jint r = (*env)->ThrowNew(env, type, utf);
  (*env)->ReleaseStringUTFChars(env, message, utf);
  return r;
}

JNIEXPORT void JNICALL Java_JniExceptions_throwObject(JNIEnv *env, jclass c, jthrowable t) {
  if ((*env)->Throw(env, t) != JNI_OK) printf("Throw failed\n");
}

JNIEXPORT jstring JNICALL Java_JniExceptions_callAndCatch(JNIEnv *env, jclass c, jboolean fail) {
  char buf[256];
  jmethodID callback = (*env)->GetStaticMethodID(env, c, "callback", "(Z)V");
  (*env)->CallStaticVoidMethod(env, c, callback, fail);
  jboolean pending = (*env)->ExceptionCheck(env);
  jthrowable t = (*env)->ExceptionOccurred(env);
  (*env)->ExceptionClear(env);
  if (t == NULL) {
    snprintf(buf, sizeof buf, "callback ok, pending=%d", pending);
  } else {
    jclass object = (*env)->FindClass(env, "java/lang/Object");
    jstring text = (jstring)(*env)->CallObjectMethod(env, t, (*env)->GetMethodID(env, object, "toString", "()Ljava/lang/String;"));
    const char *utf = (*env)->GetStringUTFChars(env, text, NULL);
    snprintf(buf, sizeof buf, "callback threw (pending=%d): %s; pending after clear=%d", pending, utf,
             (*env)->ExceptionCheck(env));
    (*env)->ReleaseStringUTFChars(env, text, utf);
  }
  return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT void JNICALL Java_JniExceptions_callAndPropagate(JNIEnv *env, jclass c) {
  (*env)->CallStaticVoidMethod(env, c, (*env)->GetStaticMethodID(env, c, "failingCallback", "()V"));
  /* pending: returns to Java, which throws it */
}

JNIEXPORT jstring JNICALL Java_JniExceptions_occurredThenClear(JNIEnv *env, jclass c) {
  char buf[128];
  jthrowable before = (*env)->ExceptionOccurred(env);
  (*env)->ThrowNew(env, (*env)->FindClass(env, "java/lang/RuntimeException"), "to be cleared");
  jthrowable during = (*env)->ExceptionOccurred(env);
  (*env)->ExceptionClear(env);
  jthrowable after = (*env)->ExceptionOccurred(env);
  snprintf(buf, sizeof buf, "before=%s during=%s after=%s", before ? "set" : "null", during ? "set" : "null",
           after ? "set" : "null");
  return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT void JNICALL Java_JniExceptions_describe(JNIEnv *env, jclass c) {
  (*env)->ExceptionDescribe(env); /* nothing pending: prints nothing */
  (*env)->ThrowNew(env, (*env)->FindClass(env, "java/lang/IllegalStateException"), "described");
  (*env)->ExceptionDescribe(env);
  if ((*env)->ExceptionCheck(env)) printf("still pending after ExceptionDescribe\n");
  fflush(stdout);
}

JNIEXPORT jint JNICALL Java_JniExceptions_throwThenReturn(JNIEnv *env, jclass c) {
  (*env)->ThrowNew(env, (*env)->FindClass(env, "java/lang/ArithmeticException"), "pending");
  return 42;
}

JNIEXPORT jstring JNICALL Java_JniExceptions_checkAfterClear(JNIEnv *env, jclass c) {
  jclass missing = (*env)->FindClass(env, "no/such/Clazz");
  jboolean pending = (*env)->ExceptionCheck(env);
  (*env)->ExceptionClear(env);
  char buf[64];
  snprintf(buf, sizeof buf, "FindClass missing: %s pending=%d now=%d", missing ? "found" : "NULL", pending,
           (*env)->ExceptionCheck(env));
  return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT void JNICALL Java_JniExceptions_throwFromNestedNative(JNIEnv *env, jclass c) {
  (*env)->CallStaticVoidMethod(env, c, (*env)->GetStaticMethodID(env, c, "nested", "()V"));
  if (!(*env)->ExceptionCheck(env)) printf("nested exception lost\n");
}
