/* The native side of JniBench.java: trivial native methods, and C loops that time one JNI
 * operation each in thread CPU time. Built against islet's jni.h; loaded by islet and HotSpot. */
#include <jni.h>
#include <string.h>
#include <time.h>

static jlong cpu_nanos(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return (jlong)t.tv_sec * 1000000000L + t.tv_nsec;
}

JNIEXPORT void JNICALL Java_JniBench_nop(JNIEnv* env, jclass cls) {}

JNIEXPORT jint JNICALL Java_JniBench_add(JNIEnv* env, jclass cls, jint a, jint b) { return a + b; }

JNIEXPORT jint JNICALL Java_JniBench_instanceArg(JNIEnv* env, jobject self, jobject o) { return o != NULL; }

JNIEXPORT jlong JNICALL Java_JniBench_manyIntegers(JNIEnv* env, jclass cls, jint a, jint b, jint c, jint d,
                                                   jint e, jint f, jint g, jint h) {
  return (jlong)a + b + c + d + e + f + g + h;
}

JNIEXPORT jdouble JNICALL Java_JniBench_mixed(JNIEnv* env, jclass cls, jint a, jdouble b, jlong c, jfloat d) {
  return a + b + (jdouble)c + d;
}

JNIEXPORT jlong JNICALL Java_JniBench_cpuNanos(JNIEnv* env, jclass cls) { return cpu_nanos(); }

JNIEXPORT jlong JNICALL Java_JniBench_callStaticIntLoop(JNIEnv* env, jclass cls, jint n) {
  jmethodID sum = (*env)->GetStaticMethodID(env, cls, "sum", "(II)I");
  jint x = 0;
  jlong start = cpu_nanos();
  for (jint i = 0; i < n; i++) x = (*env)->CallStaticIntMethod(env, cls, sum, x, i);
  jlong t = cpu_nanos() - start;
  return x == 42 ? t + 1 : t;
}

JNIEXPORT jlong JNICALL Java_JniBench_callIntMethodLoop(JNIEnv* env, jclass cls, jobject receiver, jint n) {
  jmethodID plus = (*env)->GetMethodID(env, cls, "plus", "(I)I");
  jint x = 0;
  jlong start = cpu_nanos();
  for (jint i = 0; i < n; i++) x = (*env)->CallIntMethod(env, receiver, plus, x);
  jlong t = cpu_nanos() - start;
  return x == 42 ? t + 1 : t;
}

JNIEXPORT jlong JNICALL Java_JniBench_getIntArrayRegionLoop(JNIEnv* env, jclass cls, jintArray array, jint n) {
  jint buffer[16];
  jint x = 0;
  jlong start = cpu_nanos();
  for (jint i = 0; i < n; i++) {
    (*env)->GetIntArrayRegion(env, array, 0, 16, buffer);
    x += buffer[i & 15];
  }
  jlong t = cpu_nanos() - start;
  return x == 42 ? t + 1 : t;
}

JNIEXPORT jlong JNICALL Java_JniBench_getIntArrayElementsLoop(JNIEnv* env, jclass cls, jintArray array, jint n) {
  jint x = 0;
  jlong start = cpu_nanos();
  for (jint i = 0; i < n; i++) {
    jint* elements = (*env)->GetIntArrayElements(env, array, NULL);
    x += elements[i & 15];
    (*env)->ReleaseIntArrayElements(env, array, elements, JNI_ABORT);
  }
  jlong t = cpu_nanos() - start;
  return x == 42 ? t + 1 : t;
}

JNIEXPORT jlong JNICALL Java_JniBench_localRefLoop(JNIEnv* env, jclass cls, jobject o, jint n) {
  jlong start = cpu_nanos();
  for (jint i = 0; i < n; i++) {
    jobject ref = (*env)->NewLocalRef(env, o);
    (*env)->DeleteLocalRef(env, ref);
  }
  return cpu_nanos() - start;
}

JNIEXPORT jlong JNICALL Java_JniBench_globalRefLoop(JNIEnv* env, jclass cls, jobject o, jint n) {
  jlong start = cpu_nanos();
  for (jint i = 0; i < n; i++) {
    jobject ref = (*env)->NewGlobalRef(env, o);
    (*env)->DeleteGlobalRef(env, ref);
  }
  return cpu_nanos() - start;
}

JNIEXPORT jlong JNICALL Java_JniBench_localFrameLoop(JNIEnv* env, jclass cls, jint n) {
  jlong start = cpu_nanos();
  for (jint i = 0; i < n; i++) {
    (*env)->PushLocalFrame(env, 16);
    (*env)->PopLocalFrame(env, NULL);
  }
  return cpu_nanos() - start;
}

JNIEXPORT jlong JNICALL Java_JniBench_stringUtfLoop(JNIEnv* env, jclass cls, jint n) {
  jint x = 0;
  jlong start = cpu_nanos();
  for (jint i = 0; i < n; i++) {
    jstring s = (*env)->NewStringUTF(env, "hello, JNI");
    const char* chars = (*env)->GetStringUTFChars(env, s, NULL);
    x += chars[i & 7];
    (*env)->ReleaseStringUTFChars(env, s, chars);
    (*env)->DeleteLocalRef(env, s);
  }
  jlong t = cpu_nanos() - start;
  return x == 42 ? t + 1 : t;
}
