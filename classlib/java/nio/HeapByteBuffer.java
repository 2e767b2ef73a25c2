// A byte buffer over a Java byte[] (ByteBuffer.allocate and wrap).
package java.nio;

class HeapByteBuffer extends ByteBuffer {

    HeapByteBuffer(byte[] hb, int mark, int pos, int lim, int cap, int offset) {
        this(hb, mark, pos, lim, cap, offset, false);
    }

    HeapByteBuffer(byte[] hb, int mark, int pos, int lim, int cap, int offset, boolean readOnly) {
        super(mark, pos, lim, cap, hb, offset, readOnly);
    }

    @Override
    byte load(int index) {
        return hb[offset + index];
    }

    @Override
    void store(int index, byte value) {
        hb[offset + index] = value;
    }

    @Override
    void copyOut(int index, byte[] dst, int off, int length) {
        System.arraycopy(hb, offset + index, dst, off, length);
    }

    @Override
    void copyIn(int index, byte[] src, int off, int length) {
        System.arraycopy(src, off, hb, offset + index, length);
    }

    /** A buffer over the same bytes; read-only copies are HeapByteBufferR, as in the JDK. */
    ByteBuffer view(int mark, int pos, int lim, int cap, int off, boolean ro) {
        return ro ? new HeapByteBufferR(hb, mark, pos, lim, cap, off) : new HeapByteBuffer(hb, mark, pos, lim, cap, off);
    }

    @Override
    public ByteBuffer slice() {
        int pos = position();
        int rem = remaining();
        return view(-1, 0, rem, rem, offset + pos, isReadOnly());
    }

    @Override
    public ByteBuffer slice(int index, int length) {
        java.util.Objects.checkFromIndexSize(index, length, limit());
        return view(-1, 0, length, length, offset + index, isReadOnly());
    }

    @Override
    public ByteBuffer duplicate() {
        return view(markValue(), position(), limit(), capacity(), offset, isReadOnly());
    }

    @Override
    public ByteBuffer asReadOnlyBuffer() {
        return view(markValue(), position(), limit(), capacity(), offset, true);
    }

    @Override
    public boolean isDirect() {
        return false;
    }
}
