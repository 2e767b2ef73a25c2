// Charsets: String <-> bytes in the six standard charsets, with HotSpot's replacements for
// malformed input ('\uFFFD' when decoding, '?' when encoding), UTF-16 byte-order marks,
// InputStreamReader/OutputStreamWriter over byte arrays, Charset lookup by alias.
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

public class CharsetRoundTrip {
    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            sb.append(Integer.toHexString(s.charAt(i))).append(' ');
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) throws IOException {
        Charset[] all = {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII, StandardCharsets.UTF_16,
            StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE};
        String[] texts = {"", "plain ascii", "caf\u00e9 \u00ff", "\u20ac\u4e2d\u6587", "emoji \uD83D\uDE00!", "lone \uD800 high", "lone \uDC00 low", "end \uD83D", "nul\u0000"};
        for (Charset cs : all) {
            for (String t : texts) {
                byte[] b = t.getBytes(cs);
                String back = new String(b, cs);
                System.out.println(cs + " [" + codes(t) + "] -> " + Arrays.toString(b) + " -> [" + codes(back) + "] same=" + back.equals(t));
            }
        }
        byte[][] inputs = {{(byte) 0x80}, {'a', (byte) 0xc3}, {(byte) 0xc3, 'a'}, {(byte) 0xe2, (byte) 0x82, 'x'}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80}, {(byte) 0xf0, (byte) 0x9f, (byte) 0x98}, {(byte) 0xf8, 'a'}, {(byte) 0xc0, (byte) 0xaf},
            {(byte) 0xfe, (byte) 0xff, 0, 'A'}, {(byte) 0xff, (byte) 0xfe, 'A', 0}, {0, 'A', 0}, {(byte) 0xd8, 0, 0, 'b'}, {(byte) 0xdc, 0}};
        for (byte[] in : inputs) {
            StringBuilder sb = new StringBuilder(Arrays.toString(in));
            for (Charset cs : all) {
                sb.append(" | ").append(cs.name()).append(": ").append(codes(new String(in, cs)));
            }
            System.out.println(sb);
        }
        System.out.println("lookup " + Charset.forName("utf8") + " " + Charset.forName("latin1") + " " + Charset.forName("ASCII") + " "
                + Charset.isSupported("UTF-16LE") + " " + Charset.isSupported("x-unknown") + " default " + Charset.defaultCharset());
        try {
            "x".getBytes("no-such-charset");
        } catch (UnsupportedEncodingException e) {
            System.out.println("unsupported: " + e.getMessage());
        }
        for (Charset cs : all) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (OutputStreamWriter w = new OutputStreamWriter(bytes, cs)) {
                w.write("Zürich ");
                w.write("\uD83D");
                w.write("\uDE00 ok");
            }
            byte[] b = bytes.toByteArray();
            InputStreamReader r = new InputStreamReader(new ByteArrayInputStream(b), cs);
            char[] buf = new char[64];
            int n = r.read(buf);
            System.out.println("writer " + cs + " " + Arrays.toString(b) + " -> " + codes(new String(buf, 0, n)) + " enc " + r.getEncoding());
        }
    }
}
