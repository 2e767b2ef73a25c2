// StringBuilder: append of every type, insert, delete, deleteCharAt, replace, reverse (with
// surrogate pairs), setCharAt, setLength, indexOf, charAt, capacity growth, chaining, toString.
public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(true).append('c').append(1).append(2L).append(1.5f).append(2.5).append("s").append((Object) null)
                .append((String) null).append(new char[] {'x', 'y'}).append(new StringBuilder("sb")).append(-0.0)
                .append(Integer.MIN_VALUE).append(Long.MIN_VALUE).append(Float.NaN);
        System.out.println(sb + " len=" + sb.length());
        sb.setLength(0);
        sb.append("0123456789");
        sb.insert(0, "<").insert(sb.length(), '>').insert(5, 42).insert(1, true).insert(3, 1.5);
        System.out.println("insert: " + sb);
        sb.delete(0, 5);
        System.out.println("delete: " + sb);
        sb.deleteCharAt(0).deleteCharAt(sb.length() - 1);
        System.out.println("deleteCharAt: " + sb);
        sb.replace(2, 5, "REPLACED");
        System.out.println("replace: " + sb);
        sb.reverse();
        System.out.println("reverse: " + sb);
        sb.setCharAt(0, '#');
        System.out.println("setCharAt: " + sb + " charAt(3)=" + sb.charAt(3));
        sb.setLength(5);
        System.out.println("setLength shorter: [" + sb + "]");
        sb.setLength(7);
        System.out.println("setLength longer: " + sb.length() + " last=" + (int) sb.charAt(6));
        StringBuilder s2 = new StringBuilder("abcabcabc");
        System.out.println("indexOf: " + s2.indexOf("bc") + " " + s2.indexOf("bc", 3) + " " + s2.lastIndexOf("abc") + " "
                + s2.indexOf("zz"));
        StringBuilder surrogate = new StringBuilder("a\ud83d\ude00b\ud83c\udf89");
        surrogate.reverse();
        System.out.println("reverse keeps pairs: " + surrogate + " " + surrogate.length());
        StringBuilder big = new StringBuilder(2);
        for (int i = 0; i < 1000; i++) big.append(i % 10);
        System.out.println("big: " + big.length() + " " + big.substring(990) + " " + big.substring(5, 10));
        StringBuilder cp = new StringBuilder();
        cp.appendCodePoint(0x1F600).appendCodePoint('A');
        System.out.println("appendCodePoint: " + cp + " " + cp.length());
        try {
            new StringBuilder("abc").charAt(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("charAt: " + e);
        }
        try {
            new StringBuilder("abc").insert(10, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("insert: " + e);
        }
        try {
            new StringBuilder("abc").delete(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("delete: " + e);
        }
        try {
            new StringBuilder("abc").setLength(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("setLength: " + e);
        }
        StringBuilder eq1 = new StringBuilder("same");
        StringBuilder eq2 = new StringBuilder("same");
        System.out.println("equals is identity: " + eq1.equals(eq2) + " compareTo: " + eq1.compareTo(eq2) + " "
                + eq1.toString().equals(eq2.toString()));
        StringBuilder chain = new StringBuilder("x");
        for (int i = 0; i < 5; i++) chain.append(chain);
        System.out.println("self-append: " + chain.length());
        StringBuilder del = new StringBuilder("hello");
        del.delete(2, 100);
        System.out.println("delete past end: " + del);
        CharSequence seq = new StringBuilder("charseq");
        System.out.println("CharSequence: " + seq.length() + " " + seq.charAt(0) + " " + seq.subSequence(4, 7));
    }
}
