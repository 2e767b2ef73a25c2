// The read-only view of a direct byte buffer (its own class, so toString names it as HotSpot does).
package java.nio;

class DirectByteBufferR extends DirectByteBuffer {

    DirectByteBufferR(Object attachment, long address, int mark, int pos, int lim, int cap) {
        super(attachment, address, mark, pos, lim, cap, true);
    }
}
