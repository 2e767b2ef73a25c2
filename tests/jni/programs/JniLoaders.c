/* Native side of JniLoaders: loaded by one class loader only (JniLoaders$Native as defined by
   loader A); the natives of other loaders' classes must not find these functions. */
#include <jni.h>

JNIEXPORT jint JNICALL Java_JniLoaders_appTwice(JNIEnv *env, jclass c, jint x) { return 2 * x; }

JNIEXPORT jint JNICALL Java_JniLoaders_00024Native_twice(JNIEnv *env, jclass c, jint x) { return 2 * x; }

/* FindClass with the loader of the calling native's class. */
JNIEXPORT jclass JNICALL Java_JniLoaders_00024Native_find(JNIEnv *env, jclass c, jstring name) {
  const char *utf = (*env)->GetStringUTFChars(env, name, NULL);
  jclass found = (*env)->FindClass(env, utf);
  (*env)->ReleaseStringUTFChars(env, name, utf);
  return found;
}

JNIEXPORT jclass JNICALL Java_JniLoaders_00024Native_defineIn(JNIEnv *env, jclass c, jobject loader, jstring name,
                                                             jbyteArray bytes) {
  jsize n = (*env)->GetArrayLength(env, bytes);
  jbyte *b = (*env)->GetByteArrayElements(env, bytes, NULL);
  const char *utf = name == NULL ? NULL : (*env)->GetStringUTFChars(env, name, NULL);
  jclass defined = (*env)->DefineClass(env, utf, loader, b, n);
  if (utf != NULL) (*env)->ReleaseStringUTFChars(env, name, utf);
  (*env)->ReleaseByteArrayElements(env, bytes, b, JNI_ABORT);
  return defined;
}
