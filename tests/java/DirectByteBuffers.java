// Direct ByteBuffers (memory outside the Java heap): zeroed allocation, typed access in both
// orders through native memory, slices and read-only views sharing the memory, bulk copies
// to and from heap buffers and arrays, and the operations that direct buffers refuse.
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

public class DirectByteBuffers {
    public static void main(String[] args) {
        ByteBuffer d = ByteBuffer.allocateDirect(64);
        boolean zero = true;
        for (int i = 0; i < 64; i++) {
            zero &= d.get(i) == 0;
        }
        System.out.println(d + " direct " + d.isDirect() + " hasArray " + d.hasArray() + " zeroed " + zero + " order " + d.order());
        d.putInt(0x01020304).putLong(-1234567890123L).putShort((short) -5).putChar('Z').putFloat(3.25f).putDouble(Math.E).put((byte) -1);
        System.out.println("after puts " + d);
        byte[] raw = new byte[d.position()];
        d.get(0, raw);
        System.out.println("raw " + Arrays.toString(raw));
        d.flip();
        System.out.println("read " + Integer.toHexString(d.getInt()) + " " + d.getLong() + " " + d.getShort() + " " + d.getChar() + " "
                + d.getFloat() + " " + d.getDouble() + " " + d.get() + " " + d);
        d.clear().order(ByteOrder.LITTLE_ENDIAN);
        d.putInt(0, 0x01020304).putLong(8, 0x1122334455667788L).putShort(16, (short) 0x0102).putDouble(24, -0.5);
        byte[] le = new byte[32];
        d.get(0, le);
        System.out.println("little raw " + Arrays.toString(le));
        System.out.println("little read " + Integer.toHexString(d.getInt(0)) + " " + Long.toHexString(d.getLong(8)) + " " + d.getShort(16) + " " + d.getDouble(24)
                + " as big " + Integer.toHexString(d.order(ByteOrder.BIG_ENDIAN).getInt(0)));

        ByteBuffer heap = ByteBuffer.allocate(64);
        for (int i = 0; i < 64; i++) {
            heap.put(i, (byte) i);
        }
        d.clear();
        d.put(heap);
        System.out.println("copy from heap " + d + " equal " + d.flip().equals(heap.flip()) + " cmp " + d.compareTo(heap) + " hash " + d.hashCode() + " " + heap.hashCode());
        d.position(10).limit(20);
        ByteBuffer slice = d.slice();
        slice.put(0, (byte) 100);
        System.out.println("slice " + slice + " shares " + d.get(10) + " direct " + slice.isDirect());
        ByteBuffer ro = d.asReadOnlyBuffer();
        System.out.println("ro " + ro + " " + ro.get(10) + " " + ro.isReadOnly() + " slice " + ro.slice() + " dup " + d.duplicate());
        try {
            ro.put((byte) 0);
        } catch (java.nio.ReadOnlyBufferException e) {
            System.out.println("read-only " + e.getMessage());
        }
        try {
            d.array();
        } catch (UnsupportedOperationException e) {
            System.out.println("array " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            d.arrayOffset();
        } catch (UnsupportedOperationException e) {
            System.out.println("arrayOffset " + e.getClass().getName());
        }
        try {
            ByteBuffer.allocateDirect(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("allocateDirect " + e.getMessage());
        }
        try {
            d.getLong(15);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("getLong beyond limit " + e.getClass().getName());
        }
        ByteBuffer back = ByteBuffer.allocate(10);
        back.put(d);
        System.out.println("copy to heap " + Arrays.toString(back.array()) + " " + d);
        d.clear();
        d.position(60);
        d.compact();
        System.out.println("compact " + d + " first " + d.get(0) + " " + d.get(3));
        ByteBuffer empty = ByteBuffer.allocateDirect(0);
        System.out.println("empty " + empty + " " + empty.hasRemaining() + " align " + ByteBuffer.allocateDirect(16).alignmentOffset(0, 8));
        long sum = 0;
        ByteBuffer big = ByteBuffer.allocateDirect(1 << 16);
        for (int i = 0; i < big.capacity() / 8; i++) {
            big.putLong(i * 31L);
        }
        big.flip();
        while (big.hasRemaining()) {
            sum += big.getLong();
        }
        System.out.println("sum " + sum);
    }
}
