// A byte buffer over memory outside the Java heap: `address` (in Buffer) and `capacity`.
// ByteBuffer.allocateDirect allocates zeroed memory through DirectMemory; the constructor
// DirectByteBuffer(long address, int capacity) wraps memory the buffer does not own and is the
// one JNI's NewDirectByteBuffer calls. Owned memory is freed by the collector once the owning
// buffer is unreachable; views keep it reachable through `attachment`.
package java.nio;

class DirectByteBuffer extends ByteBuffer {

    /** The buffer whose memory this one views (keeps that memory from being freed), or null. */
    final Object attachment;

    DirectByteBuffer(int capacity) {
        super(-1, 0, capacity, capacity, null, 0, false);
        long memory = DirectMemory.allocate0(this, capacity);
        if (memory == 0) {
            throw new OutOfMemoryError("Cannot reserve " + capacity + " bytes of direct buffer memory");
        }
        this.address = memory;
        this.attachment = null;
    }

    /** Wraps existing memory (JNI NewDirectByteBuffer). */
    DirectByteBuffer(long address, int capacity) {
        super(-1, 0, capacity, capacity, null, 0, false);
        this.address = address;
        this.attachment = null;
    }

    DirectByteBuffer(Object attachment, long address, int mark, int pos, int lim, int cap, boolean readOnly) {
        super(mark, pos, lim, cap, null, 0, readOnly);
        this.address = address;
        this.attachment = attachment;
    }

    @Override
    byte load(int index) {
        return (byte) DirectMemory.getByte0(address + index);
    }

    @Override
    void store(int index, byte value) {
        DirectMemory.putByte0(address + index, value);
    }

    private static final boolean NATIVE_BIG_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN;

    @Override
    long loadBits(int index, int size) {
        long at = address + index;
        long bits = size == 2 ? DirectMemory.getShort0(at) : size == 4 ? DirectMemory.getInt0(at) : DirectMemory.getLong0(at);
        return NATIVE_BIG_ENDIAN ? bits : reverse(bits, size);
    }

    @Override
    void storeBits(int index, int size, long bigEndianBits) {
        long bits = NATIVE_BIG_ENDIAN ? bigEndianBits : reverse(bigEndianBits, size);
        long at = address + index;
        if (size == 2) {
            DirectMemory.putShort0(at, (int) bits);
        } else if (size == 4) {
            DirectMemory.putInt0(at, (int) bits);
        } else {
            DirectMemory.putLong0(at, bits);
        }
    }

    @Override
    void copyOut(int index, byte[] dst, int off, int length) {
        DirectMemory.copyToArray0(address + index, dst, off, length);
    }

    @Override
    void copyIn(int index, byte[] src, int off, int length) {
        DirectMemory.copyFromArray0(src, off, address + index, length);
    }

    private ByteBuffer view(long at, int mark, int pos, int lim, int cap, boolean ro) {
        Object owner = attachment != null ? attachment : this;
        return ro ? new DirectByteBufferR(owner, at, mark, pos, lim, cap) : new DirectByteBuffer(owner, at, mark, pos, lim, cap, false);
    }

    @Override
    public ByteBuffer slice() {
        int rem = remaining();
        return view(address + position(), -1, 0, rem, rem, isReadOnly());
    }

    @Override
    public ByteBuffer slice(int index, int length) {
        java.util.Objects.checkFromIndexSize(index, length, limit());
        return view(address + index, -1, 0, length, length, isReadOnly());
    }

    @Override
    public ByteBuffer duplicate() {
        return view(address, markValue(), position(), limit(), capacity(), isReadOnly());
    }

    @Override
    public ByteBuffer asReadOnlyBuffer() {
        return view(address, markValue(), position(), limit(), capacity(), true);
    }

    @Override
    public boolean isDirect() {
        return true;
    }
}
