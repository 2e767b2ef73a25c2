// The Benchmarks Game's mandelbrot: the Mandelbrot set on [-1.5,0.5]×[-1,1] as an n×n bitmap,
// written as a binary PBM (P4) image to standard output.
// islet-test: args=203
import java.io.IOException;
import java.io.OutputStream;

public class Mandelbrot {
    static final int ITERATIONS = 50;
    static final double LIMIT_SQUARED = 4.0;

    static boolean inSet(double cr, double ci) {
        double zr = 0, zi = 0, tr = 0, ti = 0;
        for (int i = 0; i < ITERATIONS && tr + ti <= LIMIT_SQUARED; i++) {
            zi = 2.0 * zr * zi + ci;
            zr = tr - ti + cr;
            tr = zr * zr;
            ti = zi * zi;
        }
        return tr + ti <= LIMIT_SQUARED;
    }

    // Packs one row into bytes, eight pixels each, the first pixel in the high bit; the last
    // byte is padded with zero bits.
    static int encodeRow(int y, int size, byte[] out, int offset) {
        double ci = 2.0 * y / size - 1.0;
        int bits = 0;
        int bitCount = 0;
        for (int x = 0; x < size; x++) {
            bits = (bits << 1) | (inSet(2.0 * x / size - 1.5, ci) ? 1 : 0);
            if (++bitCount == 8) {
                out[offset++] = (byte) bits;
                bits = 0;
                bitCount = 0;
            }
        }
        if (bitCount > 0) {
            out[offset++] = (byte) (bits << (8 - bitCount));
        }
        return offset;
    }

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rowBytes = (size + 7) / 8;
        byte[] image = new byte[rowBytes * size];
        int offset = 0;
        for (int y = 0; y < size; y++) {
            offset = encodeRow(y, size, image, offset);
        }
        OutputStream out = System.out;
        out.write(("P4\n" + size + " " + size + "\n").getBytes());
        out.write(image, 0, offset);
        out.flush();
    }
}
