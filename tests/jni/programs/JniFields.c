/* Native side of JniFields. */
#include <jni.h>
#include <stdio.h>
#include <string.h>

#define FIELD(env, cls, name, sig) (*env)->GetFieldID(env, cls, name, sig)
#define STATIC(env, cls, name, sig) (*env)->GetStaticFieldID(env, cls, name, sig)

JNIEXPORT jstring JNICALL Java_JniFields_readAll(JNIEnv *env, jclass c, jobject h) {
  char buf[512];
  jclass cls = (*env)->GetObjectClass(env, h);
  jstring l = (jstring)(*env)->GetObjectField(env, h, FIELD(env, cls, "l", "Ljava/lang/Object;"));
  const char *utf = (*env)->GetStringUTFChars(env, l, NULL);
  snprintf(buf, sizeof buf, "z=%d b=%d c=%d s=%d i=%d j=%lld f=%.2f d=%.3f l=%s v=%lld",
           (*env)->GetBooleanField(env, h, FIELD(env, cls, "z", "Z")), (*env)->GetByteField(env, h, FIELD(env, cls, "b", "B")),
           (*env)->GetCharField(env, h, FIELD(env, cls, "c", "C")), (*env)->GetShortField(env, h, FIELD(env, cls, "s", "S")),
           (*env)->GetIntField(env, h, FIELD(env, cls, "i", "I")),
           (long long)(*env)->GetLongField(env, h, FIELD(env, cls, "j", "J")),
           (*env)->GetFloatField(env, h, FIELD(env, cls, "f", "F")), (*env)->GetDoubleField(env, h, FIELD(env, cls, "d", "D")),
           utf, (long long)(*env)->GetLongField(env, h, FIELD(env, cls, "v", "J")));
  (*env)->ReleaseStringUTFChars(env, l, utf);
  return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT void JNICALL Java_JniFields_writeAll(JNIEnv *env, jclass c, jobject h, jint seed) {
  jclass cls = (*env)->GetObjectClass(env, h);
  (*env)->SetBooleanField(env, h, FIELD(env, cls, "z", "Z"), JNI_FALSE);
  (*env)->SetByteField(env, h, FIELD(env, cls, "b", "B"), (jbyte)(-128 + seed));
  (*env)->SetCharField(env, h, FIELD(env, cls, "c", "C"), (jchar)(0xFFFF - seed));
  (*env)->SetShortField(env, h, FIELD(env, cls, "s", "S"), (jshort)(32767 - seed));
  (*env)->SetIntField(env, h, FIELD(env, cls, "i", "I"), -seed * 1000000);
  (*env)->SetLongField(env, h, FIELD(env, cls, "j", "J"), (jlong)seed << 40);
  (*env)->SetFloatField(env, h, FIELD(env, cls, "f", "F"), (jfloat)seed / 4);
  (*env)->SetDoubleField(env, h, FIELD(env, cls, "d", "D"), (jdouble)seed * 1e100);
  (*env)->SetObjectField(env, h, FIELD(env, cls, "l", "Ljava/lang/Object;"), (*env)->NewStringUTF(env, "replaced"));
}

JNIEXPORT jstring JNICALL Java_JniFields_readStatics(JNIEnv *env, jclass c) {
  char buf[512];
  jclass cls = (*env)->FindClass(env, "JniFields$Holder");
  jobject l = (*env)->GetStaticObjectField(env, cls, STATIC(env, cls, "sl", "Ljava/lang/Object;"));
  snprintf(buf, sizeof buf, "sz=%d sb=%d sc=%d ss=%d si=%d sj=%lld sf=%f sd=%g sl=%s",
           (*env)->GetStaticBooleanField(env, cls, STATIC(env, cls, "sz", "Z")),
           (*env)->GetStaticByteField(env, cls, STATIC(env, cls, "sb", "B")),
           (*env)->GetStaticCharField(env, cls, STATIC(env, cls, "sc", "C")),
           (*env)->GetStaticShortField(env, cls, STATIC(env, cls, "ss", "S")),
           (*env)->GetStaticIntField(env, cls, STATIC(env, cls, "si", "I")),
           (long long)(*env)->GetStaticLongField(env, cls, STATIC(env, cls, "sj", "J")),
           (*env)->GetStaticFloatField(env, cls, STATIC(env, cls, "sf", "F")),
           (*env)->GetStaticDoubleField(env, cls, STATIC(env, cls, "sd", "D")), l == NULL ? "NULL" : "object");
  return (*env)->NewStringUTF(env, buf);
}

JNIEXPORT void JNICALL Java_JniFields_writeStatics(JNIEnv *env, jclass c, jint seed) {
  jclass cls = (*env)->FindClass(env, "JniFields$Holder");
  (*env)->SetStaticBooleanField(env, cls, STATIC(env, cls, "sz", "Z"), JNI_TRUE);
  (*env)->SetStaticByteField(env, cls, STATIC(env, cls, "sb", "B"), (jbyte)(-seed));
  (*env)->SetStaticCharField(env, cls, STATIC(env, cls, "sc", "C"), (jchar)(0xFFF0 + seed));
  (*env)->SetStaticShortField(env, cls, STATIC(env, cls, "ss", "S"), (jshort)(-32768 + seed));
  (*env)->SetStaticIntField(env, cls, STATIC(env, cls, "si", "I"), seed);
  (*env)->SetStaticLongField(env, cls, STATIC(env, cls, "sj", "J"), -(jlong)seed);
  (*env)->SetStaticFloatField(env, cls, STATIC(env, cls, "sf", "F"), -0.0f);
  (*env)->SetStaticDoubleField(env, cls, STATIC(env, cls, "sd", "D"), 1.0 / 3);
  (*env)->SetStaticObjectField(env, cls, STATIC(env, cls, "sl", "Ljava/lang/Object;"), (*env)->NewStringUTF(env, "static object"));
}

JNIEXPORT void JNICALL Java_JniFields_writeBooleanRaw(JNIEnv *env, jclass c, jobject h, jint raw, jboolean is_static) {
  jclass cls = (*env)->FindClass(env, "JniFields$Holder");
  if (is_static) {
    (*env)->SetStaticBooleanField(env, cls, STATIC(env, cls, "sz", "Z"), (jboolean)raw);
  } else {
    (*env)->SetBooleanField(env, h, FIELD(env, cls, "z", "Z"), (jboolean)raw);
  }
}

JNIEXPORT jint JNICALL Java_JniFields_readInherited(JNIEnv *env, jclass c, jobject s) {
  jclass sub = (*env)->FindClass(env, "JniFields$Sub");
  jclass holder = (*env)->FindClass(env, "JniFields$Holder");
  return (*env)->GetIntField(env, s, FIELD(env, sub, "i", "I")) * 1000000 +
         (*env)->GetIntField(env, s, FIELD(env, holder, "i", "I")) % 1000000 +
         (*env)->GetByteField(env, s, FIELD(env, sub, "b", "B")) * 0;
}

JNIEXPORT jint JNICALL Java_JniFields_readInterfaceConstant(JNIEnv *env, jclass c) {
  jclass sub = (*env)->FindClass(env, "JniFields$Sub");
  return (*env)->GetStaticIntField(env, sub, STATIC(env, sub, "ANSWER", "I"));
}

JNIEXPORT jlong JNICALL Java_JniFields_swapVolatile(JNIEnv *env, jclass c, jobject h, jlong value) {
  jclass cls = (*env)->GetObjectClass(env, h);
  jfieldID v = FIELD(env, cls, "v", "J");
  jlong old = (*env)->GetLongField(env, h, v);
  (*env)->SetLongField(env, h, v, value);
  return old;
}

JNIEXPORT jstring JNICALL Java_JniFields_readLazyStatic(JNIEnv *env, jclass c) {
  jclass lazy = (*env)->FindClass(env, "JniFields$Lazy");
  printf("found Lazy\n");
  fflush(stdout);
  jfieldID id = STATIC(env, lazy, "VALUE", "Ljava/lang/String;");
  return (jstring)(*env)->GetStaticObjectField(env, lazy, id);
}
