// Creating words from Java values (GraalVM's word API). In GraalVM these are compiler
// intrinsics; in islet each returns a MachineWord holding the value.
package org.graalvm.word;

import org.graalvm.word.impl.MachineWord;

public final class WordFactory {
    private WordFactory() {}

    @SuppressWarnings("unchecked")
    public static <T extends WordBase> T zero() {
        return (T) MachineWord.of(0L);
    }

    @SuppressWarnings("unchecked")
    public static <T extends PointerBase> T nullPointer() {
        return (T) MachineWord.of(0L);
    }

    @SuppressWarnings("unchecked")
    public static <T extends PointerBase> T pointer(long val) {
        return (T) MachineWord.of(val);
    }

    @SuppressWarnings("unchecked")
    public static <T extends SignedWord> T signed(long val) {
        return (T) MachineWord.of(val);
    }

    @SuppressWarnings("unchecked")
    public static <T extends SignedWord> T signed(int val) {
        return (T) MachineWord.of(val);
    }

    @SuppressWarnings("unchecked")
    public static <T extends UnsignedWord> T unsigned(long val) {
        return (T) MachineWord.of(val);
    }

    /** Zero-extends: unsigned(-1) is 0xffffffff, as in GraalVM. */
    @SuppressWarnings("unchecked")
    public static <T extends UnsignedWord> T unsigned(int val) {
        return (T) MachineWord.of(Integer.toUnsignedLong(val));
    }
}
