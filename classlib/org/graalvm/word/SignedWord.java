// A signed machine-word integer (GraalVM's word API): offsets and differences.
package org.graalvm.word;

public interface SignedWord extends ComparableWord {
    SignedWord add(SignedWord val);

    SignedWord add(int val);

    SignedWord subtract(SignedWord val);

    SignedWord subtract(int val);

    SignedWord multiply(SignedWord val);

    SignedWord multiply(int val);

    boolean equal(SignedWord val);

    boolean equal(int val);

    boolean notEqual(SignedWord val);

    boolean notEqual(int val);

    boolean lessThan(SignedWord val);

    boolean lessThan(int val);

    boolean lessOrEqual(SignedWord val);

    boolean lessOrEqual(int val);

    boolean greaterThan(SignedWord val);

    boolean greaterThan(int val);

    boolean greaterOrEqual(SignedWord val);

    boolean greaterOrEqual(int val);
}
