// islet's representation of a word value (GraalVM's compiler turns words into raw machine
// words; an interpreter boxes them): an immutable holder of the raw 64-bit value implementing
// every word and pointer interface of the class library, so one object can stand for an
// IsolateThread, a CCharPointer or a size. The VM creates these for entry-point parameters
// (src/isolate/entry_points.cpp) and reads `raw` for results: field and factory are part of the
// contract in classlib/README.md.
package org.graalvm.word.impl;

import org.graalvm.nativeimage.Isolate;
import org.graalvm.nativeimage.IsolateThread;
import org.graalvm.nativeimage.c.type.CCharPointer;
import org.graalvm.nativeimage.c.type.VoidPointer;
import org.graalvm.word.ComparableWord;
import org.graalvm.word.SignedWord;
import org.graalvm.word.UnsignedWord;

public final class MachineWord
        implements SignedWord, UnsignedWord, CCharPointer, VoidPointer, IsolateThread, Isolate {

    private final long raw;

    private MachineWord(long raw) {
        this.raw = raw;
    }

    public static MachineWord of(long raw) {
        return new MachineWord(raw);
    }

    @Override
    public long rawValue() {
        return raw;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MachineWord && ((MachineWord) other).raw == raw;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(raw);
    }

    @Override
    public String toString() {
        return "0x" + Long.toHexString(raw);
    }

    // ---- ComparableWord, PointerBase ----

    @Override
    public boolean equal(ComparableWord val) {
        return raw == val.rawValue();
    }

    @Override
    public boolean notEqual(ComparableWord val) {
        return raw != val.rawValue();
    }

    @Override
    public boolean isNull() {
        return raw == 0;
    }

    @Override
    public boolean isNonNull() {
        return raw != 0;
    }

    // ---- Arithmetic (two's complement, shared by signed and unsigned words) ----

    @Override
    public MachineWord add(SignedWord val) {
        return of(raw + val.rawValue());
    }

    @Override
    public MachineWord add(UnsignedWord val) {
        return of(raw + val.rawValue());
    }

    @Override
    public MachineWord add(int val) {
        return of(raw + val);
    }

    @Override
    public MachineWord subtract(SignedWord val) {
        return of(raw - val.rawValue());
    }

    @Override
    public MachineWord subtract(UnsignedWord val) {
        return of(raw - val.rawValue());
    }

    @Override
    public MachineWord subtract(int val) {
        return of(raw - val);
    }

    @Override
    public MachineWord multiply(SignedWord val) {
        return of(raw * val.rawValue());
    }

    @Override
    public MachineWord multiply(UnsignedWord val) {
        return of(raw * val.rawValue());
    }

    @Override
    public MachineWord multiply(int val) {
        return of(raw * val);
    }

    @Override
    public MachineWord unsignedDivide(UnsignedWord val) {
        return of(Long.divideUnsigned(raw, val.rawValue()));
    }

    @Override
    public MachineWord unsignedDivide(int val) {
        return of(Long.divideUnsigned(raw, val));
    }

    // ---- Signed comparisons ----

    @Override
    public boolean equal(SignedWord val) {
        return raw == val.rawValue();
    }

    @Override
    public boolean equal(UnsignedWord val) {
        return raw == val.rawValue();
    }

    @Override
    public boolean equal(int val) {
        return raw == val;
    }

    @Override
    public boolean notEqual(SignedWord val) {
        return raw != val.rawValue();
    }

    @Override
    public boolean notEqual(UnsignedWord val) {
        return raw != val.rawValue();
    }

    @Override
    public boolean notEqual(int val) {
        return raw != val;
    }

    @Override
    public boolean lessThan(SignedWord val) {
        return raw < val.rawValue();
    }

    @Override
    public boolean lessThan(int val) {
        return raw < val;
    }

    @Override
    public boolean lessOrEqual(SignedWord val) {
        return raw <= val.rawValue();
    }

    @Override
    public boolean lessOrEqual(int val) {
        return raw <= val;
    }

    @Override
    public boolean greaterThan(SignedWord val) {
        return raw > val.rawValue();
    }

    @Override
    public boolean greaterThan(int val) {
        return raw > val;
    }

    @Override
    public boolean greaterOrEqual(SignedWord val) {
        return raw >= val.rawValue();
    }

    @Override
    public boolean greaterOrEqual(int val) {
        return raw >= val;
    }

    // ---- Unsigned comparisons (an int operand is sign-extended, as GraalVM does) ----

    @Override
    public boolean belowThan(UnsignedWord val) {
        return Long.compareUnsigned(raw, val.rawValue()) < 0;
    }

    @Override
    public boolean belowThan(int val) {
        return Long.compareUnsigned(raw, val) < 0;
    }

    @Override
    public boolean belowOrEqual(UnsignedWord val) {
        return Long.compareUnsigned(raw, val.rawValue()) <= 0;
    }

    @Override
    public boolean belowOrEqual(int val) {
        return Long.compareUnsigned(raw, val) <= 0;
    }

    @Override
    public boolean aboveThan(UnsignedWord val) {
        return Long.compareUnsigned(raw, val.rawValue()) > 0;
    }

    @Override
    public boolean aboveThan(int val) {
        return Long.compareUnsigned(raw, val) > 0;
    }

    @Override
    public boolean aboveOrEqual(UnsignedWord val) {
        return Long.compareUnsigned(raw, val.rawValue()) >= 0;
    }

    @Override
    public boolean aboveOrEqual(int val) {
        return Long.compareUnsigned(raw, val) >= 0;
    }

    // ---- CCharPointer ----

    private long checkedAddress(long offset) {
        if (raw == 0) {
            throw new NullPointerException("read or write through a null CCharPointer");
        }
        return raw + offset;
    }

    @Override
    public byte read() {
        return (byte) NativeMemory.getByte0(checkedAddress(0));
    }

    @Override
    public byte read(int index) {
        return (byte) NativeMemory.getByte0(checkedAddress(index));
    }

    @Override
    public byte read(SignedWord index) {
        return (byte) NativeMemory.getByte0(checkedAddress(index.rawValue()));
    }

    @Override
    public void write(byte value) {
        NativeMemory.putByte0(checkedAddress(0), value);
    }

    @Override
    public void write(int index, byte value) {
        NativeMemory.putByte0(checkedAddress(index), value);
    }

    @Override
    public void write(SignedWord index, byte value) {
        NativeMemory.putByte0(checkedAddress(index.rawValue()), value);
    }

    @Override
    public MachineWord addressOf(int index) {
        return of(raw + index);
    }

    @Override
    public MachineWord addressOf(SignedWord index) {
        return of(raw + index.rawValue());
    }
}
