// The read-only view of a heap byte buffer (its own class, so toString names it as HotSpot does).
package java.nio;

class HeapByteBufferR extends HeapByteBuffer {

    HeapByteBufferR(byte[] hb, int mark, int pos, int lim, int cap, int offset) {
        super(hb, mark, pos, lim, cap, offset, true);
    }
}
