// The root of pointer types (GraalVM's word API): CCharPointer, VoidPointer, IsolateThread, ...
package org.graalvm.word;

public interface PointerBase extends ComparableWord {
    boolean isNull();

    boolean isNonNull();
}
