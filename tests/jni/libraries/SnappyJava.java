// snappy-java (Debian's libsnappy-java + libsnappy-jni) used as its documentation shows: the JNI
// implementation (asserted: not the pure-Java fallback), byte arrays, strings and primitive
// arrays, direct ByteBuffers, the raw and framed stream formats, and the library's errors on
// corrupt input and misuse.
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.xerial.snappy.Snappy;
import org.xerial.snappy.SnappyError;
import org.xerial.snappy.SnappyFramedInputStream;
import org.xerial.snappy.SnappyFramedOutputStream;
import org.xerial.snappy.SnappyInputStream;
import org.xerial.snappy.SnappyNative;
import org.xerial.snappy.SnappyOutputStream;

public class SnappyJava {

    public static void main(String[] args) throws Exception {
        String input = "Hello snappy-java! Snappy-java is a JNI-based wrapper of "
                + "Snappy, a fast compresser/decompresser.";
        // The README's first example.
        byte[] compressed = Snappy.compress(input.getBytes(StandardCharsets.UTF_8));
        byte[] uncompressed = Snappy.uncompress(compressed);
        String result = new String(uncompressed, StandardCharsets.UTF_8);
        System.out.println(result);
        System.out.println("compressed " + input.length() + " -> " + compressed.length);

        nativeImplementation();
        byte[] text = sampleText();
        byteArrays(text);
        byteArrays(Samples.noise(3000, 0x9E3779B97F4A7C15L));
        byteArrays(new byte[0]);
        stringsAndPrimitiveArrays();
        directBuffers(text);
        streams(text);
        framedStreams(text);
        errors(text);
        System.out.println("done");
    }

    static void nativeImplementation() throws Exception {
        Method isPureJava = Class.forName("org.xerial.snappy.SnappyLoader").getDeclaredMethod("isPureJava");
        isPureJava.setAccessible(true);
        Snappy.maxCompressedLength(1);  // loads the implementation
        Samples.check(!(Boolean) isPureJava.invoke(null), "snappy-java runs on libsnappyjava.so, not pure Java");
        System.out.println("native library version " + new SnappyNative().nativeLibraryVersion());
        // SnappyLoader copied the keys of org-xerial-snappy.properties (on the class path).
        System.out.println("marker property: " + System.getProperty("org.xerial.snappy.islet.marker"));
        // The jar's Maven metadata, read as a resource of the jar the way snappy-java reads it.
        Properties pom = new Properties();
        try (InputStream in = Snappy.class.getResourceAsStream(
                "/META-INF/maven/org.xerial.snappy/snappy-java/pom.properties")) {
            pom.load(in);
        }
        System.out.println("pom.properties: " + pom.getProperty("groupId") + ":"
                + pom.getProperty("artifactId") + " " + pom.getProperty("version"));
    }

    static void byteArrays(byte[] data) throws IOException {
        byte[] compressed = Snappy.compress(data);
        System.out.println("array: " + data.length + " -> " + compressed.length + " (max "
                + Snappy.maxCompressedLength(data.length) + "), uncompressed length "
                + Snappy.uncompressedLength(compressed) + ", valid "
                + Snappy.isValidCompressedBuffer(compressed));
        Samples.check(Arrays.equals(data, Snappy.uncompress(compressed)), "array round trip");
        // Into caller buffers at offsets.
        byte[] out = new byte[Snappy.maxCompressedLength(data.length) + 9];
        int n = Snappy.compress(data, 0, data.length, out, 9);
        byte[] back = new byte[data.length + 4];
        int m = Snappy.uncompress(out, 9, n, back, 4);
        System.out.println("  at offsets: " + n + " / " + m);
        Samples.check(Arrays.equals(data, Arrays.copyOfRange(back, 4, 4 + data.length)), "offset round trip");
        byte[] raw = Snappy.rawCompress(data, data.length);
        Samples.check(Arrays.equals(raw, compressed), "rawCompress = compress");
    }

    static void stringsAndPrimitiveArrays() throws IOException {
        String s = "Grüße aus der Insel, \u03b1\u03b2\u03b3 — ".repeat(20);
        byte[] c = Snappy.compress(s);
        System.out.println("string: " + c.length + " bytes, back equal " + s.equals(Snappy.uncompressString(c)));
        byte[] latin = Snappy.compress(s, "ISO-8859-1");
        System.out.println("  as ISO-8859-1: " + Snappy.uncompressString(latin, "ISO-8859-1").substring(0, 20));
        System.out.println("  with charset: " + Snappy.uncompressString(Snappy.compress(s, StandardCharsets.UTF_16BE),
                StandardCharsets.UTF_16BE).equals(s));

        int[] ints = new int[500];
        long[] longs = new long[300];
        short[] shorts = new short[400];
        char[] chars = new char[350];
        float[] floats = new float[200];
        double[] doubles = new double[250];
        for (int i = 0; i < ints.length; i++) ints[i] = i * i % 97;
        for (int i = 0; i < longs.length; i++) longs[i] = (long) i << 33 | i % 5;
        for (int i = 0; i < shorts.length; i++) shorts[i] = (short) (i % 13 - 6);
        for (int i = 0; i < chars.length; i++) chars[i] = (char) ('a' + i % 26);
        for (int i = 0; i < floats.length; i++) floats[i] = i / 4.0f;
        for (int i = 0; i < doubles.length; i++) doubles[i] = Math.sqrt(i % 10);
        byte[] ci = Snappy.compress(ints);
        byte[] cl = Snappy.compress(longs);
        byte[] cs = Snappy.compress(shorts);
        byte[] cc = Snappy.compress(chars);
        byte[] cf = Snappy.compress(floats);
        byte[] cd = Snappy.compress(doubles);
        System.out.println("primitive arrays: int " + ci.length + ", long " + cl.length + ", short "
                + cs.length + ", char " + cc.length + ", float " + cf.length + ", double " + cd.length);
        Samples.check(Arrays.equals(ints, Snappy.uncompressIntArray(ci)), "int[] round trip");
        Samples.check(Arrays.equals(longs, Snappy.uncompressLongArray(cl)), "long[] round trip");
        Samples.check(Arrays.equals(shorts, Snappy.uncompressShortArray(cs)), "short[] round trip");
        Samples.check(Arrays.equals(chars, Snappy.uncompressCharArray(cc)), "char[] round trip");
        Samples.check(Arrays.equals(floats, Snappy.uncompressFloatArray(cf)), "float[] round trip");
        Samples.check(Arrays.equals(doubles, Snappy.uncompressDoubleArray(cd)), "double[] round trip");
        // rawCompress of an int[] and rawUncompress back into one.
        byte[] raw = Snappy.rawCompress(ints, ints.length * 4);
        int[] back = new int[ints.length];
        Snappy.rawUncompress(raw, 0, raw.length, back, 0);
        Samples.check(Arrays.equals(ints, back), "raw int[] round trip");
        // arrayCopy between primitive arrays through the library.
        int[] copy = new int[10];
        Snappy.arrayCopy(ints, 4 * 20, 4 * 10, copy, 0);
        System.out.println("  arrayCopy " + Arrays.toString(copy));
    }

    static void directBuffers(byte[] data) throws IOException {
        ByteBuffer src = ByteBuffer.allocateDirect(data.length + 10);
        src.position(10);
        src.put(data);
        src.position(10);
        ByteBuffer compressed = ByteBuffer.allocateDirect(Snappy.maxCompressedLength(data.length));
        int n = Snappy.compress(src, compressed);
        System.out.println("direct: compressed " + n + ", src " + src.position() + "/" + src.limit()
                + ", dst " + compressed.position() + "/" + compressed.limit());
        System.out.println("  uncompressed length " + Snappy.uncompressedLength(compressed)
                + ", valid " + Snappy.isValidCompressedBuffer(compressed));
        ByteBuffer restored = ByteBuffer.allocateDirect(data.length);
        int m = Snappy.uncompress(compressed, restored);
        System.out.println("  uncompressed " + m + ", dst " + restored.position() + "/" + restored.limit());
        byte[] back = new byte[m];
        restored.get(back);
        Samples.check(Arrays.equals(data, back), "direct buffer round trip");
    }

    static void streams(byte[] data) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (SnappyOutputStream out = new SnappyOutputStream(sink, 1024)) {
            for (int i = 0; i < 4; i++) {
                out.write(data, i * 100, data.length - i * 100);
                out.write(i);
            }
            out.write(new int[] {1, 2, 3, 0x7fffffff});
        }
        byte[] stream = sink.toByteArray();
        System.out.println("stream: " + stream.length + " bytes, header "
                + new String(stream, 1, 6, StandardCharsets.US_ASCII));
        try (SnappyInputStream in = new SnappyInputStream(new ByteArrayInputStream(stream))) {
            System.out.println("  read back " + drain(in) + " bytes");
        }
    }

    static void framedStreams(byte[] data) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (SnappyFramedOutputStream out = new SnappyFramedOutputStream(sink)) {
            out.write(data);
            out.write(Samples.noise(2000, 0x9E3779B97F4A7C15L));
            out.write(ByteBuffer.wrap(data, 0, 500));
        }
        byte[] framed = sink.toByteArray();
        System.out.println("framed: " + framed.length + " bytes, stream identifier chunk "
                + Integer.toHexString(framed[0] & 0xff) + " "
                + new String(framed, 4, 6, StandardCharsets.US_ASCII));
        try (SnappyFramedInputStream in = new SnappyFramedInputStream(new ByteArrayInputStream(framed))) {
            System.out.println("  read back " + drain(in) + " bytes");
        }
        byte[] bad = framed.clone();
        bad[bad.length - 20] ^= 0x20;
        try (SnappyFramedInputStream in = new SnappyFramedInputStream(new ByteArrayInputStream(bad))) {
            drain(in);
            System.out.println("  corrupt framed stream: no error?");
        } catch (IOException e) {
            System.out.println("  corrupt framed stream: " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static void errors(byte[] data) {
        byte[] compressed;
        try {
            compressed = Snappy.compress(data);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        byte[] corrupt = compressed.clone();
        for (int i = 3; i < corrupt.length; i += 5) {
            corrupt[i] = (byte) 0xfe;
        }
        attempt("uncompress corrupt input", () -> Snappy.uncompress(corrupt));
        attempt("isValidCompressedBuffer of corrupt input", () -> Snappy.isValidCompressedBuffer(corrupt));
        attempt("uncompress garbage", () -> Snappy.uncompress(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff}));
        attempt("heap buffers", () -> Snappy.compress(ByteBuffer.allocate(10), ByteBuffer.allocate(100)));
        attempt("stream without header", () -> {
            try (InputStream in = new SnappyInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3}))) {
                return drain(in);
            }
        });
    }

    interface Attempt {
        Object run() throws Exception;
    }

    static void attempt(String what, Attempt attempt) {
        try {
            Object result = attempt.run();
            System.out.println(what + ": no exception, " + (result instanceof byte[] ? ((byte[]) result).length + " bytes" : result));
        } catch (Exception | SnappyError e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static int drain(InputStream in) throws IOException {
        byte[] chunk = new byte[333];
        int total = 0;
        int n;
        while ((n = in.read(chunk)) != -1) {
            total += n;
        }
        return total;
    }

    static byte[] sampleText() {
        StringBuilder sb = new StringBuilder();
        String[] words = {"snappy", "block", "frame", "islet", "native", "buffer", "stream"};
        for (int i = 0; i < 1500; i++) {
            sb.append(words[(i * 5 + i / 17) % words.length]).append(i % 9 == 0 ? '\n' : ' ');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
