/* Native side of JniStrings: prints what the JNI string functions hand out, byte by byte. */
#include <jni.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jstring hex_of(JNIEnv *env, const unsigned char *bytes, size_t n, size_t unit) {
  char *buf = malloc(n * 5 + 32);
  size_t used = 0;
  buf[0] = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned v = unit == 1 ? bytes[i] : ((const jchar *)bytes)[i];
    used += (size_t)sprintf(buf + used, unit == 1 ? "%02x " : "%04x ", v);
  }
  jstring s = (*env)->NewStringUTF(env, buf);
  free(buf);
  return s;
}

JNIEXPORT jstring JNICALL Java_JniStrings_utfBytes(JNIEnv *env, jclass c, jstring s) {
  jboolean copy = 99;
  const char *utf = (*env)->GetStringUTFChars(env, s, &copy);
  jsize utf_length = (*env)->GetStringUTFLength(env, s);
  char head[64];
  snprintf(head, sizeof head, "len=%d strlen=%zu ", utf_length, strlen(utf));
  jstring hex = hex_of(env, (const unsigned char *)utf, strlen(utf), 1);
  (*env)->ReleaseStringUTFChars(env, s, utf);
  const char *hex_utf = (*env)->GetStringUTFChars(env, hex, NULL);
  char *out = malloc(strlen(head) + strlen(hex_utf) + 1);
  strcpy(out, head);
  strcat(out, hex_utf);
  (*env)->ReleaseStringUTFChars(env, hex, hex_utf);
  jstring result = (*env)->NewStringUTF(env, out);
  free(out);
  return result;
}

JNIEXPORT jstring JNICALL Java_JniStrings_chars(JNIEnv *env, jclass c, jstring s) {
  const jchar *chars = (*env)->GetStringChars(env, s, NULL);
  jstring hex = hex_of(env, (const unsigned char *)chars, (size_t)(*env)->GetStringLength(env, s), 2);
  (*env)->ReleaseStringChars(env, s, chars);
  return hex;
}

JNIEXPORT jstring JNICALL Java_JniStrings_critical(JNIEnv *env, jclass c, jstring s) {
  jsize n = (*env)->GetStringLength(env, s);
  jchar *copy = malloc(sizeof(jchar) * (size_t)(n + 1));
  const jchar *chars = (*env)->GetStringCritical(env, s, NULL);
  memcpy(copy, chars, sizeof(jchar) * (size_t)n);
  (*env)->ReleaseStringCritical(env, s, chars);
  jstring hex = hex_of(env, (const unsigned char *)copy, (size_t)n, 2);
  free(copy);
  return hex;
}

JNIEXPORT jstring JNICALL Java_JniStrings_fromUtf(JNIEnv *env, jclass c, jbyteArray bytes) {
  if (bytes == NULL) return (*env)->NewStringUTF(env, NULL);
  jsize n = (*env)->GetArrayLength(env, bytes);
  char *buf = calloc((size_t)n + 4, 1);
  (*env)->GetByteArrayRegion(env, bytes, 0, n, (jbyte *)buf);
  jstring s = (*env)->NewStringUTF(env, buf);
  free(buf);
  return s;
}

JNIEXPORT jstring JNICALL Java_JniStrings_fromChars(JNIEnv *env, jclass c, jcharArray chars, jint len) {
  jchar buf[64];
  (*env)->GetCharArrayRegion(env, chars, 0, len, buf);
  return (*env)->NewString(env, buf, len);
}

JNIEXPORT jstring JNICALL Java_JniStrings_region(JNIEnv *env, jclass c, jstring s, jint start, jint len) {
  jchar buf[64];
  memset(buf, 0xEE, sizeof buf);
  (*env)->GetStringRegion(env, s, start, len, buf);
  if ((*env)->ExceptionCheck(env)) return NULL;
  return hex_of(env, (const unsigned char *)buf, (size_t)(len > 0 ? len : 0) + 1, 2);  /* + the untouched next cell */
}

JNIEXPORT jstring JNICALL Java_JniStrings_utfRegion(JNIEnv *env, jclass c, jstring s, jint start, jint len) {
  char buf[128];
  memset(buf, 'X', sizeof buf);
  (*env)->GetStringUTFRegion(env, s, start, len, buf);
  if ((*env)->ExceptionCheck(env)) return NULL;
  return hex_of(env, (const unsigned char *)buf, strlen(buf) + 1, 1);  /* includes the terminator */
}

JNIEXPORT jstring JNICALL Java_JniStrings_isCopyFlags(JNIEnv *env, jclass c, jstring s) {
  char buf[128];
  jboolean chars_copy = 7, utf_copy = 7;
  const jchar *chars = (*env)->GetStringChars(env, s, &chars_copy);
  const char *utf = (*env)->GetStringUTFChars(env, s, &utf_copy);
  snprintf(buf, sizeof buf, "GetStringChars isCopy=%d GetStringUTFChars isCopy=%d terminated=%d", chars_copy,
           utf_copy, chars[(*env)->GetStringLength(env, s)] == 0);
  (*env)->ReleaseStringChars(env, s, chars);
  (*env)->ReleaseStringUTFChars(env, s, utf);
  return (*env)->NewStringUTF(env, buf);
}
