// The Benchmarks Game's k-nucleotide: reads the third sequence of fasta's output from standard
// input and counts its k-mers: frequencies of all 1- and 2-mers, then counts of five given ones.
// islet-test: stdin=FastaOutput.in
// (FastaOutput.in is the output of `java Fasta 2500` on HotSpot.)
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class KNucleotide {
    static final String[] SEQUENCES_TO_COUNT = {
        "GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT",
    };
    static final char[] BASES = {'A', 'C', 'G', 'T'};

    static final class Counter {
        int count;
    }

    // The bases of the sequence after the ">THREE" header, upper-cased, line breaks removed.
    static byte[] readThirdSequence(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null && !line.startsWith(">THREE")) {
        }
        ByteArrayOutputStream bases = new ByteArrayOutputStream();
        while ((line = in.readLine()) != null && !line.startsWith(">")) {
            byte[] bytes = line.toUpperCase().getBytes();
            bases.write(bytes, 0, bytes.length);
        }
        return bases.toByteArray();
    }

    static int code(byte base) {
        switch (base) {
            case 'A': return 0;
            case 'C': return 1;
            case 'G': return 2;
            default: return 3;
        }
    }

    // Two bits per base, the first base highest; k <= 31 fits a long.
    static long encode(byte[] sequence, int start, int k) {
        long key = 0;
        for (int i = start; i < start + k; i++) {
            key = (key << 2) | code(sequence[i]);
        }
        return key;
    }

    static String decode(long key, int k) {
        char[] text = new char[k];
        for (int i = k - 1; i >= 0; i--) {
            text[i] = BASES[(int) (key & 3)];
            key >>>= 2;
        }
        return new String(text);
    }

    static Map<Long, Counter> countFrames(byte[] sequence, int k) {
        Map<Long, Counter> counts = new HashMap<>();
        long mask = (1L << (2 * k)) - 1;
        long key = k > 1 ? encode(sequence, 0, k - 1) : 0;
        for (int i = k - 1; i < sequence.length; i++) {
            key = ((key << 2) | code(sequence[i])) & mask;
            Counter counter = counts.get(key);
            if (counter == null) {
                counter = new Counter();
                counts.put(key, counter);
            }
            counter.count++;
        }
        return counts;
    }

    // Every k-mer with its share in percent, the most frequent first, ties alphabetically.
    static void printFrequencies(byte[] sequence, int k) {
        Map<Long, Counter> counts = countFrames(sequence, k);
        List<Map.Entry<Long, Counter>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> a.getValue().count != b.getValue().count
                ? Integer.compare(b.getValue().count, a.getValue().count)
                : Long.compare(a.getKey(), b.getKey()));
        double total = sequence.length - k + 1;
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Long, Counter> entry : entries) {
            out.append(String.format("%s %.3f%n", decode(entry.getKey(), k), entry.getValue().count * 100.0 / total));
        }
        System.out.println(out);
    }

    static void printCount(byte[] sequence, String fragment) {
        int k = fragment.length();
        Counter counter = countFrames(sequence, k).get(encode(fragment.getBytes(), 0, k));
        System.out.println((counter == null ? 0 : counter.count) + "\t" + fragment);
    }

    public static void main(String[] args) throws IOException {
        byte[] sequence = readThirdSequence(new BufferedReader(new InputStreamReader(System.in)));
        printFrequencies(sequence, 1);
        printFrequencies(sequence, 2);
        for (String fragment : SEQUENCES_TO_COUNT) {
            printCount(sequence, fragment);
        }
    }
}
