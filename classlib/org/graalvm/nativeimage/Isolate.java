// An isolate (graal_isolate_t* in C). In islet its raw value is the isolate's JavaVM*.
package org.graalvm.nativeimage;

import org.graalvm.word.PointerBase;

public interface Isolate extends PointerBase {
}
