// Character decoding through readers: InputStreamReader fed one byte at a time (multi-byte
// UTF-8 and UTF-16 sequences split across reads), malformed bytes replaced by U+FFFD, UTF-16
// byte-order marks, BufferedReader lines over the result, and OutputStreamWriter encoding with
// '?' for unmappable chars.
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

public class ReaderDecoding {
    /** Hands out one byte per read call, so decoders see every sequence split. */
    static final class Trickle extends InputStream {
        private final byte[] data;
        private int pos;

        Trickle(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int c = read();
            if (c < 0) {
                return -1;
            }
            b[off] = (byte) c;
            return 1;
        }
    }

    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            sb.append(Integer.toHexString(s.charAt(i))).append(' ');
        }
        return sb.toString().trim();
    }

    static String readAll(Reader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[3];
        int n;
        while ((n = r.read(buf)) > 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        String text = "a\u00e9\u20ac\uD83D\uDE00z\nline2\r\nend";
        Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
            StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII};
        for (Charset cs : charsets) {
            byte[] bytes = text.getBytes(cs);
            String trickled = readAll(new InputStreamReader(new Trickle(bytes), cs));
            String whole = readAll(new InputStreamReader(new ByteArrayInputStream(bytes), cs));
            System.out.println(cs + " " + bytes.length + " trickle [" + codes(trickled) + "] same " + trickled.equals(whole));
        }
        byte[][] bad = {{'a', (byte) 0xe2, (byte) 0x82, 'b'}, {(byte) 0xff, (byte) 0xfe, 'x', 0}, {(byte) 0xc3}, {'o', 'k', (byte) 0xf0, (byte) 0x9f, (byte) 0x98},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80, 'q'}, {(byte) 0x80, (byte) 0x80, 'r'}};
        for (byte[] b : bad) {
            System.out.println(Arrays.toString(b) + " utf8 [" + codes(readAll(new InputStreamReader(new Trickle(b), StandardCharsets.UTF_8)))
                    + "] utf16 [" + codes(readAll(new InputStreamReader(new Trickle(b), StandardCharsets.UTF_16))) + "] ascii ["
                    + codes(readAll(new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.US_ASCII))) + "]");
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(new Trickle("one\r\ntwo\rthree\n\u00fcber\n".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            System.out.println("line [" + codes(line) + "]");
        }
        for (Charset cs : charsets) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OutputStreamWriter w = new OutputStreamWriter(out, cs);
            w.write("x\u00e9\u0100");
            w.write('\uD83D');
            w.flush();
            System.out.print(cs + " partial " + out.size());
            w.write('\uDE00');
            w.write("\uDC00!", 0, 2);
            w.close();
            System.out.println(" final " + Arrays.toString(out.toByteArray()));
        }
    }
}
