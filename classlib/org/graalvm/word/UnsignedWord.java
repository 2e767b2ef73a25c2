// An unsigned machine-word integer (GraalVM's word API): sizes and lengths (C's size_t).
package org.graalvm.word;

public interface UnsignedWord extends ComparableWord {
    UnsignedWord add(UnsignedWord val);

    UnsignedWord add(int val);

    UnsignedWord subtract(UnsignedWord val);

    UnsignedWord subtract(int val);

    UnsignedWord multiply(UnsignedWord val);

    UnsignedWord multiply(int val);

    UnsignedWord unsignedDivide(UnsignedWord val);

    UnsignedWord unsignedDivide(int val);

    boolean equal(UnsignedWord val);

    boolean equal(int val);

    boolean notEqual(UnsignedWord val);

    boolean notEqual(int val);

    boolean belowThan(UnsignedWord val);

    boolean belowThan(int val);

    boolean belowOrEqual(UnsignedWord val);

    boolean belowOrEqual(int val);

    boolean aboveThan(UnsignedWord val);

    boolean aboveThan(int val);

    boolean aboveOrEqual(UnsignedWord val);

    boolean aboveOrEqual(int val);
}
