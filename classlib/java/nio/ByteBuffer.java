// A byte buffer: typed relative and absolute access in a chosen byte order over storage that
// subclasses provide (HeapByteBuffer: a byte[]; DirectByteBuffer: native memory). The class
// names, exceptions and toString match HotSpot's, read-only variants included.
package java.nio;

import java.util.Objects;

public abstract class ByteBuffer extends Buffer implements Comparable<ByteBuffer> {

    /** Heap storage (null for direct buffers) and the array index of element 0. */
    final byte[] hb;
    final int offset;
    private final boolean readOnly;
    boolean bigEndian = true;

    ByteBuffer(int mark, int pos, int lim, int cap, byte[] hb, int offset, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
        this.readOnly = readOnly;
    }

    // ---- storage, implemented by the concrete buffers ----

    abstract byte load(int index);

    abstract void store(int index, byte value);

    /** size (2, 4 or 8) bytes at index as a big-endian number; direct buffers read memory at once. */
    long loadBits(int index, int size) {
        long v = 0;
        for (int i = 0; i < size; i++) {
            v = (v << 8) | (load(index + i) & 0xff);
        }
        return v;
    }

    void storeBits(int index, int size, long bigEndianBits) {
        for (int i = size - 1; i >= 0; i--) {
            store(index + i, (byte) bigEndianBits);
            bigEndianBits >>>= 8;
        }
    }

    // ---- creation ----

    public static ByteBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw createCapacityException(capacity);
        }
        return new HeapByteBuffer(new byte[capacity], -1, 0, capacity, capacity, 0);
    }

    public static ByteBuffer allocateDirect(int capacity) {
        if (capacity < 0) {
            throw createCapacityException(capacity);
        }
        return new DirectByteBuffer(capacity);
    }

    public static ByteBuffer wrap(byte[] array, int offset, int length) {
        try {
            return new HeapByteBuffer(array, -1, offset, offset + length, array.length, 0);
        } catch (IllegalArgumentException x) {
            throw new IndexOutOfBoundsException();
        }
    }

    public static ByteBuffer wrap(byte[] array) {
        return wrap(array, 0, array.length);
    }

    public abstract ByteBuffer slice();

    public abstract ByteBuffer slice(int index, int length);

    public abstract ByteBuffer duplicate();

    public abstract ByteBuffer asReadOnlyBuffer();

    // ---- single bytes ----

    final void checkWritable() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
    }

    public byte get() {
        return load(nextGetIndex(1));
    }

    public byte get(int index) {
        return load(checkIndex(index, 1));
    }

    public ByteBuffer put(byte b) {
        checkWritable();
        store(nextPutIndex(1), b);
        return this;
    }

    public ByteBuffer put(int index, byte b) {
        checkWritable();
        store(checkIndex(index, 1), b);
        return this;
    }

    // ---- bulk ----

    public ByteBuffer get(byte[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        if (length > remaining()) {
            throw new BufferUnderflowException();
        }
        int start = nextGetIndex(length);
        copyOut(start, dst, off, length);
        return this;
    }

    public ByteBuffer get(byte[] dst) {
        return get(dst, 0, dst.length);
    }

    public ByteBuffer get(int index, byte[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        copyOut(index, dst, off, length);
        return this;
    }

    public ByteBuffer get(int index, byte[] dst) {
        return get(index, dst, 0, dst.length);
    }

    void copyOut(int index, byte[] dst, int off, int length) {
        for (int i = 0; i < length; i++) {
            dst[off + i] = load(index + i);
        }
    }

    void copyIn(int index, byte[] src, int off, int length) {
        for (int i = 0; i < length; i++) {
            store(index + i, src[off + i]);
        }
    }

    public ByteBuffer put(ByteBuffer src) {
        if (src == this) {
            throw new IllegalArgumentException("The source buffer is this buffer");
        }
        checkWritable();
        int n = src.remaining();
        if (n > remaining()) {
            throw new BufferOverflowException();
        }
        byte[] bytes = new byte[n];
        src.get(bytes, 0, n);
        copyIn(nextPutIndex(n), bytes, 0, n);
        return this;
    }

    public ByteBuffer put(int index, ByteBuffer src, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.limit());
        checkWritable();
        byte[] bytes = new byte[length];
        src.get(off, bytes, 0, length);
        copyIn(index, bytes, 0, length);
        return this;
    }

    public ByteBuffer put(byte[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(off, length, src.length);
        if (length > remaining()) {
            throw new BufferOverflowException();
        }
        copyIn(nextPutIndex(length), src, off, length);
        return this;
    }

    public final ByteBuffer put(byte[] src) {
        return put(src, 0, src.length);
    }

    public ByteBuffer put(int index, byte[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        copyIn(index, src, off, length);
        return this;
    }

    public ByteBuffer put(int index, byte[] src) {
        return put(index, src, 0, src.length);
    }

    // ---- typed access ----

    private long read(int index, int size) {
        long bits = loadBits(index, size);
        return bigEndian ? bits : reverse(bits, size);
    }

    private void write(int index, int size, long value) {
        storeBits(index, size, bigEndian ? value : reverse(value, size));
    }

    /** The low `size` bytes of v in the opposite order. */
    static long reverse(long v, int size) {
        return Long.reverseBytes(v) >> (64 - 8 * size);
    }

    public char getChar() {
        return (char) read(nextGetIndex(2), 2);
    }

    public char getChar(int index) {
        return (char) read(checkIndex(index, 2), 2);
    }

    public ByteBuffer putChar(char value) {
        checkWritable();
        write(nextPutIndex(2), 2, value);
        return this;
    }

    public ByteBuffer putChar(int index, char value) {
        checkWritable();
        write(checkIndex(index, 2), 2, value);
        return this;
    }

    public short getShort() {
        return (short) read(nextGetIndex(2), 2);
    }

    public short getShort(int index) {
        return (short) read(checkIndex(index, 2), 2);
    }

    public ByteBuffer putShort(short value) {
        checkWritable();
        write(nextPutIndex(2), 2, value);
        return this;
    }

    public ByteBuffer putShort(int index, short value) {
        checkWritable();
        write(checkIndex(index, 2), 2, value);
        return this;
    }

    public int getInt() {
        return (int) read(nextGetIndex(4), 4);
    }

    public int getInt(int index) {
        return (int) read(checkIndex(index, 4), 4);
    }

    public ByteBuffer putInt(int value) {
        checkWritable();
        write(nextPutIndex(4), 4, value);
        return this;
    }

    public ByteBuffer putInt(int index, int value) {
        checkWritable();
        write(checkIndex(index, 4), 4, value);
        return this;
    }

    public long getLong() {
        return read(nextGetIndex(8), 8);
    }

    public long getLong(int index) {
        return read(checkIndex(index, 8), 8);
    }

    public ByteBuffer putLong(long value) {
        checkWritable();
        write(nextPutIndex(8), 8, value);
        return this;
    }

    public ByteBuffer putLong(int index, long value) {
        checkWritable();
        write(checkIndex(index, 8), 8, value);
        return this;
    }

    public float getFloat() {
        return Float.intBitsToFloat(getInt());
    }

    public float getFloat(int index) {
        return Float.intBitsToFloat(getInt(index));
    }

    public ByteBuffer putFloat(float value) {
        return putInt(Float.floatToRawIntBits(value));
    }

    public ByteBuffer putFloat(int index, float value) {
        return putInt(index, Float.floatToRawIntBits(value));
    }

    public double getDouble() {
        return Double.longBitsToDouble(getLong());
    }

    public double getDouble(int index) {
        return Double.longBitsToDouble(getLong(index));
    }

    public ByteBuffer putDouble(double value) {
        return putLong(Double.doubleToRawLongBits(value));
    }

    public ByteBuffer putDouble(int index, double value) {
        return putLong(index, Double.doubleToRawLongBits(value));
    }

    // ---- order and state ----

    public final ByteOrder order() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    public final ByteBuffer order(ByteOrder bo) {
        bigEndian = bo == ByteOrder.BIG_ENDIAN;
        return this;
    }

    public final int alignmentOffset(int index, int unitSize) {
        if (index < 0) {
            throw new IllegalArgumentException("Index less than zero: " + index);
        }
        if (unitSize < 1 || (unitSize & (unitSize - 1)) != 0) {
            throw new IllegalArgumentException("Unit size not a power of two: " + unitSize);
        }
        if (unitSize > 8 && !isDirect()) {
            throw new UnsupportedOperationException("Unit size unsupported for non-direct buffers: " + unitSize);
        }
        long base = isDirect() ? address : 16 + offset; // heap arrays: element 0 sits 16 bytes in on HotSpot
        return (int) ((base + index) & (unitSize - 1));
    }

    public ByteBuffer compact() {
        checkWritable();
        int pos = position();
        int n = remaining();
        byte[] rest = new byte[n];
        copyOut(pos, rest, 0, n);
        copyIn(0, rest, 0, n);
        position(n);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override
    public final boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public final boolean hasArray() {
        return hb != null && !readOnly;
    }

    @Override
    public final byte[] array() {
        if (hb == null) {
            throw new UnsupportedOperationException();
        }
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
        return hb;
    }

    @Override
    public final int arrayOffset() {
        if (hb == null) {
            throw new UnsupportedOperationException();
        }
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
        return offset;
    }

    @Override
    public ByteBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public ByteBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public ByteBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public ByteBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public ByteBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public ByteBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public ByteBuffer rewind() {
        super.rewind();
        return this;
    }

    // ---- comparison ----

    public int mismatch(ByteBuffer that) {
        int length = Math.min(remaining(), that.remaining());
        int p = position();
        int q = that.position();
        for (int i = 0; i < length; i++) {
            if (get(p + i) != that.get(q + i)) {
                return i;
            }
        }
        return remaining() == that.remaining() ? -1 : length;
    }

    public int hashCode() {
        int h = 1;
        int p = position();
        for (int i = limit() - 1; i >= p; i--) {
            h = 31 * h + get(i);
        }
        return h;
    }

    public boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        if (!(ob instanceof ByteBuffer)) {
            return false;
        }
        ByteBuffer that = (ByteBuffer) ob;
        return remaining() == that.remaining() && mismatch(that) < 0;
    }

    public int compareTo(ByteBuffer that) {
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(remaining(), that.remaining())) {
            return Byte.compare(get(position() + i), that.get(that.position() + i));
        }
        return remaining() - that.remaining();
    }

    public String toString() {
        return getClass().getName() + "[pos=" + position() + " lim=" + limit() + " cap=" + capacity() + "]";
    }
}
