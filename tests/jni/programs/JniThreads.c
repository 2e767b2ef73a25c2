/* Native side of JniThreads: every function is called from four threads at once. */
#include <jni.h>
#include <stdio.h>
#include <string.h>

static jobject globals[4];

JNIEXPORT jlong JNICALL Java_JniThreads_mix(JNIEnv *env, jclass c, jint thread, jint i, jlong acc, jdouble scale,
                                            jintArray data) {
  jint values[16];
  jsize n = (*env)->GetArrayLength(env, data);
  if (n > 16) n = 16;
  (*env)->GetIntArrayRegion(env, data, 0, n, values);
  /* Unsigned: Java's long arithmetic wraps around, C's signed arithmetic may not. */
  unsigned long long sum = (unsigned long long)acc * 31 + (unsigned long long)thread * 1000003ULL + (unsigned long long)i;
  for (jsize k = 0; k < n; k++) sum = sum * 17 + (unsigned long long)(jlong)values[k];
  return (jlong)(sum + (unsigned long long)(jlong)(scale * i));
}

JNIEXPORT jstring JNICALL Java_JniThreads_echo(JNIEnv *env, jclass c, jstring s, jint i) {
  const char *utf = (*env)->GetStringUTFChars(env, s, NULL);
  char buffer[256];
  snprintf(buffer, sizeof buffer, "%s/%d", utf, (int)i);
  (*env)->ReleaseStringUTFChars(env, s, utf);
  return (*env)->NewStringUTF(env, buffer);
}

/* square(x) + 1, through CallStaticIntMethod. */
JNIEXPORT jint JNICALL Java_JniThreads_callBack(JNIEnv *env, jclass c, jint x) {
  jmethodID square = (*env)->GetStaticMethodID(env, c, "square", "(I)I");
  return (*env)->CallStaticIntMethod(env, c, square, x) + 1;
}

/* 0 + 1 + ... + count-1, each number boxed by Integer.valueOf into its own local reference. */
JNIEXPORT jint JNICALL Java_JniThreads_sumThroughLocals(JNIEnv *env, jclass c, jint count) {
  jclass integer = (*env)->FindClass(env, "java/lang/Integer");
  jmethodID value_of = (*env)->GetStaticMethodID(env, integer, "valueOf", "(I)Ljava/lang/Integer;");
  jmethodID int_value = (*env)->GetMethodID(env, integer, "intValue", "()I");
  jobject boxes[128];
  jint sum = 0;
  if (count > 128) count = 128;
  for (jint k = 0; k < count; k++) boxes[k] = (*env)->CallStaticObjectMethod(env, integer, value_of, k + 1000);
  for (jint k = 0; k < count; k++) sum += (*env)->CallIntMethod(env, boxes[k], int_value) - 1000;
  return sum;
}

JNIEXPORT void JNICALL Java_JniThreads_keepGlobal(JNIEnv *env, jclass c, jint slot, jobject o) {
  globals[slot] = (*env)->NewGlobalRef(env, o);
}

JNIEXPORT jobject JNICALL Java_JniThreads_takeGlobal(JNIEnv *env, jclass c, jint slot) {
  jobject local = (*env)->NewLocalRef(env, globals[slot]);
  (*env)->DeleteGlobalRef(env, globals[slot]);
  globals[slot] = NULL;
  return local;
}

JNIEXPORT void JNICALL Java_JniThreads_increment(JNIEnv *env, jclass c, jobject counter) {
  jclass counter_class = (*env)->GetObjectClass(env, counter);
  jfieldID value = (*env)->GetFieldID(env, counter_class, "value", "I");
  (*env)->MonitorEnter(env, counter);
  jint v = (*env)->GetIntField(env, counter, value);
  (*env)->SetIntField(env, counter, value, v + 1);
  (*env)->MonitorExit(env, counter);
}
