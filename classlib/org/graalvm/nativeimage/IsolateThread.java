// A thread attached to an isolate (graal_isolatethread_t* in C): the first parameter of every
// @CEntryPoint method. In islet its raw value is the thread's JNIEnv*.
package org.graalvm.nativeimage;

import org.graalvm.word.PointerBase;

public interface IsolateThread extends PointerBase {
}
