// The Benchmarks Game's reverse-complement: reads fasta's output from standard input and writes
// each sequence's header followed by its reverse complement, 60 bases per line.
// islet-test: stdin=FastaOutput.in
// (FastaOutput.in is the output of `java Fasta 2500` on HotSpot.)
import java.io.IOException;
import java.io.OutputStream;

public class ReverseComplement {
    static final int LINE_LENGTH = 60;
    static final byte[] COMPLEMENT = complementTable();

    // Maps every IUPAC code, either case, to its upper-case complement; other bytes to themselves.
    static byte[] complementTable() {
        byte[] table = new byte[256];
        for (int i = 0; i < table.length; i++) {
            table[i] = (byte) i;
        }
        String from = "ACGTUMRWSYKVHDBN";
        String to = "TGCAAKYWSRMBDHVN";
        for (int i = 0; i < from.length(); i++) {
            table[from.charAt(i)] = (byte) to.charAt(i);
            table[Character.toLowerCase(from.charAt(i))] = (byte) to.charAt(i);
        }
        return table;
    }

    static int indexOf(byte[] data, byte value, int from, int end) {
        for (int i = from; i < end; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return end;
    }

    // Writes the reverse complement of the bases in data[start, end) (line breaks skipped) into
    // out from offset on, broken into lines; returns the new end of out.
    static int reverseComplement(byte[] data, int start, int end, byte[] out, int offset) {
        int column = 0;
        for (int i = end - 1; i >= start; i--) {
            byte base = data[i];
            if (base == '\n') {
                continue;
            }
            out[offset++] = COMPLEMENT[base & 0xff];
            if (++column == LINE_LENGTH) {
                out[offset++] = '\n';
                column = 0;
            }
        }
        if (column > 0) {
            out[offset++] = '\n';
        }
        return offset;
    }

    public static void main(String[] args) throws IOException {
        byte[] data = System.in.readAllBytes();
        // Every input byte is written at most once, plus at most one line break per base and
        // one after a final header that lacks it.
        byte[] out = new byte[2 * data.length + 1];
        int used = 0;
        int position = indexOf(data, (byte) '>', 0, data.length);
        while (position < data.length) {
            int headerEnd = Math.min(indexOf(data, (byte) '\n', position, data.length) + 1, data.length);
            System.arraycopy(data, position, out, used, headerEnd - position);
            used += headerEnd - position;
            if (out[used - 1] != '\n') {
                out[used++] = '\n';
            }
            int next = indexOf(data, (byte) '>', headerEnd, data.length);
            used = reverseComplement(data, headerEnd, next, out, used);
            position = next;
        }
        OutputStream stdout = System.out;
        stdout.write(out, 0, used);
        stdout.flush();
    }
}
