// lz4-java (Debian's liblz4-java + liblz4-jni) used as its documentation shows: the JNI factory
// (asserted to be the JNI one), block compression of byte arrays and of heap and direct
// ByteBuffers, the HC compressor, the length-prefixed and stream formats, XXHash32/64 one-shot
// and streaming, and the library's own exceptions on corrupt input.
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.Checksum;

import net.jpountz.lz4.LZ4BlockInputStream;
import net.jpountz.lz4.LZ4BlockOutputStream;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4CompressorWithLength;
import net.jpountz.lz4.LZ4DecompressorWithLength;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4FastDecompressor;
import net.jpountz.lz4.LZ4FrameInputStream;
import net.jpountz.lz4.LZ4FrameOutputStream;
import net.jpountz.lz4.LZ4SafeDecompressor;
import net.jpountz.util.Native;
import net.jpountz.xxhash.StreamingXXHash32;
import net.jpountz.xxhash.StreamingXXHash64;
import net.jpountz.xxhash.XXHash32;
import net.jpountz.xxhash.XXHash64;
import net.jpountz.xxhash.XXHashFactory;

public class Lz4Java {

    public static void main(String[] args) throws Exception {
        LZ4Factory factory = LZ4Factory.nativeInstance();
        Samples.check(Native.isLoaded(), "liblz4-java.so is loaded");
        System.out.println("factory " + factory);
        System.out.println("fast compressor " + factory.fastCompressor());
        System.out.println("high compressor " + factory.highCompressor());
        System.out.println("fast decompressor " + factory.fastDecompressor());
        System.out.println("safe decompressor " + factory.safeDecompressor());
        Samples.check(factory.fastCompressor().getClass().getSimpleName().equals("LZ4JNICompressor"),
                "the native factory's compressor is the JNI one");

        byte[] text = sampleText();
        byte[] noise = Samples.noise(5000, 0x2545F4914F6CDD1DL);
        byteArrays(factory, text);
        byteArrays(factory, noise);
        byteArrays(factory, new byte[0]);
        highCompression(factory, text);
        offsets(factory, text);
        byteBuffers(factory, text, true);
        byteBuffers(factory, text, false);
        withLength(factory, text);
        blockStreams(factory, text);
        frameStreams(text);
        xxhash(text);
        errors(factory, text);
        System.out.println("fastestInstance " + LZ4Factory.fastestInstance());
        System.out.println("done");
    }

    static void byteArrays(LZ4Factory factory, byte[] data) {
        LZ4Compressor compressor = factory.fastCompressor();
        int bound = compressor.maxCompressedLength(data.length);
        byte[] compressed = compressor.compress(data);
        System.out.println("array: " + data.length + " bytes -> " + compressed.length
                + " (bound " + bound + ")");
        byte[] fast = factory.fastDecompressor().decompress(compressed, data.length);
        byte[] safe = factory.safeDecompressor().decompress(compressed, data.length);
        Samples.check(Arrays.equals(data, fast), "fast decompression round trip");
        Samples.check(Arrays.equals(data, safe), "safe decompression round trip");
        // Into a caller's buffer, as the README shows: the safe decompressor reports the size.
        byte[] restored = new byte[data.length + 100];
        int size = factory.safeDecompressor().decompress(compressed, 0, compressed.length,
                restored, 0);
        System.out.println("  safe decompress into buffer: " + size);
    }

    static void highCompression(LZ4Factory factory, byte[] data) {
        for (int level : new int[] {1, 9, 17}) {
            byte[] compressed = factory.highCompressor(level).compress(data);
            byte[] restored = factory.fastDecompressor().decompress(compressed, data.length);
            Samples.check(Arrays.equals(data, restored), "HC level " + level + " round trip");
            System.out.println("HC level " + level + ": " + compressed.length + " bytes");
        }
    }

    static void offsets(LZ4Factory factory, byte[] data) {
        byte[] dest = new byte[factory.fastCompressor().maxCompressedLength(data.length) + 20];
        int n = factory.fastCompressor().compress(data, 10, data.length - 30, dest, 7, dest.length - 7);
        byte[] restored = new byte[data.length];
        int read = factory.fastDecompressor().decompress(dest, 7, restored, 3, data.length - 30);
        System.out.println("offsets: compressed " + n + ", read " + read);
        Samples.check(Arrays.equals(Arrays.copyOfRange(data, 10, data.length - 20),
                Arrays.copyOfRange(restored, 3, 3 + data.length - 30)), "offset round trip");
    }

    static void byteBuffers(LZ4Factory factory, byte[] data, boolean direct) {
        ByteBuffer src = direct ? ByteBuffer.allocateDirect(data.length) : ByteBuffer.allocate(data.length);
        src.put(data).flip();
        int bound = factory.fastCompressor().maxCompressedLength(data.length);
        ByteBuffer compressed = direct ? ByteBuffer.allocateDirect(bound) : ByteBuffer.allocate(bound);
        factory.fastCompressor().compress(src, compressed);
        System.out.println((direct ? "direct" : "heap") + " buffers: src position " + src.position()
                + ", compressed " + compressed.position());
        compressed.flip();
        ByteBuffer restored = direct ? ByteBuffer.allocateDirect(data.length) : ByteBuffer.allocate(data.length);
        factory.safeDecompressor().decompress(compressed, restored);
        restored.flip();
        byte[] back = new byte[restored.remaining()];
        restored.get(back);
        Samples.check(Arrays.equals(data, back), "buffer round trip");

        // Absolute form: compress with offsets, leaving positions untouched.
        ByteBuffer again = direct ? ByteBuffer.allocateDirect(bound + 5) : ByteBuffer.allocate(bound + 5);
        int n = factory.highCompressor().compress(src, 0, data.length, again, 5, bound);
        ByteBuffer out = direct ? ByteBuffer.allocateDirect(data.length) : ByteBuffer.allocate(data.length);
        int read = factory.fastDecompressor().decompress(again, 5, out, 0, data.length);
        System.out.println("  absolute: compressed " + n + ", read " + read + ", positions "
                + again.position() + "/" + out.position());
        for (int i = 0; i < data.length; i++) {
            if (out.get(i) != data[i]) {
                throw new AssertionError("absolute buffer round trip differs at " + i);
            }
        }
    }

    static void withLength(LZ4Factory factory, byte[] data) {
        LZ4CompressorWithLength compressor = new LZ4CompressorWithLength(factory.fastCompressor());
        byte[] compressed = compressor.compress(data);
        System.out.println("with length: " + compressed.length + " bytes, says "
                + LZ4DecompressorWithLength.getDecompressedLength(compressed));
        byte[] restored = new LZ4DecompressorWithLength(factory.fastDecompressor()).decompress(compressed);
        Samples.check(Arrays.equals(data, restored), "length-prefixed round trip");
        restored = new LZ4DecompressorWithLength(factory.safeDecompressor()).decompress(compressed);
        Samples.check(Arrays.equals(data, restored), "length-prefixed safe round trip");
    }

    static void blockStreams(LZ4Factory factory, byte[] data) throws IOException {
        // Default stream: native compressor, XXHash32 checksum (a java.util.zip.Checksum).
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (LZ4BlockOutputStream out = new LZ4BlockOutputStream(sink, 1024)) {
            for (int i = 0; i < 3; i++) {
                out.write(data);
                out.write('!');
            }
        }
        byte[] stream = sink.toByteArray();
        System.out.println("block stream: " + stream.length + " bytes");
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        try (LZ4BlockInputStream in = new LZ4BlockInputStream(new ByteArrayInputStream(stream))) {
            byte[] chunk = new byte[777];
            int n;
            while ((n = in.read(chunk)) != -1) {
                back.write(chunk, 0, n);
            }
        }
        System.out.println("  read back " + back.size() + " bytes");
        Samples.check(back.size() == 3 * (data.length + 1), "block stream length");

        // A checksum of our own through the documented constructor.
        Checksum checksum = XXHashFactory.nativeInstance().newStreamingHash32(0x9747b28c).asChecksum();
        sink.reset();
        try (LZ4BlockOutputStream out = new LZ4BlockOutputStream(sink, 4096,
                factory.highCompressor(), checksum, true)) {
            out.write(data, 5, 1000);
        }
        System.out.println("  HC block stream with syncFlush: " + sink.size() + " bytes");

        // Corrupt a byte of the payload: the stream's checksum catches it.
        byte[] bad = stream.clone();
        bad[bad.length / 2] ^= 0x55;
        try (LZ4BlockInputStream in = new LZ4BlockInputStream(new ByteArrayInputStream(bad))) {
            while (in.read() != -1) { }
            System.out.println("  corrupt stream: no error?");
        } catch (IOException | LZ4Exception e) {
            System.out.println("  corrupt stream: " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static void frameStreams(byte[] data) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (LZ4FrameOutputStream out = new LZ4FrameOutputStream(sink,
                LZ4FrameOutputStream.BLOCKSIZE.SIZE_64KB,
                LZ4FrameOutputStream.FLG.Bits.BLOCK_INDEPENDENCE,
                LZ4FrameOutputStream.FLG.Bits.CONTENT_CHECKSUM)) {
            out.write(data);
            out.write(data, 100, 200);
        }
        byte[] frame = sink.toByteArray();
        System.out.println("frame: " + frame.length + " bytes, magic "
                + Integer.toHexString((frame[0] & 0xff) | (frame[1] & 0xff) << 8
                        | (frame[2] & 0xff) << 16 | (frame[3] & 0xff) << 24));
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        try (LZ4FrameInputStream in = new LZ4FrameInputStream(new ByteArrayInputStream(frame))) {
            int b;
            while ((b = in.read()) != -1) {
                back.write(b);
            }
        }
        System.out.println("  read back " + back.size() + " bytes");
        Samples.check(back.size() == data.length + 200, "frame length");
    }

    static void xxhash(byte[] data) {
        XXHashFactory factory = XXHashFactory.nativeInstance();
        System.out.println("xxhash factory " + factory);
        XXHash32 h32 = factory.hash32();
        XXHash64 h64 = factory.hash64();
        System.out.println("  hash32 " + h32 + " " + Integer.toHexString(h32.hash(data, 0, data.length, 0x9747b28c)));
        System.out.println("  hash64 " + h64 + " " + Long.toHexString(h64.hash(data, 0, data.length, 42L)));
        System.out.println("  hash32 of empty " + Integer.toHexString(h32.hash(new byte[0], 0, 0, 0)));
        ByteBuffer direct = ByteBuffer.allocateDirect(data.length);
        direct.put(data).flip();
        System.out.println("  hash32 direct buffer " + Integer.toHexString(h32.hash(direct, 0x9747b28c))
                + ", heap buffer " + Integer.toHexString(h32.hash(ByteBuffer.wrap(data), 0x9747b28c)));
        System.out.println("  hash64 direct buffer " + Long.toHexString(h64.hash(direct, 3, 100, 42L)));

        try (StreamingXXHash32 s32 = factory.newStreamingHash32(0x9747b28c);
                StreamingXXHash64 s64 = factory.newStreamingHash64(42L)) {
            System.out.println("  streaming " + s32 + " / " + s64);
            for (int off = 0; off < data.length; off += 100) {
                int len = Math.min(100, data.length - off);
                s32.update(data, off, len);
                s64.update(data, off, len);
            }
            System.out.println("  streaming32 " + Integer.toHexString(s32.getValue())
                    + " streaming64 " + Long.toHexString(s64.getValue()));
            Samples.check(s32.getValue() == h32.hash(data, 0, data.length, 0x9747b28c), "streaming32 = one-shot");
            Samples.check(s64.getValue() == h64.hash(data, 0, data.length, 42L), "streaming64 = one-shot");
            s32.reset();
            System.out.println("  after reset " + Integer.toHexString(s32.getValue()));
        }
        Checksum checksum = factory.newStreamingHash32(0).asChecksum();
        checksum.update(data, 0, 10);
        checksum.update(data[10]);
        System.out.println("  as Checksum " + Long.toHexString(checksum.getValue()));
    }

    static void errors(LZ4Factory factory, byte[] data) {
        byte[] compressed = factory.fastCompressor().compress(data);
        byte[] corrupt = compressed.clone();
        for (int i = 5; i < corrupt.length; i += 7) {
            corrupt[i] = (byte) 0xff;
        }
        attempt("safe decompress of corrupt input", () -> factory.safeDecompressor().decompress(corrupt, data.length));
        attempt("fast decompress into too short output",
                () -> factory.fastDecompressor().decompress(compressed, data.length - 50));
        attempt("safe decompress into too small buffer",
                () -> factory.safeDecompressor().decompress(compressed, 0, compressed.length, new byte[10], 0));
        attempt("compress into too small buffer",
                () -> factory.fastCompressor().compress(data, 0, data.length, new byte[20], 0, 20));
        attempt("offset out of range",
                () -> factory.fastCompressor().compress(data, 10, data.length, new byte[100000], 0));
        attempt("read-only destination", () -> {
            factory.fastCompressor().compress(ByteBuffer.wrap(data), ByteBuffer.allocate(100000).asReadOnlyBuffer());
            return null;
        });
    }

    interface Attempt {
        Object run();
    }

    static void attempt(String what, Attempt attempt) {
        try {
            Object result = attempt.run();
            System.out.println(what + ": no exception, " + (result instanceof byte[] ? ((byte[]) result).length + " bytes" : result));
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static byte[] sampleText() {
        StringBuilder sb = new StringBuilder();
        String[] words = {"lorem", "ipsum", "dolor", "sit", "amet", "islet", "native", "interface"};
        for (int i = 0; i < 1200; i++) {
            sb.append(words[(i * 7 + i / 13) % words.length]).append(i % 11 == 0 ? '\n' : ' ');
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
