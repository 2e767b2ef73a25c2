// java.util.zip.CRC32C: CRC-32C (Castagnoli, RFC 3720), in Java with one 256-entry table per
// byte lane (slicing by 4, so the interpreter walks an input a word at a time). snappy-java's
// framed format checks its chunks with it.
package java.util.zip;

public final class CRC32C implements Checksum {

    /** The reversed Castagnoli polynomial. */
    private static final int POLYNOMIAL = 0x82F63B78;

    /** TABLES[k][b]: the CRC of byte b followed by k zero bytes. */
    private static final int[][] TABLES = makeTables();

    private int crc = 0xFFFFFFFF;

    public CRC32C() {}

    private static int[][] makeTables() {
        int[][] tables = new int[4][256];
        for (int b = 0; b < 256; b++) {
            int c = b;
            for (int bit = 0; bit < 8; bit++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ POLYNOMIAL : c >>> 1;
            }
            tables[0][b] = c;
        }
        for (int k = 1; k < 4; k++) {
            for (int b = 0; b < 256; b++) {
                int previous = tables[k - 1][b];
                tables[k][b] = (previous >>> 8) ^ tables[0][previous & 0xFF];
            }
        }
        return tables;
    }

    @Override
    public void update(int b) {
        crc = (crc >>> 8) ^ TABLES[0][(crc ^ b) & 0xFF];
    }

    @Override
    public void update(byte[] b, int off, int len) {
        if (b == null) {
            throw new NullPointerException();
        }
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new ArrayIndexOutOfBoundsException();
        }
        int[] t0 = TABLES[0], t1 = TABLES[1], t2 = TABLES[2], t3 = TABLES[3];
        int c = crc;
        int end = off + len;
        for (; off + 4 <= end; off += 4) {
            c ^= (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8 | (b[off + 2] & 0xFF) << 16 | b[off + 3] << 24;
            c = t3[c & 0xFF] ^ t2[(c >>> 8) & 0xFF] ^ t1[(c >>> 16) & 0xFF] ^ t0[c >>> 24];
        }
        for (; off < end; off++) {
            c = (c >>> 8) ^ t0[(c ^ b[off]) & 0xFF];
        }
        crc = c;
    }

    @Override
    public long getValue() {
        return ~crc & 0xFFFFFFFFL;
    }

    @Override
    public void reset() {
        crc = 0xFFFFFFFF;
    }
}
