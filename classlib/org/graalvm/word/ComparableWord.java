// A word that can be compared with another for equality (GraalVM's word API).
package org.graalvm.word;

public interface ComparableWord extends WordBase {
    boolean equal(ComparableWord val);

    boolean notEqual(ComparableWord val);
}
