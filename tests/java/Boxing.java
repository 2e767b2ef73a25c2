// Boxing and the wrapper classes: valueOf caches (-128..127 for Integer/Short/Byte/Long/Character,
// Boolean constants), autoboxing/unboxing in arithmetic, comparisons, collections, parse and
// toString methods with radix, MIN/MAX, NumberFormatException messages, compare/signum helpers.
import java.util.ArrayList;
import java.util.List;

public class Boxing {
    static Integer box(int i) {
        return i;
    }

    static Long boxL(long l) {
        return l;
    }

    public static void main(String[] args) {
        System.out.println("Integer cache: " + (box(127) == box(127)) + " " + (box(128) == box(128)) + " "
                + (box(-128) == box(-128)) + " " + (box(-129) == box(-129)) + " " + box(1000).equals(box(1000)));
        System.out.println("valueOf cache: " + (Integer.valueOf(127) == Integer.valueOf(127)) + " "
                + (Integer.valueOf(128) == Integer.valueOf(128)));
        System.out.println("Long cache: " + (boxL(127) == boxL(127)) + " " + (boxL(128) == boxL(128)));
        Character c1 = 'a', c2 = 'a';
        Character c3 = '\u0100', c4 = '\u0100';
        System.out.println("Character cache: " + (c1 == c2) + " " + (c3 == c4));
        Short s1 = 100, s2 = 100;
        Byte b1 = -1, b2 = -1;
        System.out.println("Short/Byte cache: " + (s1 == s2) + " " + (b1 == b2));
        Boolean t1 = true;
        System.out.println("Boolean: " + (t1 == Boolean.TRUE) + " " + (Boolean.valueOf("TRUE") == Boolean.TRUE) + " "
                + Boolean.parseBoolean("yes") + " " + Boolean.valueOf(false) + " " + Boolean.logicalXor(true, false));
        Integer x = 5;
        x++;
        x += 10;
        int y = x * 2;
        Integer z = x > 10 ? x : null;
        System.out.println("arith: " + x + " " + y + " " + z);
        Double d = 1.5;
        double sum = d + x;
        Long l = 3L;
        long lsum = l + x;
        System.out.println("mixed: " + sum + " " + lsum);
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 5; i++) list.add(i * i);
        list.remove(Integer.valueOf(9));
        list.remove(0);
        int total = 0;
        for (int v : list) total += v;
        System.out.println("list: " + list + " total " + total);
        System.out.println("equals across types: " + Integer.valueOf(1).equals(1L) + " " + Long.valueOf(1).equals(1L)
                + " " + Double.valueOf(0.0).equals(-0.0));
        System.out.println("parse: " + Integer.parseInt("-123") + " " + Integer.parseInt("+7") + " " + Integer.parseInt("ff", 16)
                + " " + Integer.parseInt("-80000000", 16) + " " + Long.parseLong("9223372036854775807") + " "
                + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16) + " " + Integer.valueOf("0042")
                + " " + Integer.parseInt("zz", 36) + " " + Integer.parseUnsignedInt("4294967295"));
        String[] bad = {"", "abc", "2147483648", "-", "1.5", " 1", "12a"};
        for (String s : bad) {
            try {
                System.out.println(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                System.out.println("NFE: " + e.getMessage());
            }
        }
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println("NFE null: " + e.getMessage());
        }
        try {
            Integer.parseInt("99", 8);
        } catch (NumberFormatException e) {
            System.out.println("NFE radix: " + e.getMessage());
        }
        try {
            Long.parseLong("9223372036854775808");
        } catch (NumberFormatException e) {
            System.out.println("NFE long: " + e.getMessage());
        }
        try {
            Byte.parseByte("200");
        } catch (NumberFormatException e) {
            System.out.println("NFE byte: " + e.getMessage());
        }
        try {
            Double.parseDouble("1.2.3");
        } catch (NumberFormatException e) {
            System.out.println("NFE double: " + e.getMessage());
        }
        System.out.println("toString radix: " + Integer.toString(-255, 16) + " " + Integer.toString(35, 36) + " "
                + Long.toString(Long.MIN_VALUE, 2).length() + " " + Integer.toHexString(Integer.MIN_VALUE) + " "
                + Long.toHexString(-1L) + " " + Integer.toBinaryString(5) + " " + Integer.toOctalString(-1) + " "
                + Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L) + " " + Integer.toString(10, 99));
        System.out.println("MIN/MAX: " + Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.MAX_VALUE
                + " " + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE + " " + Integer.SIZE + " " + Long.BYTES);
        System.out.println("compare: " + Integer.compare(3, 5) + " " + Long.compare(5, 3) + " " + Integer.signum(-9) + " "
                + Long.signum(0) + " " + Integer.compareUnsigned(-1, 1) + " " + Character.compare('b', 'a') + " "
                + Boolean.compare(true, false) + " " + Double.compare(1.0, 2.0) + " " + Integer.valueOf(4).compareTo(2));
        System.out.println("min/max/sum: " + Integer.max(3, 9) + " " + Integer.min(3, 9) + " " + Integer.sum(3, 9) + " "
                + Long.max(-1, -2) + " " + Double.max(0.0, -0.0) + " " + Double.sum(0.1, 0.2));
        Number n = 3.75;
        System.out.println("Number: " + n.intValue() + " " + n.longValue() + " " + n.floatValue() + " " + n.byteValue()
                + " " + Integer.valueOf(300).byteValue() + " " + Integer.valueOf(70000).shortValue() + " "
                + Double.valueOf(1e20).intValue() + " " + Long.valueOf(1L << 40).intValue());
        Object[] objs = {1, 2L, 3.0f, 4.0, 'c', true, (byte) 5, (short) 6};
        StringBuilder sb = new StringBuilder();
        for (Object o : objs) sb.append(o.getClass().getSimpleName()).append('=').append(o).append(' ');
        System.out.println("autobox types: " + sb);
        System.out.println("decode: " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Long.decode("#ff"));
        System.out.println("unsigned: " + Integer.divideUnsigned(-1, 2) + " " + Integer.remainderUnsigned(-1, 7) + " "
                + Integer.toUnsignedLong(-1) + " " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10));
    }
}
