// The typed atomic operations behind VarHandle: one switch per operation over the variable's kind
// (Z B S C I J F D L) onto jdk.internal.misc.Unsafe. Values arrive boxed exactly as the kind.
// Floating-point compare-and-set compares raw bits, as the JDK specifies.
package java.lang.invoke;

import jdk.internal.misc.Unsafe;

final class VarStorage {

    private VarStorage() {}

    /** The stored bits of a boxed value: narrow kinds as int, F/D as their raw bits. */
    private static long bits(char kind, Object value) {
        switch (kind) {
            case 'Z': return (Boolean) value ? 1 : 0;
            case 'B': return (Byte) value;
            case 'S': return (Short) value;
            case 'C': return (Character) value;
            case 'I': return (Integer) value;
            case 'J': return (Long) value;
            case 'F': return Float.floatToRawIntBits((Float) value);
            default: return Double.doubleToRawLongBits((Double) value);
        }
    }

    /** The boxed value of stored bits. */
    private static Object box(char kind, long bits) {
        switch (kind) {
            case 'Z': return (bits & 1) != 0;
            case 'B': return (byte) bits;
            case 'S': return (short) bits;
            case 'C': return (char) bits;
            case 'I': return (int) bits;
            case 'J': return bits;
            case 'F': return Float.intBitsToFloat((int) bits);
            default: return Double.longBitsToDouble(bits);
        }
    }

    private static long load(char kind, Object base, long offset) {
        switch (kind) {
            case 'Z': case 'B': return Unsafe.getByteVolatile(base, offset);
            case 'S': case 'C': return Unsafe.getShortVolatile(base, offset);
            case 'I': case 'F': return Unsafe.getIntVolatile(base, offset);
            default: return Unsafe.getLongVolatile(base, offset);
        }
    }

    private static void store(char kind, Object base, long offset, long bits) {
        switch (kind) {
            case 'Z': case 'B': Unsafe.putByteVolatile(base, offset, (int) bits); break;
            case 'S': case 'C': Unsafe.putShortVolatile(base, offset, (int) bits); break;
            case 'I': case 'F': Unsafe.putIntVolatile(base, offset, (int) bits); break;
            default: Unsafe.putLongVolatile(base, offset, bits); break;
        }
    }

    /** The witness bits of a compare-and-exchange of stored bits. */
    private static long exchange(char kind, Object base, long offset, long expected, long bits) {
        switch (kind) {
            case 'Z': case 'B': return Unsafe.compareAndExchangeByte(base, offset, (int) expected, (int) bits);
            case 'S': case 'C': return Unsafe.compareAndExchangeShort(base, offset, (int) expected, (int) bits);
            case 'I': case 'F': return Unsafe.compareAndExchangeInt(base, offset, (int) expected, (int) bits);
            default: return Unsafe.compareAndExchangeLong(base, offset, expected, bits);
        }
    }

    /** Narrow kinds compare as their stored width: a char witness is sign-extended like a short. */
    private static boolean sameBits(char kind, long a, long b) {
        switch (kind) {
            case 'Z': case 'B': return (byte) a == (byte) b;
            case 'S': case 'C': return (short) a == (short) b;
            case 'I': case 'F': return (int) a == (int) b;
            default: return a == b;
        }
    }

    static Object get(char kind, Object base, long offset) {
        if (kind == 'L') {
            return Unsafe.getReferenceVolatile(base, offset);
        }
        return box(kind, load(kind, base, offset));
    }

    static void set(char kind, Object base, long offset, Object value) {
        if (kind == 'L') {
            Unsafe.putReferenceVolatile(base, offset, value);
        } else {
            store(kind, base, offset, bits(kind, value));
        }
    }

    static boolean compareAndSet(char kind, Object base, long offset, Object expected, Object value) {
        if (kind == 'L') {
            return Unsafe.compareAndSetReference(base, offset, expected, value);
        }
        long want = bits(kind, expected);
        return sameBits(kind, exchange(kind, base, offset, want, bits(kind, value)), want);
    }

    static Object compareAndExchange(char kind, Object base, long offset, Object expected, Object value) {
        if (kind == 'L') {
            return Unsafe.compareAndExchangeReference(base, offset, expected, value);
        }
        return box(kind, exchange(kind, base, offset, bits(kind, expected), bits(kind, value)));
    }

    static Object getAndSet(char kind, Object base, long offset, Object value) {
        if (kind == 'L') {
            return Unsafe.getAndSetReference(base, offset, value);
        }
        long bits = bits(kind, value);
        switch (kind) {
            case 'Z': case 'B': return box(kind, Unsafe.getAndSetByte(base, offset, (int) bits));
            case 'S': case 'C': return box(kind, Unsafe.getAndSetShort(base, offset, (int) bits));
            case 'I': case 'F': return box(kind, Unsafe.getAndSetInt(base, offset, (int) bits));
            default: return box(kind, Unsafe.getAndSetLong(base, offset, bits));
        }
    }

    static Object getAndAdd(char kind, Object base, long offset, Object delta) {
        switch (kind) {
            case 'B': return box(kind, Unsafe.getAndAddByte(base, offset, (Byte) delta));
            case 'S': return box(kind, Unsafe.getAndAddShort(base, offset, (Short) delta));
            case 'C': return box(kind, Unsafe.getAndAddShort(base, offset, (Character) delta));
            case 'I': return box(kind, Unsafe.getAndAddInt(base, offset, (Integer) delta));
            case 'J': return box(kind, Unsafe.getAndAddLong(base, offset, (Long) delta));
            default: return getAndAddFloating(kind, base, offset, delta);
        }
    }

    private static Object getAndAddFloating(char kind, Object base, long offset, Object delta) {
        while (true) {
            long prev = load(kind, base, offset);
            Object prevValue = box(kind, prev);
            long next = kind == 'F' ? Float.floatToRawIntBits((Float) prevValue + (Float) delta)
                    : Double.doubleToRawLongBits((Double) prevValue + (Double) delta);
            if (sameBits(kind, exchange(kind, base, offset, prev, next), prev)) {
                return prevValue;
            }
        }
    }

    static Object getAndBitwise(VarHandle.AccessType op, char kind, Object base, long offset, Object operand) {
        long mask = bits(kind, operand);
        while (true) {
            long prev = load(kind, base, offset);
            long next;
            if (op == VarHandle.AccessType.GET_AND_BITWISE_OR) {
                next = prev | mask;
            } else if (op == VarHandle.AccessType.GET_AND_BITWISE_AND) {
                next = prev & mask;
            } else {
                next = prev ^ mask;
            }
            if (sameBits(kind, exchange(kind, base, offset, prev, next), prev)) {
                return box(kind, prev);
            }
        }
    }
}
