/* Natives of JniCheck.java: one JNI misuse (or a correct use) per scenario name. */
#include <jni.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static jobject saved_local;
static JNIEnv* saved_env;

static void* use_env_from_other_thread(void* arg) {
  (*saved_env)->FindClass(saved_env, "java/lang/String");
  return NULL;
}

static int is(const char* a, const char* b) { return strcmp(a, b) == 0; }

static void run(JNIEnv* env, jclass cls, jstring scenario_string, const char* s) {
  if (is(s, "correct")) {
    /* Correct use of what the checks watch: nothing is reported. */
    jintArray a = (*env)->NewIntArray(env, 4);
    jint* e = (*env)->GetIntArrayElements(env, a, NULL);
    (*env)->ReleaseIntArrayElements(env, a, e, JNI_COMMIT);
    (*env)->ReleaseIntArrayElements(env, a, e, 0);
    jmethodID m = (*env)->GetStaticMethodID(env, cls, "staticMethod", "(I)I");
    jint r = (*env)->CallStaticIntMethod(env, cls, m, 41);
    if ((*env)->ExceptionCheck(env)) return;
    jobject g = (*env)->NewGlobalRef(env, cls);
    jweak w = (*env)->NewWeakGlobalRef(env, cls);
    (*env)->PushLocalFrame(env, 4);
    jobject l = (*env)->NewLocalRef(env, g);
    l = (*env)->PopLocalFrame(env, l);
    printf("correct: %d %d %d\n", r, (*env)->IsSameObject(env, l, w), (*env)->GetObjectRefType(env, l));
    fflush(stdout);
    (*env)->DeleteWeakGlobalRef(env, w);
    (*env)->DeleteGlobalRef(env, g);
    (*env)->ThrowNew(env, (*env)->FindClass(env, "java/lang/RuntimeException"), "boom");
    (*env)->ExceptionCheck(env);
    (*env)->DeleteLocalRef(env, l);
    (*env)->ExceptionClear(env);
  } else if (is(s, "pending")) {
    (*env)->ThrowNew(env, (*env)->FindClass(env, "java/lang/RuntimeException"), "boom");
    (*env)->FindClass(env, "java/lang/String");
    (*env)->GetVersion(env);
    (*env)->ExceptionClear(env);
  } else if (is(s, "unchecked")) {
    jmethodID m = (*env)->GetStaticMethodID(env, cls, "staticMethod", "(I)I");
    (*env)->CallStaticIntMethod(env, cls, m, 1);
    (*env)->GetVersion(env);
    (*env)->FindClass(env, "java/lang/String");
    (*env)->FindClass(env, "java/lang/String");
  } else if (is(s, "descriptor")) {
    (*env)->FindClass(env, "Ljava/lang/String;");
  } else if (is(s, "critical")) {
    jintArray a = (*env)->NewIntArray(env, 4);
    void* p = (*env)->GetPrimitiveArrayCritical(env, a, NULL);
    (*env)->GetArrayLength(env, a);
    (*env)->ReleasePrimitiveArrayCritical(env, a, p, 0);
  } else if (is(s, "deletedGlobal")) {
    jobject g = (*env)->NewGlobalRef(env, cls);
    (*env)->DeleteGlobalRef(env, g);
    (*env)->GetObjectClass(env, g);
  } else if (is(s, "doubleDelete")) {
    jobject g = (*env)->NewGlobalRef(env, cls);
    (*env)->DeleteGlobalRef(env, g);
    (*env)->DeleteGlobalRef(env, g);
  } else if (is(s, "deletedLocal")) {
    jobject l = (*env)->NewLocalRef(env, cls);
    (*env)->DeleteLocalRef(env, l);
    (*env)->GetObjectClass(env, l);
  } else if (is(s, "poppedFrame")) {
    (*env)->PushLocalFrame(env, 4);
    jobject l = (*env)->NewLocalRef(env, cls);
    (*env)->PopLocalFrame(env, NULL);
    (*env)->GetObjectClass(env, l);
  } else if (is(s, "saveLocal")) {
    saved_local = (*env)->NewLocalRef(env, cls);
  } else if (is(s, "useEndedLocal")) {
    (*env)->GetObjectClass(env, saved_local);
  } else if (is(s, "deletedWeak")) {
    jweak w = (*env)->NewWeakGlobalRef(env, cls);
    (*env)->DeleteWeakGlobalRef(env, w);
    (*env)->IsSameObject(env, w, NULL);
  } else if (is(s, "bogusRef")) {
    jobject bogus = (jobject)(void*)&saved_env;
    (*env)->GetObjectClass(env, bogus);
  } else if (is(s, "nullClass")) {
    (*env)->GetMethodID(env, NULL, "x", "()V");
  } else if (is(s, "notAClass")) {
    (*env)->GetMethodID(env, (jclass)scenario_string, "x", "()V");
  } else if (is(s, "instanceFieldAsStatic")) {
    jfieldID f = (*env)->GetFieldID(env, cls, "field", "I");
    (*env)->GetStaticIntField(env, cls, f);
  } else if (is(s, "staticFieldAsInstance")) {
    jfieldID f = (*env)->GetStaticFieldID(env, cls, "staticField", "I");
    jobject o = (*env)->AllocObject(env, cls);
    (*env)->GetIntField(env, o, f);
  } else if (is(s, "fieldType")) {
    jfieldID f = (*env)->GetFieldID(env, cls, "field", "I");
    jobject o = (*env)->AllocObject(env, cls);
    (*env)->SetLongField(env, o, f, 1);
  } else if (is(s, "staticFieldType")) {
    jfieldID f = (*env)->GetStaticFieldID(env, cls, "staticField", "I");
    (*env)->GetStaticObjectField(env, cls, f);
  } else if (is(s, "nullObject")) {
    jfieldID f = (*env)->GetFieldID(env, cls, "field", "I");
    (*env)->GetIntField(env, NULL, f);
  } else if (is(s, "wrongReceiver")) {
    jmethodID m = (*env)->GetMethodID(env, cls, "instanceMethod", "(I)I");
    (*env)->CallIntMethod(env, scenario_string, m, 1);
  } else if (is(s, "wrongStaticClass")) {
    jmethodID m = (*env)->GetStaticMethodID(env, cls, "staticMethod", "(I)I");
    (*env)->CallStaticIntMethod(env, (*env)->FindClass(env, "java/lang/String"), m, 1);
  } else if (is(s, "nullMethod")) {
    (*env)->CallStaticVoidMethod(env, cls, NULL);
  } else if (is(s, "instanceIdInStaticCall")) {
    jmethodID m = (*env)->GetMethodID(env, cls, "instanceMethod", "(I)I");
    (*env)->CallStaticIntMethod(env, cls, m, 1);
  } else if (is(s, "staticIdInInstanceCall")) {
    jmethodID m = (*env)->GetStaticMethodID(env, cls, "staticMethod", "(I)I");
    jobject o = (*env)->AllocObject(env, cls);
    (*env)->CallIntMethod(env, o, m, 1);
  } else if (is(s, "throwNewNotThrowable")) {
    (*env)->ThrowNew(env, (*env)->FindClass(env, "java/lang/String"), "x");
  } else if (is(s, "throwNotThrowable")) {
    (*env)->Throw(env, (jthrowable)scenario_string);
  } else if (is(s, "elementType")) {
    jintArray a = (*env)->NewIntArray(env, 4);
    jlong buffer[4];
    (*env)->GetLongArrayRegion(env, (jlongArray)a, 0, 1, buffer);
  } else if (is(s, "objectArrayExpected")) {
    jintArray a = (*env)->NewIntArray(env, 4);
    (*env)->GetObjectArrayElement(env, (jobjectArray)a, 0);
  } else if (is(s, "nonArray")) {
    (*env)->GetArrayLength(env, (jarray)scenario_string);
  } else if (is(s, "criticalOfObjectArray")) {
    jobjectArray a = (*env)->NewObjectArray(env, 2, cls, NULL);
    (*env)->GetPrimitiveArrayCritical(env, a, NULL);
  } else if (is(s, "releaseMode")) {
    jintArray a = (*env)->NewIntArray(env, 4);
    jint* e = (*env)->GetIntArrayElements(env, a, NULL);
    (*env)->ReleaseIntArrayElements(env, a, e, 7);
  } else if (is(s, "releaseForeignPointer")) {
    jdoubleArray a = (*env)->NewDoubleArray(env, 4);
    jdouble buffer[4];
    (*env)->ReleaseDoubleArrayElements(env, a, buffer, 0);
  } else if (is(s, "releaseTwice")) {
    jbyteArray a = (*env)->NewByteArray(env, 4);
    jbyte* e = (*env)->GetByteArrayElements(env, a, NULL);
    (*env)->ReleaseByteArrayElements(env, a, e, JNI_ABORT);
    (*env)->ReleaseByteArrayElements(env, a, e, 0);
  } else if (is(s, "releaseStringUTF")) {
    char buffer[4] = "abc";
    (*env)->ReleaseStringUTFChars(env, scenario_string, buffer);
  } else if (is(s, "releaseStringChars")) {
    jchar buffer[4] = {1, 2, 3, 0};
    (*env)->ReleaseStringChars(env, scenario_string, buffer);
  } else if (is(s, "nonString")) {
    (*env)->GetStringLength(env, (jstring)cls);
  } else if (is(s, "otherThread")) {
    saved_env = env;
    pthread_t thread;
    pthread_create(&thread, NULL, use_env_from_other_thread, NULL);
    pthread_join(thread, NULL);
  } else if (is(s, "fatalError")) {
    (*env)->FatalError(env, "the native gives up");
  } else {
    printf("unknown scenario %s\n", s);
  }
}

JNIEXPORT void JNICALL Java_JniCheck_run(JNIEnv* env, jclass cls, jstring scenario) {
  const char* chars = (*env)->GetStringUTFChars(env, scenario, NULL);
  char s[64];
  strncpy(s, chars, sizeof s - 1);
  s[sizeof s - 1] = 0;
  (*env)->ReleaseStringUTFChars(env, scenario, chars);
  run(env, cls, scenario, s);
  fflush(stdout);
}
