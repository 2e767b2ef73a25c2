// Reads big-endian primitives and modified UTF-8 from an underlying stream; running out of
// bytes mid-value is an EOFException without a message, as in the JDK.
package java.io;

import java.util.Objects;

public class DataInputStream extends FilterInputStream implements DataInput {

    private final byte[] scratch = new byte[8];
    private char[] lineBuffer;

    public DataInputStream(InputStream in) {
        super(in);
    }

    @Override
    public final int read(byte[] b) throws IOException {
        return in.read(b, 0, b.length);
    }

    @Override
    public final int read(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, len);
    }

    public final void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    public final void readFully(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        int n = 0;
        while (n < len) {
            int count = in.read(b, off + n, len - n);
            if (count < 0) {
                throw new EOFException();
            }
            n += count;
        }
    }

    public final int skipBytes(int n) throws IOException {
        int total = 0;
        int cur;
        while (total < n && (cur = (int) in.skip(n - total)) > 0) {
            total += cur;
        }
        return total;
    }

    private int readOne() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    public final boolean readBoolean() throws IOException {
        return readOne() != 0;
    }

    public final byte readByte() throws IOException {
        return (byte) readOne();
    }

    public final int readUnsignedByte() throws IOException {
        return readOne();
    }

    public final short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    public final int readUnsignedShort() throws IOException {
        readFully(scratch, 0, 2);
        return ((scratch[0] & 0xff) << 8) | (scratch[1] & 0xff);
    }

    public final char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    public final int readInt() throws IOException {
        readFully(scratch, 0, 4);
        return ((scratch[0] & 0xff) << 24) | ((scratch[1] & 0xff) << 16) | ((scratch[2] & 0xff) << 8) | (scratch[3] & 0xff);
    }

    public final long readLong() throws IOException {
        readFully(scratch, 0, 8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (scratch[i] & 0xff);
        }
        return v;
    }

    public final float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    public final double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Bytes as Latin-1 chars up to "\n", "\r" or "\r\n"; null at end of stream. */
    @Deprecated
    public final String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (c == '\r') {
                int next = in.read();
                if (next != '\n' && next >= 0) {
                    if (!(in instanceof PushbackInputStream)) {
                        in = new PushbackInputStream(in);
                    }
                    ((PushbackInputStream) in).unread(next);
                }
                break;
            }
            sb.append((char) c);
            c = in.read();
        }
        return sb.toString();
    }

    public final String readUTF() throws IOException {
        return readUTF(this);
    }

    /** Reads a two-byte length and that many bytes of modified UTF-8. */
    public static final String readUTF(DataInput in) throws IOException {
        int length = in.readUnsignedShort();
        byte[] bytes = new byte[length];
        in.readFully(bytes, 0, length);
        char[] chars = new char[length];
        int count = 0;
        int pos = 0;
        while (pos < length) {
            int c = bytes[pos] & 0xff;
            switch (c >> 4) {
                case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
                    pos++;
                    chars[count++] = (char) c;
                    break;
                case 12: case 13: {
                    pos += 2;
                    if (pos > length) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = bytes[pos - 1];
                    if ((c2 & 0xc0) != 0x80) {
                        throw new UTFDataFormatException("malformed input around byte " + pos);
                    }
                    chars[count++] = (char) (((c & 0x1f) << 6) | (c2 & 0x3f));
                    break;
                }
                case 14: {
                    pos += 3;
                    if (pos > length) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = bytes[pos - 2];
                    int c3 = bytes[pos - 1];
                    if ((c2 & 0xc0) != 0x80 || (c3 & 0xc0) != 0x80) {
                        throw new UTFDataFormatException("malformed input around byte " + (pos - 1));
                    }
                    chars[count++] = (char) (((c & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f));
                    break;
                }
                default:
                    throw new UTFDataFormatException("malformed input around byte " + pos);
            }
        }
        return new String(chars, 0, count);
    }
}
