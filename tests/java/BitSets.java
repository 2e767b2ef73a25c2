// BitSet: single bits and ranges (set/clear/flip/get), searching, length/size/cardinality,
// set algebra, equals/hashCode, toString, long/byte array conversion, clone and errors.
import java.util.*;

public class BitSets {
    static void tryRun(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e);
        }
    }

    static String info(BitSet b) {
        return b + " len=" + b.length() + " size=" + b.size() + " card=" + b.cardinality() + " empty=" + b.isEmpty()
                + " hash=" + b.hashCode();
    }

    public static void main(String[] args) {
        BitSet b = new BitSet();
        System.out.println("new " + info(b));
        b.set(1);
        b.set(3);
        b.set(64);
        b.set(200);
        System.out.println("set " + info(b));
        b.set(10, 20);
        b.set(60, 70, true);
        b.set(3, false);
        System.out.println("ranges " + info(b));
        b.clear(15);
        b.clear(62, 66);
        b.clear(500);
        b.clear(190, 1000);
        System.out.println("clear " + info(b));
        b.flip(0);
        b.flip(5, 12);
        b.flip(127, 130);
        System.out.println("flip " + info(b));
        System.out.println("get " + b.get(0) + " " + b.get(2) + " " + b.get(128) + " " + b.get(9999) + " range "
                + b.get(5, 70) + " " + b.get(300, 400) + " " + b.get(60, 61).size());

        StringBuilder sb = new StringBuilder();
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) {
            sb.append(i).append(' ');
        }
        System.out.println("nextSetBit walk " + sb);
        sb.setLength(0);
        for (int i = b.length(); (i = b.previousSetBit(i - 1)) >= 0;) {
            sb.append(i).append(' ');
        }
        System.out.println("previousSetBit walk " + sb);
        System.out.println("nextClearBit " + b.nextClearBit(0) + " " + b.nextClearBit(10) + " " + b.nextClearBit(129)
                + " " + b.nextClearBit(5000) + " previousClearBit " + b.previousClearBit(11) + " " + b.previousClearBit(-1)
                + " " + b.previousSetBit(-1) + " " + b.previousSetBit(4000) + " nextSetBit past " + b.nextSetBit(131));

        BitSet x = BitSet.valueOf(new long[] {0b1011_0110L, -1L});
        BitSet y = BitSet.valueOf(new long[] {0b0110_1100L});
        System.out.println("x " + info(x) + " y " + info(y));
        BitSet and = (BitSet) x.clone();
        and.and(y);
        BitSet or = (BitSet) x.clone();
        or.or(y);
        BitSet xor = (BitSet) y.clone();
        xor.xor(x);
        BitSet andNot = (BitSet) x.clone();
        andNot.andNot(y);
        System.out.println("and " + and + " or.card " + or.cardinality() + " xor.len " + xor.length() + " andNot "
                + andNot.get(0, 10) + " intersects " + x.intersects(y) + " " + y.intersects(new BitSet()));
        System.out.println("toLongArray " + Arrays.toString(x.toLongArray()) + " toByteArray "
                + Arrays.toString(y.toByteArray()) + " " + Arrays.toString(new BitSet().toByteArray()));
        BitSet fromBytes = BitSet.valueOf(new byte[] {1, 0, (byte) 0x80, 0, 0});
        System.out.println("valueOf bytes " + info(fromBytes) + " roundtrip " + Arrays.toString(fromBytes.toByteArray()));
        System.out.println("valueOf trailing zeros " + info(BitSet.valueOf(new long[] {5, 0, 0})));

        BitSet e1 = new BitSet(1000);
        BitSet e2 = new BitSet();
        System.out.println("sized " + info(e1) + " equals " + e1.equals(e2) + " hash " + (e1.hashCode() == e2.hashCode()));
        e1.set(999);
        e2.set(999);
        e1.clear(999);
        System.out.println("after set/clear " + e1.size() + " " + e2.size() + " equals " + e1.equals(new BitSet()));
        BitSet grow = new BitSet(10);
        grow.set(64);
        System.out.println("growth " + grow.size());
        grow.set(1000);
        System.out.println("growth " + grow.size());
        BitSet c1 = new BitSet();
        c1.set(3);
        c1.set(400);
        c1.clear(400);
        BitSet c2 = (BitSet) c1.clone();
        System.out.println("clone trims original " + c1.size() + " clone " + c2.size() + " equal " + c1.equals(c2));
        BitSet sticky = new BitSet(500);
        sticky.set(2);
        BitSet stickyClone = (BitSet) sticky.clone();
        System.out.println("sticky clone " + sticky.size() + " " + stickyClone.size());
        System.out.println("self ops");
        BitSet self = BitSet.valueOf(new long[] {0xF0F0L});
        self.and(self);
        self.or(self);
        System.out.println("  " + self);
        self.xor(self);
        System.out.println("  " + self + " " + self.isEmpty());
        System.out.println("stream sum " + x.stream().limit(5).sum() + " count " + x.stream().count());

        tryRun("set(-1)", () -> new BitSet().set(-1));
        tryRun("get(-5)", () -> new BitSet().get(-5));
        tryRun("clear(-1)", () -> new BitSet().clear(-1));
        tryRun("flip(-1)", () -> new BitSet().flip(-1));
        tryRun("set(-1, 5)", () -> new BitSet().set(-1, 5));
        tryRun("set(3, -5)", () -> new BitSet().set(3, -5));
        tryRun("set(5, 3)", () -> new BitSet().set(5, 3));
        tryRun("get(7, 2)", () -> new BitSet().get(7, 2));
        tryRun("nextSetBit(-1)", () -> new BitSet().nextSetBit(-1));
        tryRun("nextClearBit(-3)", () -> new BitSet().nextClearBit(-3));
        tryRun("previousSetBit(-2)", () -> new BitSet().previousSetBit(-2));
        tryRun("new BitSet(-1)", () -> new BitSet(-1));
        System.out.println("equals other type " + new BitSet().equals("x") + " toString empty " + new BitSet());
    }
}
