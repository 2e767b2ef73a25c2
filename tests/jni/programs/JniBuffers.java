// Direct buffers: NewDirectByteBuffer over native memory (read and written from both sides),
// GetDirectBufferAddress/GetDirectBufferCapacity for direct, heap, sliced and non-buffer objects.
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

public class JniBuffers {
    static { System.loadLibrary("JniBuffers"); }

    static native ByteBuffer wrapNative(int capacity);  // static C memory filled with 0, 1, 2, ...
    static native String nativeView(int count);         // the first bytes of that memory, from C
    static native long capacityOf(Object buffer);
    static native boolean hasAddress(Object buffer);
    static native String readDirect(ByteBuffer buffer, int count);  // through GetDirectBufferAddress
    static native boolean sameAddress(ByteBuffer a, ByteBuffer b);

    public static void main(String[] args) {
        ByteBuffer wrapped = wrapNative(16);
        System.out.println("direct=" + wrapped.isDirect() + " capacity=" + wrapped.capacity() + " limit="
                + wrapped.limit() + " position=" + wrapped.position() + " order=" + wrapped.order());
        System.out.println("get(5)=" + wrapped.get(5) + " getInt(0) big-endian=" + Integer.toHexString(wrapped.getInt(0)));
        wrapped.put(0, (byte) 0x7f).put(15, (byte) -1);
        System.out.println("native sees: " + nativeView(16));
        System.out.println("capacity via JNI: " + capacityOf(wrapped) + " address: " + hasAddress(wrapped));
        wrapped.order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0x01020304);
        System.out.println("native sees: " + nativeView(8));

        ByteBuffer allocated = ByteBuffer.allocateDirect(8);
        allocated.put(new byte[] {9, 8, 7});
        System.out.println("allocateDirect via JNI: capacity " + capacityOf(allocated) + " address " + hasAddress(allocated)
                + " bytes " + readDirect(allocated, 4));
        ByteBuffer heap = ByteBuffer.allocate(8);
        System.out.println("heap buffer: capacity " + capacityOf(heap) + " address " + hasAddress(heap));
        ByteBuffer wrappedArray = ByteBuffer.wrap(new byte[3]);
        System.out.println("wrapped array: capacity " + capacityOf(wrappedArray) + " address " + hasAddress(wrappedArray));
        System.out.println("not a buffer: capacity " + capacityOf("string") + " address " + hasAddress("string"));
        System.out.println("null: capacity " + capacityOf(null) + " address " + hasAddress(null));
        ByteBuffer slice = wrapped.position(4).slice();
        System.out.println("slice: capacity " + capacityOf(slice) + " bytes " + readDirect(slice, 4)
                + " same address as wrapped " + sameAddress(slice, wrapped));
        ByteBuffer readOnly = wrapped.asReadOnlyBuffer();
        System.out.println("read-only: capacity " + capacityOf(readOnly) + " same address " + sameAddress(readOnly, wrapped));
        ByteBuffer empty = wrapNative(0);
        System.out.println("zero capacity: " + empty.capacity() + " " + capacityOf(empty));
    }
}
