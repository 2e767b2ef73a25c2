// GraalVM's word API: the root of the types whose values are machine words (pointers, sizes)
// rather than Java objects. In islet a word is a small immutable object holding the raw value
// (org.graalvm.word.impl.MachineWord); entry points pass and return words as C pointers/integers.
package org.graalvm.word;

public interface WordBase {
    /** The word's value as a Java long: the address of a pointer, the bits of an integer word. */
    long rawValue();
}
