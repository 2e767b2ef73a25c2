/* Native side of JniCalls: every parameter and result type, and calls back into Java. */
#include <jni.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define EXPORT JNIEXPORT

EXPORT jboolean JNICALL Java_JniCalls_notBool(JNIEnv *env, jclass c, jboolean b) { return !b; }
EXPORT jbyte JNICALL Java_JniCalls_negByte(JNIEnv *env, jclass c, jbyte b) { return (jbyte)-b; }
EXPORT jchar JNICALL Java_JniCalls_nextChar(JNIEnv *env, jclass c, jchar ch) { return (jchar)(ch + 1); }
EXPORT jshort JNICALL Java_JniCalls_negShort(JNIEnv *env, jclass c, jshort s) { return (jshort)-s; }
EXPORT jint JNICALL Java_JniCalls_addInts(JNIEnv *env, jclass c, jint a, jint b) { return (jint)((unsigned)a + (unsigned)b); }
EXPORT jlong JNICALL Java_JniCalls_mulLongs(JNIEnv *env, jclass c, jlong a, jlong b) { return a * b; }
EXPORT jfloat JNICALL Java_JniCalls_halfFloat(JNIEnv *env, jclass c, jfloat f) { return f / 2; }
EXPORT jdouble JNICALL Java_JniCalls_sqrtDouble(JNIEnv *env, jclass c, jdouble d) { return sqrt(d); }
EXPORT void JNICALL Java_JniCalls_doNothing(JNIEnv *env, jclass c) {}
EXPORT jboolean JNICALL Java_JniCalls_rawBoolean(JNIEnv *env, jclass c, jint v) { return (jboolean)v; }
EXPORT jstring JNICALL Java_JniCalls_echo(JNIEnv *env, jclass c, jstring s) { return s; }
EXPORT jobject JNICALL Java_JniCalls_identity(JNIEnv *env, jclass c, jobject o) { return o; }

EXPORT jintArray JNICALL Java_JniCalls_makeInts(JNIEnv *env, jclass c, jint n) {
  jintArray a = (*env)->NewIntArray(env, n);
  jint v = n * 11;
  (*env)->SetIntArrayRegion(env, a, n - 1, 1, &v);
  return a;
}

EXPORT jlong JNICALL Java_JniCalls_manyArgs(JNIEnv *env, jclass c, jint a, jlong b, jint cc, jlong d, jint e,
                                            jlong f, jint g, jlong h, jint i, jlong j) {
  return a + 10 * b + 100 * cc + 1000 * d + 10000 * e + 100000 * f + 1000000 * g + 10000000 * h +
         100000000LL * i + 1000000000LL * j;
}

EXPORT jdouble JNICALL Java_JniCalls_manyDoubles(JNIEnv *env, jclass c, jdouble a, jfloat b, jdouble cc, jfloat d,
                                                 jdouble e, jfloat f, jdouble g, jfloat h, jdouble i, jfloat j,
                                                 jint k, jdouble l) {
  return a + 2 * b + 3 * cc + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k + 12 * l;
}

EXPORT jstring JNICALL Java_JniCalls_mixed(JNIEnv *env, jclass c, jbyte b, jchar ch, jshort s, jint i, jlong l,
                                           jfloat f, jdouble d, jboolean z, jstring str) {
  char buf[256];
  const char *utf = (*env)->GetStringUTFChars(env, str, NULL);
  snprintf(buf, sizeof buf, "b=%d c=%d s=%d i=%d l=%lld f=%.2f d=%.3f z=%d str=%s", b, ch, s, i, (long long)l, f, d,
           z, utf);
  (*env)->ReleaseStringUTFChars(env, str, utf);
  return (*env)->NewStringUTF(env, buf);
}

EXPORT jstring JNICALL Java_JniCalls_over__I(JNIEnv *env, jclass c, jint x) { return (*env)->NewStringUTF(env, "over(int)"); }
EXPORT jstring JNICALL Java_JniCalls_over__Ljava_lang_String_2(JNIEnv *env, jclass c, jstring x) {
  return (*env)->NewStringUTF(env, "over(String)");
}
EXPORT jstring JNICALL Java_JniCalls_over___3I_3_3Ljava_lang_String_2(JNIEnv *env, jclass c, jintArray x, jobjectArray y) {
  char buf[64];
  snprintf(buf, sizeof buf, "over(int[%d],String[%d][])", (*env)->GetArrayLength(env, x), (*env)->GetArrayLength(env, y));
  return (*env)->NewStringUTF(env, buf);
}
EXPORT jint JNICALL Java_JniCalls_under_1score_00024dollar(JNIEnv *env, jclass c, jint x) { return x + 1; }

EXPORT jint JNICALL Java_JniCalls_instanceAdd(JNIEnv *env, jobject self, jint x) {
  jclass cls = (*env)->GetObjectClass(env, self);
  jfieldID base = (*env)->GetFieldID(env, cls, "base", "I");
  return (*env)->GetIntField(env, self, base) + x;
}

EXPORT jstring JNICALL Java_JniCalls_describe(JNIEnv *env, jobject self) {
  jclass object = (*env)->FindClass(env, "java/lang/Object");
  jmethodID to_string = (*env)->GetMethodID(env, object, "toString", "()Ljava/lang/String;");
  return (jstring)(*env)->CallObjectMethod(env, self, to_string);
}

/* Appends to a buffer. */
static void add(char *buf, size_t size, const char *fmt, ...) {
  size_t used = strlen(buf);
  va_list args;
  va_start(args, fmt);
  vsnprintf(buf + used, size - used, fmt, args);
  va_end(args);
}

static jint call_twice_v(JNIEnv *env, jobject t, jmethodID m, ...) {
  va_list args;
  va_start(args, m);
  jint r = (*env)->CallIntMethodV(env, t, m, args);
  va_end(args);
  return r;
}

EXPORT jstring JNICALL Java_JniCalls_callEveryType(JNIEnv *env, jclass c, jobject t) {
  char buf[1024] = "";
  jclass cls = (*env)->GetObjectClass(env, t);
  jmethodID is_positive = (*env)->GetMethodID(env, cls, "isPositive", "()Z");
  jmethodID as_byte = (*env)->GetMethodID(env, cls, "asByte", "()B");
  jmethodID as_char = (*env)->GetMethodID(env, cls, "asChar", "()C");
  jmethodID as_short = (*env)->GetMethodID(env, cls, "asShort", "()S");
  jmethodID twice = (*env)->GetMethodID(env, cls, "twice", "(I)I");
  jmethodID widen = (*env)->GetMethodID(env, cls, "widen", "(IJ)J");
  jmethodID ratio = (*env)->GetMethodID(env, cls, "ratio", "(FD)F");
  jmethodID sum = (*env)->GetMethodID(env, cls, "sum", "(BCSIJFDZ)D");
  jmethodID bump = (*env)->GetMethodID(env, cls, "bump", "(I)V");
  jmethodID name = (*env)->GetMethodID(env, cls, "name", "()Ljava/lang/String;");
  add(buf, sizeof buf, "Z=%d B=%d C=%c S=%d", (*env)->CallBooleanMethod(env, t, is_positive),
      (*env)->CallByteMethod(env, t, as_byte), (*env)->CallCharMethod(env, t, as_char),
      (*env)->CallShortMethod(env, t, as_short));
  add(buf, sizeof buf, " I=%d IV=%d", (*env)->CallIntMethod(env, t, twice, 20), call_twice_v(env, t, twice, 21));
  jvalue a[8];
  a[0].i = 22;
  add(buf, sizeof buf, " IA=%d", (*env)->CallIntMethodA(env, t, twice, a));
  add(buf, sizeof buf, " J=%lld", (long long)(*env)->CallLongMethod(env, t, widen, 1000, (jlong)1 << 33));
  a[0].i = -2;
  a[1].j = 5;
  add(buf, sizeof buf, " JA=%lld", (long long)(*env)->CallLongMethodA(env, t, widen, a));
  add(buf, sizeof buf, " F=%.3f", (*env)->CallFloatMethod(env, t, ratio, (jfloat)1.0f, (jdouble)8.0));
  add(buf, sizeof buf, " D=%.2f", (*env)->CallDoubleMethod(env, t, sum, (jbyte)1, (jchar)2, (jshort)3, (jint)4,
                                                              (jlong)5, (jfloat)6.5f, (jdouble)7.25, (jboolean)JNI_TRUE));
  a[0].b = -1; a[1].c = 65535; a[2].s = -3; a[3].i = 4; a[4].j = -5; a[5].f = 0.5f; a[6].d = 0.25; a[7].z = JNI_FALSE;
  add(buf, sizeof buf, " DA=%.2f", (*env)->CallDoubleMethodA(env, t, sum, a));
  (*env)->CallVoidMethod(env, t, bump, 10);
  a[0].i = 100;
  (*env)->CallVoidMethodA(env, t, bump, a);
  jstring s = (jstring)(*env)->CallObjectMethod(env, t, name);
  const char *utf = (*env)->GetStringUTFChars(env, s, NULL);
  add(buf, sizeof buf, " L=%s", utf);
  (*env)->ReleaseStringUTFChars(env, s, utf);
  return (*env)->NewStringUTF(env, buf);
}

EXPORT jstring JNICALL Java_JniCalls_callStatics(JNIEnv *env, jclass c) {
  char buf[512] = "";
  jvalue a[2];
  add(buf, sizeof buf, "Z=%d", (*env)->CallStaticBooleanMethod(env, c, (*env)->GetStaticMethodID(env, c, "sFlag", "(Z)Z"), JNI_FALSE));
  add(buf, sizeof buf, " B=%d", (*env)->CallStaticByteMethod(env, c, (*env)->GetStaticMethodID(env, c, "sByte", "(B)B"), (jbyte)127));
  add(buf, sizeof buf, " C=%c", (*env)->CallStaticCharMethod(env, c, (*env)->GetStaticMethodID(env, c, "sChar", "(C)C"), (jchar)'q'));
  add(buf, sizeof buf, " S=%d", (*env)->CallStaticShortMethod(env, c, (*env)->GetStaticMethodID(env, c, "sShort", "(S)S"), (jshort)-32768));
  jmethodID s_int = (*env)->GetStaticMethodID(env, c, "sInt", "(II)I");
  a[0].i = 6; a[1].i = 7;
  add(buf, sizeof buf, " I=%d IA=%d", (*env)->CallStaticIntMethod(env, c, s_int, -3, 5), (*env)->CallStaticIntMethodA(env, c, s_int, a));
  add(buf, sizeof buf, " J=%lld", (long long)(*env)->CallStaticLongMethod(env, c, (*env)->GetStaticMethodID(env, c, "sLong", "(J)J"), (jlong)-1));
  add(buf, sizeof buf, " F=%.2f", (*env)->CallStaticFloatMethod(env, c, (*env)->GetStaticMethodID(env, c, "sFloat", "(F)F"), (jfloat)1.25f));
  add(buf, sizeof buf, " D=%.4f", (*env)->CallStaticDoubleMethod(env, c, (*env)->GetStaticMethodID(env, c, "sDouble", "(D)D"), 1.0));
  jmethodID s_void = (*env)->GetStaticMethodID(env, c, "sVoid", "()V");
  (*env)->CallStaticVoidMethod(env, c, s_void);
  (*env)->CallStaticVoidMethodA(env, c, s_void, a);
  jstring in = (*env)->NewStringUTF(env, "obj");
  jstring out = (jstring)(*env)->CallStaticObjectMethod(env, c, (*env)->GetStaticMethodID(env, c, "sObject", "(Ljava/lang/String;)Ljava/lang/Object;"), in);
  const char *utf = (*env)->GetStringUTFChars(env, out, NULL);
  add(buf, sizeof buf, " L=%s", utf);
  (*env)->ReleaseStringUTFChars(env, out, utf);
  return (*env)->NewStringUTF(env, buf);
}

EXPORT jstring JNICALL Java_JniCalls_callNonvirtual(JNIEnv *env, jclass c, jobject t) {
  char buf[256] = "";
  jclass target = (*env)->FindClass(env, "JniCalls$Target");
  jclass sub = (*env)->FindClass(env, "JniCalls$SubTarget");
  jmethodID name = (*env)->GetMethodID(env, target, "name", "()Ljava/lang/String;");
  jstring virt = (jstring)(*env)->CallObjectMethod(env, t, name);
  jstring nonvirt = (jstring)(*env)->CallNonvirtualObjectMethod(env, t, target, name);
  jstring sub_name = (jstring)(*env)->CallNonvirtualObjectMethodA(env, t, sub, (*env)->GetMethodID(env, sub, "name", "()Ljava/lang/String;"), NULL);
  const char *a = (*env)->GetStringUTFChars(env, virt, NULL);
  const char *b = (*env)->GetStringUTFChars(env, nonvirt, NULL);
  const char *d = (*env)->GetStringUTFChars(env, sub_name, NULL);
  add(buf, sizeof buf, "virtual=%s nonvirtual=%s sub=%s", a, b, d);
  (*env)->ReleaseStringUTFChars(env, virt, a);
  (*env)->ReleaseStringUTFChars(env, nonvirt, b);
  (*env)->ReleaseStringUTFChars(env, sub_name, d);
  jmethodID twice = (*env)->GetMethodID(env, target, "twice", "(I)I");
  add(buf, sizeof buf, " twice=%d", (*env)->CallNonvirtualIntMethod(env, t, target, twice, 1));
  return (*env)->NewStringUTF(env, buf);
}

static jobject new_target_v(JNIEnv *env, jclass cls, jmethodID ctor, ...) {
  va_list args;
  va_start(args, ctor);
  jobject o = (*env)->NewObjectV(env, cls, ctor, args);
  va_end(args);
  return o;
}

EXPORT jobject JNICALL Java_JniCalls_construct(JNIEnv *env, jclass c, jint how, jint value) {
  jclass cls = (*env)->FindClass(env, "JniCalls$Target");
  jmethodID ctor = (*env)->GetMethodID(env, cls, "<init>", "(I)V");
  jvalue a[1];
  a[0].i = value;
  switch (how) {
    case 0: return (*env)->NewObject(env, cls, ctor, value);
    case 1: return new_target_v(env, cls, ctor, value);
    default: return (*env)->NewObjectA(env, cls, ctor, a);
  }
}

EXPORT jstring JNICALL Java_JniCalls_callInterface(JNIEnv *env, jclass c, jobject runnable, jobject comparable) {
  char buf[128] = "";
  jclass runnable_class = (*env)->FindClass(env, "java/lang/Runnable");
  jclass comparable_class = (*env)->FindClass(env, "java/lang/Comparable");
  (*env)->CallVoidMethod(env, runnable, (*env)->GetMethodID(env, runnable_class, "run", "()V"));
  jmethodID compare = (*env)->GetMethodID(env, comparable_class, "compareTo", "(Ljava/lang/Object;)I");
  jstring a = (*env)->NewStringUTF(env, "a");
  jstring z = (*env)->NewStringUTF(env, "z");
  add(buf, sizeof buf, "compare(a)=%d compare(z)=%d", (*env)->CallIntMethod(env, comparable, compare, a),
      (*env)->CallIntMethod(env, comparable, compare, z));
  return (*env)->NewStringUTF(env, buf);
}
