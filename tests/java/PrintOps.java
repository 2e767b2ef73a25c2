// java.io.PrintStream overloads on System.out and System.err: print/println of every primitive,
// char[], String, null String and Object, empty println, write(int) and write(byte[],int,int)
// with raw UTF-8 bytes, append, flush, checkError, and non-ASCII text encoded as UTF-8.
import java.io.PrintStream;

public class PrintOps {
    public static void main(String[] args) {
        PrintStream out = System.out;
        out.print(true);
        out.print(' ');
        out.print('c');
        out.print(' ');
        out.print(42);
        out.print(' ');
        out.print(-42L);
        out.print(' ');
        out.print(1.5f);
        out.print(' ');
        out.print(-2.25);
        out.print(' ');
        out.print(new char[] {'a', 'r', 'r'});
        out.print(' ');
        out.print((String) null);
        out.print(' ');
        out.print((Object) null);
        out.print(' ');
        out.print(new StringBuilder("sb"));
        out.println();
        out.println(false);
        out.println('x');
        out.println(Integer.MIN_VALUE);
        out.println(Long.MAX_VALUE);
        out.println(Float.MIN_VALUE);
        out.println(Double.NaN);
        out.println(new char[] {'c', 'h', 'a', 'r', 's'});
        out.println((String) null);
        out.println((Object) null);
        out.println("mixed \u00e9\u00e8 \u4e2d\u6587 \ud83d\ude00");
        out.write('W');
        out.write('\n');
        byte[] raw = {'r', 'a', 'w', ' ', (byte) 0xc3, (byte) 0xa9, '\n', 'x'};
        out.write(raw, 0, 7);
        out.append("appended").append(' ').append('c').append("0123456789", 2, 5);
        out.println();
        out.flush();
        System.out.println("checkError " + out.checkError());
        System.err.print("err print ");
        System.err.println(3.0);
        System.err.println("err \u00fc\u00f1\u00ee\u00e7\u00f8d\u00e9");
        System.err.write('E');
        System.err.println();
        System.err.flush();
        char[] big = new char[5000];
        for (int i = 0; i < big.length; i++) big[i] = (char) ('a' + i % 26);
        out.println(big.length + " chars: ");
        out.println(big);
        out.print("no newline at the end");
    }
}
