// The Benchmarks Game's fasta: writes three DNA sequences in FASTA format, one repeating the
// ALU sequence and two drawn from nucleotide frequency tables by a fixed linear congruential
// generator, 60 bases per line.
// islet-test: args=1000
import java.io.IOException;
import java.io.OutputStream;

public class Fasta {
    static final int LINE_LENGTH = 60;

    static final String ALU =
        "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
        + "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
        + "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
        + "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
        + "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG"
        + "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
        + "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA";

    static final byte[] IUB_CODES = "acgtBDHKMNRSVWY".getBytes();
    static final double[] IUB_PROBABILITIES = {
        0.27, 0.12, 0.12, 0.27, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02,
    };

    static final byte[] HOMO_SAPIENS_CODES = "acgt".getBytes();
    static final double[] HOMO_SAPIENS_PROBABILITIES = {
        0.3029549426680, 0.1979883004921, 0.1975473066391, 0.3015094502008,
    };

    // The benchmark's generator: seed' = (seed * 3877 + 29573) mod 139968, scaled to [0, max).
    static final class Random {
        static final int IM = 139968, IA = 3877, IC = 29573;
        int seed = 42;

        double next(double max) {
            seed = (seed * IA + IC) % IM;
            return max * seed / IM;
        }
    }

    // Collects output lines and hands them to the stream in large blocks.
    static final class LineWriter {
        final OutputStream out;
        final byte[] buffer = new byte[64 * 1024];
        int used;

        LineWriter(OutputStream out) {
            this.out = out;
        }

        void ensureRoom(int bytes) throws IOException {
            if (used + bytes > buffer.length) {
                flush();
            }
        }

        void put(byte b) {
            buffer[used++] = b;
        }

        void header(String text) throws IOException {
            byte[] bytes = (text + "\n").getBytes();
            ensureRoom(bytes.length);
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }

        void flush() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    static void repeat(LineWriter writer, String header, String pattern, int length) throws IOException {
        writer.header(header);
        byte[] bases = pattern.getBytes();
        int position = 0;
        while (length > 0) {
            int line = Math.min(LINE_LENGTH, length);
            writer.ensureRoom(line + 1);
            for (int i = 0; i < line; i++) {
                writer.put(bases[position]);
                if (++position == bases.length) {
                    position = 0;
                }
            }
            writer.put((byte) '\n');
            length -= line;
        }
    }

    static double[] cumulative(double[] probabilities) {
        double[] sums = new double[probabilities.length];
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            sum += probabilities[i];
            sums[i] = sum;
        }
        return sums;
    }

    static byte pick(byte[] codes, double[] cumulative, double r) {
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return codes[i];
            }
        }
        return codes[codes.length - 1];
    }

    static void random(LineWriter writer, String header, byte[] codes, double[] probabilities,
                       int length, Random random) throws IOException {
        writer.header(header);
        double[] sums = cumulative(probabilities);
        while (length > 0) {
            int line = Math.min(LINE_LENGTH, length);
            writer.ensureRoom(line + 1);
            for (int i = 0; i < line; i++) {
                writer.put(pick(codes, sums, random.next(1.0)));
            }
            writer.put((byte) '\n');
            length -= line;
        }
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        LineWriter writer = new LineWriter(System.out);
        Random random = new Random();
        repeat(writer, ">ONE Homo sapiens alu", ALU, 2 * n);
        random(writer, ">TWO IUB ambiguity codes", IUB_CODES, IUB_PROBABILITIES, 3 * n, random);
        random(writer, ">THREE Homo sapiens frequency", HOMO_SAPIENS_CODES, HOMO_SAPIENS_PROBABILITIES,
               5 * n, random);
        writer.flush();
        System.out.flush();
    }
}
