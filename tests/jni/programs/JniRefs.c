/* Native side of JniRefs. */
#include <jni.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jobject globals[8];
static jweak weaks[8];

static jstring text(JNIEnv *env, const char *s) { return (*env)->NewStringUTF(env, s); }

/* Creates `count` locals to distinct Integer objects in the native's own frame, then reads them all. */
JNIEXPORT jint JNICALL Java_JniRefs_manyLocals(JNIEnv *env, jclass c, jint count) {
  jclass integer = (*env)->FindClass(env, "java/lang/Integer");
  jmethodID value_of = (*env)->GetStaticMethodID(env, integer, "valueOf", "(I)Ljava/lang/Integer;");
  jmethodID int_value = (*env)->GetMethodID(env, integer, "intValue", "()I");
  jobject *refs = malloc(sizeof(jobject) * (size_t)count);
  jint i, ok = 0;
  for (i = 0; i < count; i++) refs[i] = (*env)->CallStaticObjectMethod(env, integer, value_of, i * 7 + 100000);
  /* Allocation in between so that a collection can run while the locals are live. */
  for (i = 0; i < 2000; i++) (*env)->DeleteLocalRef(env, (*env)->NewIntArray(env, 16));
  for (i = 0; i < count; i++) ok += (*env)->CallIntMethod(env, refs[i], int_value) == i * 7 + 100000;
  free(refs);
  return ok;
}

static int nest(JNIEnv *env, int depth, int max) {
  if (depth == max) return 0;
  if ((*env)->PushLocalFrame(env, 4) != JNI_OK) return -1000000;
  jstring s = (*env)->NewStringUTF(env, "frame");
  int below = nest(env, depth + 1, max);
  int mine = (*env)->GetStringLength(env, s) == 5;
  (*env)->PopLocalFrame(env, NULL);
  return below + mine;
}

JNIEXPORT jstring JNICALL Java_JniRefs_nestedFrames(JNIEnv *env, jclass c, jint depth) {
  char buf[64];
  snprintf(buf, sizeof buf, "%d of %d frames saw their own local", nest(env, 0, depth), depth);
  return text(env, buf);
}

JNIEXPORT jstring JNICALL Java_JniRefs_popWithResult(JNIEnv *env, jclass c) {
  char buf[256];
  jstring outer = text(env, "outer");
  (*env)->PushLocalFrame(env, 10);
  jstring inner = text(env, "inner result");
  jobject inner_type_before = (jobject)(size_t)(*env)->GetObjectRefType(env, inner);
  jstring survivor = (jstring)(*env)->PopLocalFrame(env, inner);
  const char *utf = (*env)->GetStringUTFChars(env, survivor, NULL);
  jobject null_result;
  (*env)->PushLocalFrame(env, 1);
  null_result = (*env)->PopLocalFrame(env, NULL);
  snprintf(buf, sizeof buf, "PopLocalFrame kept \"%s\" (type %d, was %d), outer still \"%d chars\", null result %s", utf,
           (*env)->GetObjectRefType(env, survivor), (int)(size_t)inner_type_before, (*env)->GetStringLength(env, outer),
           null_result == NULL ? "NULL" : "non-NULL");
  (*env)->ReleaseStringUTFChars(env, survivor, utf);
  return text(env, buf);
}

JNIEXPORT jstring JNICALL Java_JniRefs_capacities(JNIEnv *env, jclass c) {
  char buf[256];
  int push_big = (*env)->PushLocalFrame(env, 65536);
  if (push_big == JNI_OK) (*env)->PopLocalFrame(env, NULL);
  snprintf(buf, sizeof buf, "Ensure(100)=%d Ensure(65536)=%d Ensure(65537)=%d Ensure(-1)=%d Push(65536)=%d Push(65537)=%d Push(-1)=%d pending=%d",
           (*env)->EnsureLocalCapacity(env, 100), (*env)->EnsureLocalCapacity(env, 65536),
           (*env)->EnsureLocalCapacity(env, 65537), (*env)->EnsureLocalCapacity(env, -1), push_big,
           (*env)->PushLocalFrame(env, 65537), (*env)->PushLocalFrame(env, -1), (*env)->ExceptionCheck(env));
  return text(env, buf);
}

JNIEXPORT jstring JNICALL Java_JniRefs_refTypes(JNIEnv *env, jclass c, jobject o) {
  char buf[256];
  jobject local = (*env)->NewLocalRef(env, o);
  jobject global = (*env)->NewGlobalRef(env, o);
  jweak weak = (*env)->NewWeakGlobalRef(env, o);
  snprintf(buf, sizeof buf, "param=%d local=%d global=%d weak=%d null=%d same(local,global)=%d same(weak,o)=%d",
           (*env)->GetObjectRefType(env, o), (*env)->GetObjectRefType(env, local),
           (*env)->GetObjectRefType(env, global), (*env)->GetObjectRefType(env, weak),
           (*env)->GetObjectRefType(env, NULL), (*env)->IsSameObject(env, local, global),
           (*env)->IsSameObject(env, weak, o));
  (*env)->DeleteGlobalRef(env, global);
  (*env)->DeleteWeakGlobalRef(env, weak);
  (*env)->DeleteLocalRef(env, local);
  return text(env, buf);
}

JNIEXPORT jint JNICALL Java_JniRefs_deleteLocals(JNIEnv *env, jclass c, jint count) {
  jint i, ok = 0;
  for (i = 0; i < count; i++) {
    jstring s = (*env)->NewStringUTF(env, "temporary");
    ok += (*env)->GetStringLength(env, s) == 9;
    (*env)->DeleteLocalRef(env, s);
  }
  return ok;
}

JNIEXPORT void JNICALL Java_JniRefs_keepGlobal(JNIEnv *env, jclass c, jint slot, jobject o) {
  globals[slot] = (*env)->NewGlobalRef(env, o);
}

JNIEXPORT jobject JNICALL Java_JniRefs_getGlobal(JNIEnv *env, jclass c, jint slot) { return globals[slot]; }

JNIEXPORT void JNICALL Java_JniRefs_dropGlobal(JNIEnv *env, jclass c, jint slot) {
  (*env)->DeleteGlobalRef(env, globals[slot]);
  globals[slot] = NULL;
}

static jobject make_object(JNIEnv *env) {
  jclass sb = (*env)->FindClass(env, "java/lang/StringBuilder");
  jstring s = (*env)->NewStringUTF(env, "weakly held");
  jobject o = (*env)->NewObject(env, sb, (*env)->GetMethodID(env, sb, "<init>", "(Ljava/lang/String;)V"), s);
  (*env)->DeleteLocalRef(env, s);
  (*env)->DeleteLocalRef(env, sb);
  return o;
}

JNIEXPORT void JNICALL Java_JniRefs_makeWeak(JNIEnv *env, jclass c, jint slot, jboolean fresh) {
  jobject o;
  if (fresh) {
    o = make_object(env);
    globals[7] = (*env)->NewGlobalRef(env, o);
  } else {
    o = (*env)->GetStaticObjectField(env, c, (*env)->GetStaticFieldID(env, c, "kept", "Ljava/lang/Object;"));
  }
  weaks[slot] = (*env)->NewWeakGlobalRef(env, o);
  (*env)->DeleteLocalRef(env, o);
}

JNIEXPORT void JNICALL Java_JniRefs_releaseStrong(JNIEnv *env, jclass c) {
  (*env)->DeleteGlobalRef(env, globals[7]);
  globals[7] = NULL;
}

JNIEXPORT jstring JNICALL Java_JniRefs_weakState(JNIEnv *env, jclass c, jint slot) {
  char buf[128];
  jobject strong = (*env)->NewLocalRef(env, weaks[slot]);
  snprintf(buf, sizeof buf, "weak[%d] cleared=%d local=%s type=%d", slot, (*env)->IsSameObject(env, weaks[slot], NULL),
           strong == NULL ? "NULL" : "object", (*env)->GetObjectRefType(env, weaks[slot]));
  return text(env, buf);
}

JNIEXPORT jobject JNICALL Java_JniRefs_weakTarget(JNIEnv *env, jclass c, jint slot) {
  jobject o = (*env)->NewLocalRef(env, weaks[slot]);
  if (o == NULL) return NULL;
  jclass object = (*env)->FindClass(env, "java/lang/Object");
  return (*env)->CallObjectMethod(env, o, (*env)->GetMethodID(env, object, "toString", "()Ljava/lang/String;"));
}

JNIEXPORT jboolean JNICALL Java_JniRefs_sameObject(JNIEnv *env, jclass c, jobject a, jobject b) {
  return (*env)->IsSameObject(env, a, b);
}
