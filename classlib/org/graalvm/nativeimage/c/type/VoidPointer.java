// A C void* (GraalVM's API): a pointer to memory of no particular type.
package org.graalvm.nativeimage.c.type;

import org.graalvm.word.PointerBase;

public interface VoidPointer extends PointerBase {
}
