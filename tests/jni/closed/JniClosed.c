/* Natives of JniClosed.java: one JNI lookup, reported as "found" or the pending error. */
#include <jni.h>
#include <string.h>

static jstring outcome(JNIEnv* env, int found) {
  jthrowable error = (*env)->ExceptionOccurred(env);
  if (error == NULL) return (*env)->NewStringUTF(env, found ? "found" : "null without an exception");
  (*env)->ExceptionClear(env);
  /* Throwable.toString must itself be registered; in an empty closed world it is not. */
  jclass throwable = (*env)->FindClass(env, "java/lang/Throwable");
  jmethodID to_string = throwable == NULL ? NULL : (*env)->GetMethodID(env, throwable, "toString", "()Ljava/lang/String;");
  if (to_string == NULL) {
    (*env)->ExceptionClear(env);
    return (*env)->NewStringUTF(env, "an error (Throwable.toString is not registered for JNI)");
  }
  return (jstring)(*env)->CallObjectMethod(env, error, to_string);
}

JNIEXPORT jstring JNICALL Java_JniClosed_lookup(JNIEnv* env, jclass self, jstring kind_string, jstring class_name,
                                                jstring name_string, jstring signature_string) {
  const char* kind = (*env)->GetStringUTFChars(env, kind_string, NULL);
  const char* cls_name = (*env)->GetStringUTFChars(env, class_name, NULL);
  const char* name = (*env)->GetStringUTFChars(env, name_string, NULL);
  const char* sig = (*env)->GetStringUTFChars(env, signature_string, NULL);
  int found = 0;
  jclass cls = (*env)->FindClass(env, cls_name);
  if (cls != NULL) {
    if (strcmp(kind, "class") == 0) found = 1;
    else if (strcmp(kind, "method") == 0) found = (*env)->GetMethodID(env, cls, name, sig) != NULL;
    else if (strcmp(kind, "static") == 0) found = (*env)->GetStaticMethodID(env, cls, name, sig) != NULL;
    else if (strcmp(kind, "field") == 0) found = (*env)->GetFieldID(env, cls, name, sig) != NULL;
    else if (strcmp(kind, "staticfield") == 0) found = (*env)->GetStaticFieldID(env, cls, name, sig) != NULL;
  }
  (*env)->ReleaseStringUTFChars(env, kind_string, kind);
  (*env)->ReleaseStringUTFChars(env, class_name, cls_name);
  (*env)->ReleaseStringUTFChars(env, name_string, name);
  (*env)->ReleaseStringUTFChars(env, signature_string, sig);
  return outcome(env, found);
}
