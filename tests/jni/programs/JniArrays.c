/* Native side of JniArrays. */
#include <jni.h>
#include <stdio.h>
#include <string.h>

JNIEXPORT jobject JNICALL Java_JniArrays_newArray(JNIEnv *env, jclass c, jchar type, jint n) {
  int i;
  switch (type) {
#define CASE(letter, Type, jtype)                                \
  case letter: {                                                 \
    jtype##Array a = (*env)->New##Type##Array(env, n);           \
    if (a == NULL) return NULL;                                  \
    for (i = 0; i < n; i++) {                                    \
      jtype v = (jtype)(i + 1);                                  \
      (*env)->Set##Type##ArrayRegion(env, a, i, 1, &v);          \
    }                                                            \
    return a;                                                    \
  }
    CASE('Z', Boolean, jboolean)
    CASE('B', Byte, jbyte)
    CASE('C', Char, jchar)
    CASE('S', Short, jshort)
    CASE('I', Int, jint)
    CASE('J', Long, jlong)
    CASE('F', Float, jfloat)
    CASE('D', Double, jdouble)
#undef CASE
  }
  return NULL;
}

JNIEXPORT void JNICALL Java_JniArrays_incrementAll(JNIEnv *env, jclass c, jobject array) {
  jsize n = (*env)->GetArrayLength(env, array), i;
  jclass cls = (*env)->GetObjectClass(env, array);
  jclass class_class = (*env)->FindClass(env, "java/lang/Class");
  jstring name = (jstring)(*env)->CallObjectMethod(env, cls, (*env)->GetMethodID(env, class_class, "getName", "()Ljava/lang/String;"));
  const char *utf = (*env)->GetStringUTFChars(env, name, NULL);
  char type = utf[1];
  (*env)->ReleaseStringUTFChars(env, name, utf);
  switch (type) {
#define CASE(letter, Type, jtype)                                                      \
  case letter: {                                                                       \
    jtype *e = (*env)->Get##Type##ArrayElements(env, (jtype##Array)array, NULL);      \
    for (i = 0; i < n; i++) e[i] = (jtype)(e[i] + 1);                                   \
    (*env)->Release##Type##ArrayElements(env, (jtype##Array)array, e, 0);             \
    break;                                                                             \
  }
    CASE('Z', Boolean, jboolean)
    CASE('B', Byte, jbyte)
    CASE('C', Char, jchar)
    CASE('S', Short, jshort)
    CASE('I', Int, jint)
    CASE('J', Long, jlong)
    CASE('F', Float, jfloat)
    CASE('D', Double, jdouble)
#undef CASE
  }
}

JNIEXPORT jstring JNICALL Java_JniArrays_elementsModes(JNIEnv *env, jclass c, jintArray a) {
  char buf[256];
  jint *e = (*env)->GetIntArrayElements(env, a, NULL);
  e[0] = 11;
  (*env)->ReleaseIntArrayElements(env, a, e, JNI_ABORT); /* discarded */
  jint first_after_abort;
  (*env)->GetIntArrayRegion(env, a, 0, 1, &first_after_abort);
  e = (*env)->GetIntArrayElements(env, a, NULL);
  e[1] = 21;
  (*env)->ReleaseIntArrayElements(env, a, e, JNI_COMMIT); /* written, buffer kept */
  jint second_after_commit;
  (*env)->GetIntArrayRegion(env, a, 1, 1, &second_after_commit);
  e[2] = 31;
  (*env)->ReleaseIntArrayElements(env, a, e, 0); /* written and freed */
  snprintf(buf, sizeof buf, "after abort [0]=%d, after commit [1]=%d", first_after_abort, second_after_commit);
  return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT jstring JNICALL Java_JniArrays_isCopy(JNIEnv *env, jclass c, jintArray a) {
  char buf[128];
  jboolean copy = 7, critical_copy = 7;
  jint *e = (*env)->GetIntArrayElements(env, a, &copy);
  (*env)->ReleaseIntArrayElements(env, a, e, JNI_ABORT);
  void *p = (*env)->GetPrimitiveArrayCritical(env, a, &critical_copy);
  (*env)->ReleasePrimitiveArrayCritical(env, a, p, 0);
  snprintf(buf, sizeof buf, "elements isCopy=%d", copy);
  return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT jstring JNICALL Java_JniArrays_region(JNIEnv *env, jclass c, jintArray a, jint start, jint len, jboolean set) {
  jint buf[16];
  char out[160] = "";
  int i;
  for (i = 0; i < 16; i++) buf[i] = 100 + i;
  if (set) {
    (*env)->SetIntArrayRegion(env, a, start, len, buf);
  } else {
    (*env)->GetIntArrayRegion(env, a, start, len, buf);
  }
  if ((*env)->ExceptionCheck(env)) return NULL;
  for (i = 0; i < (len > 0 && len < 10 ? len : 0); i++) sprintf(out + strlen(out), "%d ", buf[i]);
  return (*env)->NewStringUTF(env, out);
}

JNIEXPORT jlong JNICALL Java_JniArrays_criticalSum(JNIEnv *env, jclass c, jintArray ints, jdoubleArray doubles) {
  jsize n = (*env)->GetArrayLength(env, ints), m = (*env)->GetArrayLength(env, doubles), i;
  jint *a = (jint *)(*env)->GetPrimitiveArrayCritical(env, ints, NULL);
  jdouble *d = (jdouble *)(*env)->GetPrimitiveArrayCritical(env, doubles, NULL);
  jlong sum = 0;
  for (i = 0; i < n; i++) sum += a[i];
  for (i = 0; i < m; i++) sum += (jlong)(d[i] * 10);
  (*env)->ReleasePrimitiveArrayCritical(env, doubles, d, JNI_ABORT);
  (*env)->ReleasePrimitiveArrayCritical(env, ints, a, 0);
  return sum;
}

JNIEXPORT void JNICALL Java_JniArrays_criticalWrite(JNIEnv *env, jclass c, jbyteArray bytes) {
  jsize n = (*env)->GetArrayLength(env, bytes), i;
  jbyte *b = (jbyte *)(*env)->GetPrimitiveArrayCritical(env, bytes, NULL);
  for (i = 0; i < n; i++) b[i] = (jbyte)(i * 3 - 1);
  (*env)->ReleasePrimitiveArrayCritical(env, bytes, b, 0);
}

JNIEXPORT jobjectArray JNICALL Java_JniArrays_objects(JNIEnv *env, jclass c, jint n, jclass type, jobject init) {
  return (*env)->NewObjectArray(env, n, type, init);
}

JNIEXPORT jobject JNICALL Java_JniArrays_getElement(JNIEnv *env, jclass c, jobjectArray a, jint i) {
  return (*env)->GetObjectArrayElement(env, a, i);
}

JNIEXPORT void JNICALL Java_JniArrays_setElement(JNIEnv *env, jclass c, jobjectArray a, jint i, jobject v) {
  (*env)->SetObjectArrayElement(env, a, i, v);
}

JNIEXPORT jint JNICALL Java_JniArrays_length(JNIEnv *env, jclass c, jobject a) { return (*env)->GetArrayLength(env, a); }
