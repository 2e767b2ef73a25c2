// Heap ByteBuffers: typed absolute/relative access in both byte orders, cursor operations
// (mark/reset/flip/clear/rewind/compact), slices/duplicates/read-only views sharing storage,
// bulk transfers, equals/hashCode/compareTo/mismatch, toString, and every error with its message.
import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

public class ByteBuffers {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " !! " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static String dump(ByteBuffer b) {
        byte[] all = new byte[b.capacity()];
        for (int i = 0; i < b.limit(); i++) {
            all[i] = b.get(i);
        }
        return b + " " + Arrays.toString(all);
    }

    public static void main(String[] args) {
        ByteBuffer b = ByteBuffer.allocate(32);
        System.out.println(b + " order " + b.order() + " native " + ByteOrder.nativeOrder() + " direct " + b.isDirect() + " array " + b.hasArray());
        b.put((byte) 1).putShort((short) -2).putChar('\u20ac').putInt(0x12345678).putLong(0x0102030405060708L).putFloat(1.5f).putDouble(-2.25);
        System.out.println(dump(b));
        b.flip();
        System.out.println("read " + b.get() + " " + b.getShort() + " " + (int) b.getChar() + " " + Integer.toHexString(b.getInt()) + " "
                + Long.toHexString(b.getLong()) + " " + b.getFloat() + " " + b.getDouble() + " remaining " + b.remaining() + " " + b.hasRemaining());
        b.clear();
        b.order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, 0x12345678).putLong(4, -3L).putShort(12, (short) 0x7f01).putChar(14, 'A').putFloat(16, Float.NaN).putDouble(20, 1e300);
        System.out.println("little " + dump(b));
        System.out.println("abs " + Integer.toHexString(b.getInt(0)) + " " + b.getLong(4) + " " + b.getShort(12) + " " + b.getChar(14)
                + " " + b.getFloat(16) + " " + b.getDouble(20) + " big view " + Integer.toHexString(b.order(ByteOrder.BIG_ENDIAN).getInt(0)));

        ByteBuffer c = ByteBuffer.allocate(10);
        for (int i = 0; i < 10; i++) {
            c.put((byte) (i * 3));
        }
        c.position(2).limit(8);
        c.mark();
        c.get();
        c.get();
        System.out.println("mark " + c + " reset " + c.reset() + " rewind " + ByteBuffer.wrap(new byte[4], 1, 2).rewind());
        ByteBuffer s = c.slice();
        s.put(0, (byte) 99);
        System.out.println("slice " + dump(s) + " parent " + c.get(2) + " offset " + s.arrayOffset() + " order " + s.order());
        ByteBuffer s2 = c.slice(1, 3);
        System.out.println("slice2 " + dump(s2) + " arrayOffset " + s2.arrayOffset());
        ByteBuffer d = c.duplicate();
        d.position(5);
        System.out.println("dup " + d + " orig " + c + " same array " + (d.array() == c.array()));
        ByteBuffer ro = c.asReadOnlyBuffer();
        System.out.println("ro " + ro + " " + ro.isReadOnly() + " hasArray " + ro.hasArray() + " get " + ro.get(3) + " slice " + ro.slice() + " dup " + ro.duplicate());
        attempt("ro put", () -> ro.put((byte) 1));
        attempt("ro put abs", () -> ro.putInt(0, 1));
        attempt("ro array", () -> ro.array());
        attempt("ro compact", () -> ro.compact());
        attempt("ro put array", () -> ro.put(new byte[1]));
        System.out.println("ro position unchanged " + ro.position());

        ByteBuffer k = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6});
        k.position(4);
        k.compact();
        System.out.println("compact " + dump(k));
        byte[] dst = new byte[4];
        k.flip();
        k.get(dst, 1, 2);
        System.out.println("bulk get " + Arrays.toString(dst) + " " + k);
        ByteBuffer target = ByteBuffer.allocate(8);
        target.put(new byte[] {9, 9}).put(ByteBuffer.wrap(new byte[] {7, 8, 9}, 1, 2)).put(new byte[] {1, 2, 3}, 2, 1);
        target.put(6, new byte[] {42, 43});
        System.out.println("bulk put " + dump(target));
        byte[] dst2 = new byte[3];
        target.get(5, dst2);
        System.out.println("abs bulk get " + Arrays.toString(dst2));

        ByteBuffer x = ByteBuffer.wrap(new byte[] {1, 2, 3});
        ByteBuffer y = ByteBuffer.wrap(new byte[] {0, 1, 2, 3}, 1, 3);
        ByteBuffer z = ByteBuffer.wrap(new byte[] {1, 2, 4});
        ByteBuffer w = ByteBuffer.wrap(new byte[] {1, 2});
        System.out.println("equals " + x.equals(y) + " " + x.equals(z) + " hash " + x.hashCode() + " " + y.hashCode() + " " + z.hashCode()
                + " cmp " + x.compareTo(z) + " " + z.compareTo(x) + " " + x.compareTo(w) + " " + x.compareTo(y)
                + " mismatch " + x.mismatch(z) + " " + x.mismatch(w) + " " + x.mismatch(y) + " " + ByteBuffer.wrap(new byte[] {-1}).compareTo(ByteBuffer.wrap(new byte[] {1})));
        System.out.println("hash empty " + ByteBuffer.allocate(0).hashCode() + " alignment " + ByteBuffer.allocate(4).alignmentOffset(1, 1));

        attempt("position big", () -> ByteBuffer.allocate(16).position(17));
        attempt("position neg", () -> ByteBuffer.allocate(16).position(-1));
        attempt("limit big", () -> ByteBuffer.allocate(16).limit(17));
        attempt("limit neg", () -> ByteBuffer.allocate(16).limit(-1));
        attempt("get 16", () -> ByteBuffer.allocate(16).get(16));
        attempt("getInt 14", () -> ByteBuffer.allocate(16).getInt(14));
        attempt("putLong 9", () -> ByteBuffer.allocate(16).putLong(9, 1L));
        attempt("allocate neg", () -> ByteBuffer.allocate(-1));
        attempt("wrap bad", () -> ByteBuffer.wrap(new byte[4], 3, 2));
        attempt("slice bad", () -> ByteBuffer.allocate(16).slice(10, 7));
        attempt("get array bad", () -> ByteBuffer.allocate(16).get(new byte[4], 2, 3));
        attempt("get index array bad", () -> ByteBuffer.allocate(16).get(14, new byte[4]));
        attempt("reset unmarked", () -> ByteBuffer.allocate(4).reset());
        attempt("underflow", () -> ByteBuffer.allocate(3).getInt());
        attempt("overflow", () -> ByteBuffer.allocate(3).putInt(1));
        attempt("bulk underflow", () -> ByteBuffer.allocate(3).get(new byte[4]));
        attempt("bulk overflow", () -> ByteBuffer.allocate(3).put(new byte[4]));
        attempt("put buffer overflow", () -> ByteBuffer.allocate(2).put(ByteBuffer.allocate(3)));
        ByteBuffer self = ByteBuffer.allocate(2);
        attempt("put self", () -> self.put(self));
        attempt("limit below mark", () -> {
            ByteBuffer m = ByteBuffer.allocate(8);
            m.position(6);
            m.mark();
            m.limit(4);
            try {
                m.reset();
            } catch (RuntimeException e) {
                return m + " " + e.getClass().getName();
            }
            return m;
        });
        try {
            ByteBuffer.allocate(1).get(1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("ioobe " + e.getMessage());
        }
        try {
            ByteBuffer.allocate(1).flip().get();
        } catch (BufferUnderflowException e) {
            System.out.println("underflow caught");
        }
        try {
            ByteBuffer.allocate(0).put((byte) 0);
        } catch (BufferOverflowException e) {
            System.out.println("overflow caught");
        }
    }
}
