// Encodes chars into bytes in a charset and writes them to a byte stream. A high surrogate at
// the end of one write waits for its partner, so pairs split across writes encode correctly.
package java.io;

import java.nio.charset.Charset;

public class OutputStreamWriter extends Writer {

    private final OutputStream out;
    private final Charset charset;
    /** The charset to encode with next: for UTF-16, big-endian without a mark after the first bytes. */
    private Charset encoding;
    private char pendingHighSurrogate;
    private boolean closed;

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        super(out);
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        this.out = out;
        try {
            this.charset = Charset.forName(charsetName);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException(charsetName);
        }
        this.encoding = charset;
    }

    public OutputStreamWriter(OutputStream out) {
        this(out, Charset.defaultCharset());
    }

    public OutputStreamWriter(OutputStream out, Charset cs) {
        super(out);
        if (cs == null) {
            throw new NullPointerException("charset");
        }
        this.out = out;
        this.charset = cs;
        this.encoding = cs;
    }

    public String getEncoding() {
        return closed ? null : HistoricalNames.of(charset);
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            if ((off < 0) || (off > cbuf.length) || (len < 0) || ((off + len) > cbuf.length) || ((off + len) < 0)) {
                throw new IndexOutOfBoundsException();
            }
            if (len == 0) {
                return;
            }
            StringBuilder sb = new StringBuilder(len + 1);
            if (pendingHighSurrogate != 0) {
                sb.append(pendingHighSurrogate);
                pendingHighSurrogate = 0;
            }
            sb.append(cbuf, off, len);
            char last = sb.charAt(sb.length() - 1);
            if (Character.isHighSurrogate(last)) {
                pendingHighSurrogate = last;
                sb.setLength(sb.length() - 1);
            }
            writeEncoded(sb.toString());
        }
    }

    private void writeEncoded(String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        byte[] bytes = text.getBytes(encoding);
        if (encoding.name().equals("UTF-16")) {
            encoding = java.nio.charset.StandardCharsets.UTF_16BE; // the mark has been written
        }
        out.write(bytes, 0, bytes.length);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        if (len < 0) {
            throw new IndexOutOfBoundsException();
        }
        char[] cbuf = new char[len];
        str.getChars(off, off + len, cbuf, 0);
        write(cbuf, 0, len);
    }

    /** A lone high surrogate left at the end is unmappable: it encodes as the replacement. */
    private void flushPending() throws IOException {
        if (pendingHighSurrogate != 0) {
            char lone = pendingHighSurrogate;
            pendingHighSurrogate = 0;
            writeEncoded(String.valueOf(lone));
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            ensureOpen();
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            try {
                flushPending();
                out.flush();
            } finally {
                closed = true;
                out.close();
            }
        }
    }
}
