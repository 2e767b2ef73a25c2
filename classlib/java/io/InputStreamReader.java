// Decodes bytes from a byte stream into chars in a charset. Bytes of a UTF-8 or UTF-16
// sequence split across reads are held back until the rest arrives.
package java.io;

import java.nio.charset.Charset;

public class InputStreamReader extends Reader {

    private final InputStream in;
    private final Charset charset;
    private final byte[] bytes = new byte[8192];
    private int byteCount;
    private String decoded = "";
    private int decodedPos;
    private boolean eof;
    private boolean closed;
    /** For "UTF-16": the byte order found in the byte-order mark, fixed after the first bytes. */
    private Charset effective;

    public InputStreamReader(InputStream in) {
        this(in, Charset.defaultCharset());
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        super(in);
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        this.in = in;
        try {
            this.charset = Charset.forName(charsetName);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException(charsetName);
        }
    }

    public InputStreamReader(InputStream in, Charset cs) {
        super(in);
        if (cs == null) {
            throw new NullPointerException("charset");
        }
        this.in = in;
        this.charset = cs;
    }

    public String getEncoding() {
        return closed ? null : HistoricalNames.of(charset);
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    /** How many trailing bytes of bytes[0, byteCount) may be an unfinished sequence. */
    private int incompleteTail() {
        String name = decoder().name();
        if (name.equals("UTF-8")) {
            for (int back = 1; back <= 3 && back <= byteCount; back++) {
                int b = bytes[byteCount - back] & 0xFF;
                if ((b & 0xC0) == 0x80) {
                    continue; // a continuation byte: keep looking for its lead byte
                }
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return needed > back ? back : 0;
            }
            return 0;
        }
        if (name.startsWith("UTF-16")) {
            int tail = byteCount & 1;
            if (byteCount - tail >= 2) {
                int at = byteCount - tail - 2;
                boolean little = name.equals("UTF-16LE");
                int hi = little ? bytes[at + 1] & 0xFF : bytes[at] & 0xFF;
                if (hi >= 0xD8 && hi <= 0xDB) {
                    tail += 2; // a high surrogate waits for its low half
                }
            }
            return tail;
        }
        return 0;
    }

    private Charset decoder() {
        return effective != null ? effective : charset;
    }

    /** For UTF-16, consumes a leading byte-order mark once; returns how many bytes to skip. */
    private int detectByteOrder() {
        if (effective != null || !charset.name().equals("UTF-16") || byteCount < 2) {
            return 0;
        }
        int b0 = bytes[0] & 0xFF;
        int b1 = bytes[1] & 0xFF;
        if (b0 == 0xFF && b1 == 0xFE) {
            effective = java.nio.charset.StandardCharsets.UTF_16LE;
            return 2;
        }
        effective = java.nio.charset.StandardCharsets.UTF_16BE;
        return (b0 == 0xFE && b1 == 0xFF) ? 2 : 0;
    }

    /** Refills `decoded`; returns false at end of input. */
    private boolean fill() throws IOException {
        while (decodedPos >= decoded.length()) {
            if (eof) {
                return false;
            }
            int n = in.read(bytes, byteCount, bytes.length - byteCount);
            if (n < 0) {
                eof = true;
                decoded = byteCount == 0 ? "" : new String(bytes, 0, byteCount, decoder());
                byteCount = 0;
            } else {
                byteCount += n;
                int skip = detectByteOrder();
                int keep = incompleteTail();
                int take = byteCount - keep;
                decoded = take <= skip ? "" : new String(bytes, skip, take - skip, decoder());
                System.arraycopy(bytes, take, bytes, 0, keep);
                byteCount = keep;
            }
            decodedPos = 0;
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (!fill()) {
                return -1;
            }
            return decoded.charAt(decodedPos++);
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            java.util.Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, decoded.length() - decodedPos);
            decoded.getChars(decodedPos, decodedPos + n, cbuf, off);
            decodedPos += n;
            return n;
        }
    }

    @Override
    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            return decodedPos < decoded.length() || in.available() > 0;
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            in.close();
        }
    }
}
