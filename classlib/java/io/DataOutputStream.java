// Writes big-endian primitives and modified UTF-8 to an underlying stream, counting bytes.
package java.io;

public class DataOutputStream extends FilterOutputStream implements DataOutput {

    protected int written;
    private final byte[] scratch = new byte[8];

    public DataOutputStream(OutputStream out) {
        super(out);
    }

    private void incCount(int value) {
        int temp = written + value;
        written = temp < 0 ? Integer.MAX_VALUE : temp;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        out.write(b);
        incCount(1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        incCount(len);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    public final void writeBoolean(boolean v) throws IOException {
        out.write(v ? 1 : 0);
        incCount(1);
    }

    public final void writeByte(int v) throws IOException {
        out.write(v);
        incCount(1);
    }

    public final void writeShort(int v) throws IOException {
        scratch[0] = (byte) (v >>> 8);
        scratch[1] = (byte) v;
        out.write(scratch, 0, 2);
        incCount(2);
    }

    public final void writeChar(int v) throws IOException {
        writeShort(v);
    }

    public final void writeInt(int v) throws IOException {
        for (int i = 0; i < 4; i++) {
            scratch[i] = (byte) (v >>> (24 - 8 * i));
        }
        out.write(scratch, 0, 4);
        incCount(4);
    }

    public final void writeLong(long v) throws IOException {
        for (int i = 0; i < 8; i++) {
            scratch[i] = (byte) (v >>> (56 - 8 * i));
        }
        out.write(scratch, 0, 8);
        incCount(8);
    }

    public final void writeFloat(float v) throws IOException {
        writeInt(Float.floatToIntBits(v));
    }

    public final void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToLongBits(v));
    }

    /** The low byte of each char. */
    public final void writeBytes(String s) throws IOException {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            out.write((byte) s.charAt(i));
        }
        incCount(len);
    }

    public final void writeChars(String s) throws IOException {
        int len = s.length();
        for (int i = 0; i < len; i++) {
            int v = s.charAt(i);
            out.write((v >>> 8) & 0xff);
            out.write(v & 0xff);
        }
        incCount(len * 2);
    }

    public final void writeUTF(String str) throws IOException {
        incCount(writeUTF(str, out));
    }

    /** Modified UTF-8: NUL as two bytes, supplementary chars as two three-byte surrogates. */
    static int writeUTF(String str, OutputStream out) throws IOException {
        int len = str.length();
        long utfLength = len;
        for (int i = 0; i < len; i++) {
            char c = str.charAt(i);
            if (c >= 0x80 || c == 0) {
                utfLength += c >= 0x800 ? 2 : 1;
            }
        }
        if (utfLength > 65535) {
            throw new UTFDataFormatException("encoded string (" + str.substring(0, 8) + "..."
                    + str.substring(len - 8, len) + ") too long: " + utfLength + " bytes");
        }
        byte[] bytes = new byte[(int) utfLength + 2];
        int pos = 0;
        bytes[pos++] = (byte) (utfLength >>> 8);
        bytes[pos++] = (byte) utfLength;
        for (int i = 0; i < len; i++) {
            char c = str.charAt(i);
            if (c >= 0x01 && c < 0x80) {
                bytes[pos++] = (byte) c;
            } else if (c < 0x800) {
                bytes[pos++] = (byte) (0xc0 | (c >> 6));
                bytes[pos++] = (byte) (0x80 | (c & 0x3f));
            } else {
                bytes[pos++] = (byte) (0xe0 | (c >> 12));
                bytes[pos++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                bytes[pos++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        out.write(bytes, 0, pos);
        return pos;
    }

    public final int size() {
        return written;
    }
}
