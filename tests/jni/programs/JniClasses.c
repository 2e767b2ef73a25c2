/* Native side of JniClasses. */
#include <jni.h>
#include <stdio.h>
#include <string.h>

/* "name" of a class object, or the pending exception's toString (cleared). */
static jstring describe_result(JNIEnv *env, jobject result) {
  jclass object = (*env)->FindClass(env, "java/lang/Object");
  jmethodID to_string = (*env)->GetMethodID(env, object, "toString", "()Ljava/lang/String;");
  if ((*env)->ExceptionCheck(env)) {
    jthrowable t = (*env)->ExceptionOccurred(env);
    (*env)->ExceptionClear(env);
    jstring text = (jstring)(*env)->CallObjectMethod(env, t, to_string);
    const char *utf = (*env)->GetStringUTFChars(env, text, NULL);
    char buf[512];
    snprintf(buf, sizeof buf, "%s %s", result == NULL ? "NULL" : "non-NULL", utf);
    (*env)->ReleaseStringUTFChars(env, text, utf);
    return (*env)->NewStringUTF(env, buf);
  }
  if (result == NULL) return (*env)->NewStringUTF(env, "NULL, nothing pending");
  return (jstring)(*env)->CallObjectMethod(env, result, to_string);
}

JNIEXPORT jstring JNICALL Java_JniClasses_find(JNIEnv *env, jclass c, jstring name) {
  const char *utf = (*env)->GetStringUTFChars(env, name, NULL);
  jclass found = (*env)->FindClass(env, utf);
  (*env)->ReleaseStringUTFChars(env, name, utf);
  return describe_result(env, found);
}

JNIEXPORT jstring JNICALL Java_JniClasses_superOf(JNIEnv *env, jclass c, jclass cls) {
  return describe_result(env, (*env)->GetSuperclass(env, cls));
}

JNIEXPORT jboolean JNICALL Java_JniClasses_assignable(JNIEnv *env, jclass c, jclass from, jclass to) {
  return (*env)->IsAssignableFrom(env, from, to);
}

JNIEXPORT jboolean JNICALL Java_JniClasses_instanceOf(JNIEnv *env, jclass c, jobject o, jclass cls) {
  return (*env)->IsInstanceOf(env, o, cls);
}

JNIEXPORT jclass JNICALL Java_JniClasses_classOf(JNIEnv *env, jclass c, jobject o) { return (*env)->GetObjectClass(env, o); }

JNIEXPORT jobject JNICALL Java_JniClasses_alloc(JNIEnv *env, jclass c, jclass cls) { return (*env)->AllocObject(env, cls); }

JNIEXPORT jstring JNICALL Java_JniClasses_methodId(JNIEnv *env, jclass c, jclass cls, jstring name, jstring sig,
                                                   jboolean is_static) {
  const char *n = (*env)->GetStringUTFChars(env, name, NULL);
  const char *s = (*env)->GetStringUTFChars(env, sig, NULL);
  jmethodID id = is_static ? (*env)->GetStaticMethodID(env, cls, n, s) : (*env)->GetMethodID(env, cls, n, s);
  (*env)->ReleaseStringUTFChars(env, name, n);
  (*env)->ReleaseStringUTFChars(env, sig, s);
  if (id != NULL && !(*env)->ExceptionCheck(env)) return (*env)->NewStringUTF(env, "found");
  return describe_result(env, NULL);
}

JNIEXPORT jstring JNICALL Java_JniClasses_fieldId(JNIEnv *env, jclass c, jclass cls, jstring name, jstring sig,
                                                  jboolean is_static) {
  const char *n = (*env)->GetStringUTFChars(env, name, NULL);
  const char *s = (*env)->GetStringUTFChars(env, sig, NULL);
  jfieldID id = is_static ? (*env)->GetStaticFieldID(env, cls, n, s) : (*env)->GetFieldID(env, cls, n, s);
  (*env)->ReleaseStringUTFChars(env, name, n);
  (*env)->ReleaseStringUTFChars(env, sig, s);
  if (id != NULL && !(*env)->ExceptionCheck(env)) return (*env)->NewStringUTF(env, "found");
  return describe_result(env, NULL);
}

JNIEXPORT jclass JNICALL Java_JniClasses_define(JNIEnv *env, jclass c, jstring name, jbyteArray bytes) {
  jsize n = (*env)->GetArrayLength(env, bytes);
  jbyte *b = (*env)->GetByteArrayElements(env, bytes, NULL);
  const char *utf = name == NULL ? NULL : (*env)->GetStringUTFChars(env, name, NULL);
  jclass defined = (*env)->DefineClass(env, utf, NULL, b, n);
  if (utf != NULL) (*env)->ReleaseStringUTFChars(env, name, utf);
  (*env)->ReleaseByteArrayElements(env, bytes, b, JNI_ABORT);
  return defined;
}

JNIEXPORT jobject JNICALL Java_JniClasses_toReflectedMethod(JNIEnv *env, jclass c, jclass cls, jstring name, jstring sig,
                                                            jboolean is_static) {
  const char *n = (*env)->GetStringUTFChars(env, name, NULL);
  const char *s = (*env)->GetStringUTFChars(env, sig, NULL);
  jmethodID id = is_static ? (*env)->GetStaticMethodID(env, cls, n, s) : (*env)->GetMethodID(env, cls, n, s);
  (*env)->ReleaseStringUTFChars(env, name, n);
  (*env)->ReleaseStringUTFChars(env, sig, s);
  return (*env)->ToReflectedMethod(env, cls, id, is_static);
}

JNIEXPORT jobject JNICALL Java_JniClasses_toReflectedField(JNIEnv *env, jclass c, jclass cls, jstring name, jstring sig,
                                                           jboolean is_static) {
  const char *n = (*env)->GetStringUTFChars(env, name, NULL);
  const char *s = (*env)->GetStringUTFChars(env, sig, NULL);
  jfieldID id = is_static ? (*env)->GetStaticFieldID(env, cls, n, s) : (*env)->GetFieldID(env, cls, n, s);
  (*env)->ReleaseStringUTFChars(env, name, n);
  (*env)->ReleaseStringUTFChars(env, sig, s);
  return (*env)->ToReflectedField(env, cls, id, is_static);
}

JNIEXPORT jint JNICALL Java_JniClasses_callThroughReflected(JNIEnv *env, jclass c, jobject method, jint arg) {
  jmethodID id = (*env)->FromReflectedMethod(env, method);
  jclass square = (*env)->FindClass(env, "JniClasses$Square");
  return (*env)->CallStaticIntMethod(env, square, id, arg);
}

JNIEXPORT jlong JNICALL Java_JniClasses_readThroughReflected(JNIEnv *env, jclass c, jobject field, jobject target) {
  return (*env)->GetLongField(env, target, (*env)->FromReflectedField(env, field));
}
