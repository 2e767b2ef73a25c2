/* Native side of JniCritical: critical regions held across other threads' collections. */
#include <jni.h>
#include <time.h>

static void pause_micros(int micros) {
  struct timespec t = {micros / 1000000, (micros % 1000000) * 1000L};
  nanosleep(&t, NULL);
}

JNIEXPORT jint JNICALL Java_JniCritical_holdCritical(JNIEnv *env, jclass c, jintArray array, jint seed, jint micros) {
  jsize n = (*env)->GetArrayLength(env, array);
  jint *elements = (*env)->GetPrimitiveArrayCritical(env, array, NULL);
  if (elements == NULL) return n;
  for (jsize i = 0; i < n; i++) elements[i] = seed * 31 + i;
  /* No JNI calls inside the region: just time for the other threads to allocate and collect. */
  pause_micros(micros / 2);
  jint bad = 0;
  for (jsize i = 0; i < n; i++) bad += elements[i] != seed * 31 + i;
  pause_micros(micros / 2);
  for (jsize i = 0; i < n; i++) bad += elements[i] != seed * 31 + i;
  (*env)->ReleasePrimitiveArrayCritical(env, array, elements, 0);
  return bad;
}

JNIEXPORT jlong JNICALL Java_JniCritical_holdStringCritical(JNIEnv *env, jclass c, jstring s, jint micros) {
  jsize n = (*env)->GetStringLength(env, s);
  const jchar *chars = (*env)->GetStringCritical(env, s, NULL);
  if (chars == NULL) return -2;
  jlong first = 0, second = 0;
  for (jsize i = 0; i < n; i++) first += chars[i];
  pause_micros(micros);
  for (jsize i = 0; i < n; i++) second += chars[i];
  (*env)->ReleaseStringCritical(env, s, chars);
  return first == second ? first : -1;
}
