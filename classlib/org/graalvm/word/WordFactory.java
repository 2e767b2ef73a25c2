// Creating words from Java values (GraalVM's word API). In GraalVM these are compiler
// intrinsics; in islet each returns a MachineWord holding the value.
package org.graalvm.word;

import org.graalvm.word.impl.MachineWord;

public final class WordFactory {
    private WordFactory() {}

    public static <T extends WordBase> T zero() {
        return word(0L);
    }

    public static <T extends PointerBase> T nullPointer() {
        return word(0L);
    }

    public static <T extends PointerBase> T pointer(long val) {
        return word(val);
    }

    public static <T extends SignedWord> T signed(long val) {
        return word(val);
    }

    public static <T extends SignedWord> T signed(int val) {
        return word(val);
    }

    public static <T extends UnsignedWord> T unsigned(long val) {
        return word(val);
    }

    /** Zero-extends: unsigned(-1) is 0xffffffff, as in GraalVM. */
    public static <T extends UnsignedWord> T unsigned(int val) {
        return word(Integer.toUnsignedLong(val));
    }

    // Every word type is a MachineWord, so the cast to the caller's word type always holds.
    @SuppressWarnings("unchecked")
    private static <T extends WordBase> T word(long raw) {
        return (T) MachineWord.of(raw);
    }
}
