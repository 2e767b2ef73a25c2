/* Natives of JniSignatures.java: each reports exactly what it received. */
#include <jni.h>
#include <stdio.h>

static jstring text(JNIEnv* env, const char* s) { return (*env)->NewStringUTF(env, s); }

JNIEXPORT jstring JNICALL Java_JniSignatures_narrow(JNIEnv* env, jclass cls, jboolean z, jbyte b, jchar c, jshort s) {
  char buf[128];
  snprintf(buf, sizeof buf, "z=%d b=%d c=%u s=%d", z, b, (unsigned)c, s);
  return text(env, buf);
}

JNIEXPORT jstring JNICALL Java_JniSignatures_narrowOnStack(JNIEnv* env, jclass cls, jint a, jint b, jint c, jint d,
                                                           jboolean z, jbyte b2, jchar c2, jshort s, jint e) {
  char buf[160];
  snprintf(buf, sizeof buf, "%d %d %d %d z=%d b=%d c=%u s=%d e=%d", a, b, c, d, z, b2, (unsigned)c2, s, e);
  return text(env, buf);
}

JNIEXPORT jfloat JNICALL Java_JniSignatures_floatsOnStack(JNIEnv* env, jclass cls, jfloat a, jfloat b, jfloat c,
                                                          jfloat d, jfloat e, jfloat f, jfloat g, jfloat h,
                                                          jfloat i, jfloat j, jdouble k) {
  printf("floats %g %g %g %g %g %g %g %g %g %g %g\n", a, b, c, d, e, f, g, h, i, j, k);
  fflush(stdout);
  return a + b + c + d + e + f + g + h + i;
}

JNIEXPORT jdouble JNICALL Java_JniSignatures_interleaved(JNIEnv* env, jclass cls, jint a, jdouble b, jlong c,
                                                         jfloat d, jobject e, jdouble f, jint g, jfloat h, jlong i,
                                                         jdouble j, jshort k, jfloat l, jbyte m, jdouble n,
                                                         jchar o, jfloat p) {
  const char* s = (*env)->GetStringUTFChars(env, (jstring)e, NULL);
  printf("interleaved %d %g %lld %g %s %g %d %g %lld %g %d %g %d %g %u %g\n", a, b, (long long)c, d, s, f, g, h,
         (long long)i, j, k, l, m, n, (unsigned)o, p);
  fflush(stdout);
  (*env)->ReleaseStringUTFChars(env, (jstring)e, s);
  return a + b + c + d + f + g + h + j + k + l + m + n + o + p;
}

static void describe(JNIEnv* env, jobject o, char* out, size_t size) {
  if (o == NULL) {
    snprintf(out, size, "null");
    return;
  }
  jclass object_class = (*env)->FindClass(env, "java/lang/Object");
  jmethodID to_string = (*env)->GetMethodID(env, object_class, "toString", "()Ljava/lang/String;");
  jclass cls = (*env)->GetObjectClass(env, o);
  jmethodID get_name = (*env)->GetMethodID(env, (*env)->GetObjectClass(env, cls), "getName", "()Ljava/lang/String;");
  jstring name = (jstring)(*env)->CallObjectMethod(env, cls, get_name);
  const char* n = (*env)->GetStringUTFChars(env, name, NULL);
  jboolean is_array = (*env)->CallBooleanMethod(env, cls, (*env)->GetMethodID(env, (*env)->GetObjectClass(env, cls),
                                                                                 "isArray", "()Z"));
  if (is_array) {
    snprintf(out, size, "%s", n);
  } else {
    jstring value = (jstring)(*env)->CallObjectMethod(env, o, to_string);
    const char* v = (*env)->GetStringUTFChars(env, value, NULL);
    snprintf(out, size, "%s:%s", n, v);
    (*env)->ReleaseStringUTFChars(env, value, v);
  }
  (*env)->ReleaseStringUTFChars(env, name, n);
}

JNIEXPORT jstring JNICALL Java_JniSignatures_objectsOnStack(JNIEnv* env, jclass cls, jobject a, jobject b, jobject c,
                                                            jobject d, jobject e, jobject f, jstring g) {
  jobject all[7] = {a, b, c, d, e, f, g};
  char buf[512] = "";
  size_t used = 0;
  for (int i = 0; i < 7; i++) {
    char one[128];
    describe(env, all[i], one, sizeof one);
    used += snprintf(buf + used, sizeof buf - used, i == 0 ? "%s" : " %s", one);
  }
  return text(env, buf);
}

JNIEXPORT jlong JNICALL Java_JniSignatures_longSignature(JNIEnv* env, jclass cls, jlong a0, jlong a1, jlong a2,
                                                         jlong a3, jlong a4, jlong a5, jlong a6, jlong a7, jlong a8,
                                                         jlong a9, jlong a10, jlong a11, jlong a12, jlong a13,
                                                         jlong a14, jlong a15, jlong a16, jlong a17, jlong a18,
                                                         jlong a19, jlong a20, jlong a21) {
  /* Position-weighted, so that a shifted or swapped argument changes the result. */
  jlong all[22] = {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21};
  unsigned long long r = 0; /* unsigned: the hash wraps */
  for (int i = 0; i < 22; i++) r = r * 31 + (unsigned long long)all[i];
  return (jlong)r;
}

JNIEXPORT jdouble JNICALL Java_JniSignatures_longDoubles(JNIEnv* env, jclass cls, jdouble a0, jdouble a1, jdouble a2,
                                                         jdouble a3, jdouble a4, jdouble a5, jdouble a6, jdouble a7,
                                                         jdouble a8, jdouble a9, jdouble a10, jdouble a11,
                                                         jdouble a12, jdouble a13, jdouble a14, jdouble a15,
                                                         jdouble a16, jdouble a17, jdouble a18, jdouble a19,
                                                         jdouble a20, jdouble a21, jdouble a22, jdouble a23,
                                                         jdouble a24, jdouble a25) {
  jdouble all[26] = {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20,
                     a21, a22, a23, a24, a25};
  jdouble r = 0;
  for (int i = 0; i < 26; i++) r = r * 1.5 + all[i];
  return r;
}

JNIEXPORT jstring JNICALL Java_JniSignatures_instanceMany(JNIEnv* env, jobject self, jint a, jlong b, jfloat c,
                                                          jdouble d, jobject e, jint f, jint g, jint h) {
  jfieldID name_field = (*env)->GetFieldID(env, (*env)->GetObjectClass(env, self), "name", "Ljava/lang/String;");
  jstring name = (jstring)(*env)->GetObjectField(env, self, name_field);
  const char* n = (*env)->GetStringUTFChars(env, name, NULL);
  const char* s = (*env)->GetStringUTFChars(env, (jstring)e, NULL);
  char buf[256];
  snprintf(buf, sizeof buf, "%s %d %lld %g %g %s %d %d %d", n, a, (long long)b, c, d, s, f, g, h);
  (*env)->ReleaseStringUTFChars(env, (jstring)e, s);
  (*env)->ReleaseStringUTFChars(env, name, n);
  return text(env, buf);
}

JNIEXPORT jbyte JNICALL Java_JniSignatures_byteAfterStack(JNIEnv* env, jclass cls, jint a, jint b, jint c, jint d,
                                                          jint e, jbyte r) {
  return (jbyte)(r + a + b + c + d + e - 15);
}

JNIEXPORT jchar JNICALL Java_JniSignatures_charAfterStack(JNIEnv* env, jclass cls, jint a, jint b, jint c, jint d,
                                                          jint e, jchar r) {
  return (jchar)(r + a + b + c + d + e - 15);
}

JNIEXPORT jshort JNICALL Java_JniSignatures_shortAfterStack(JNIEnv* env, jclass cls, jint a, jint b, jint c, jint d,
                                                            jint e, jshort r) {
  return (jshort)(r + a + b + c + d + e - 15);
}

JNIEXPORT jboolean JNICALL Java_JniSignatures_booleanAfterStack(JNIEnv* env, jclass cls, jint a, jint b, jint c,
                                                                jint d, jint e, jint r) {
  /* 0x100 truncates to a zero jboolean: JNI reads only the low byte. */
  return (jboolean)r;
}

JNIEXPORT jfloat JNICALL Java_JniSignatures_floatAfterStack(JNIEnv* env, jclass cls, jdouble a, jdouble b, jdouble c,
                                                            jdouble d, jdouble e, jdouble f, jdouble g, jdouble h,
                                                            jdouble i, jfloat r) {
  return (jfloat)(r * (a + b + c + d + e + f + g + h + i));
}

JNIEXPORT jobject JNICALL Java_JniSignatures_objectAfterStack(JNIEnv* env, jclass cls, jint a, jint b, jint c,
                                                              jint d, jint e, jobject r) {
  return r;
}

JNIEXPORT jint JNICALL Java_JniSignatures_sixteenStackWords(JNIEnv* env, jclass cls, jint a0, jint a1, jint a2,
                                                            jint a3, jint a4, jint a5, jint a6, jint a7, jint a8,
                                                            jint a9, jint a10, jint a11, jint a12, jint a13, jint a14,
                                                            jint a15, jint a16, jint a17, jint a18, jint a19) {
  jint all[20] = {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19};
  unsigned r = 0;
  for (int i = 0; i < 20; i++) r = r * 7 + (unsigned)all[i];
  return (jint)r;
}

JNIEXPORT jint JNICALL Java_JniSignatures_seventeenStackWords(JNIEnv* env, jclass cls, jint a0, jint a1, jint a2,
                                                              jint a3, jint a4, jint a5, jint a6, jint a7, jint a8,
                                                              jint a9, jint a10, jint a11, jint a12, jint a13,
                                                              jint a14, jint a15, jint a16, jint a17, jint a18,
                                                              jint a19, jint a20) {
  jint all[21] = {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20};
  unsigned r = 0;
  for (int i = 0; i < 21; i++) r = r * 7 + (unsigned)all[i];
  return (jint)r;
}
