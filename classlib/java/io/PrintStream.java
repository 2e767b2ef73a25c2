// Prints text to a byte stream in a charset, never throwing IOException (checkError reports it).
// Flushing matches the JDK: with autoflush, every write of text is flushed, println flushes,
// and write(int) flushes on '\n'; unmappable chars are printed as '?'.
package java.io;

import java.nio.charset.Charset;
import java.util.Objects;

public class PrintStream extends FilterOutputStream implements Appendable, Closeable {

    private final boolean autoFlush;
    private boolean trouble = false;
    private Charset charset;
    private boolean closing = false;
    /** A high surrogate that ended the last text written, waiting for its low half. */
    private char pendingHighSurrogate;

    private static OutputStream requireNonNull(OutputStream out) {
        if (out == null) {
            throw new NullPointerException("Null output stream");
        }
        return out;
    }

    private static Charset toCharset(String csn) throws UnsupportedEncodingException {
        if (csn == null) {
            throw new NullPointerException("charsetName");
        }
        try {
            return Charset.forName(csn);
        } catch (IllegalArgumentException unused) {
            throw new UnsupportedEncodingException(csn);
        }
    }

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        this(autoFlush, requireNonNull(out), Charset.defaultCharset());
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(requireNonNull(out), autoFlush, toCharset(encoding));
    }

    public PrintStream(OutputStream out, boolean autoFlush, Charset charset) {
        this(autoFlush, requireNonNull(out), Objects.requireNonNull(charset, "charset"));
    }

    public PrintStream(String fileName) throws FileNotFoundException {
        this(false, new FileOutputStream(fileName), Charset.defaultCharset());
    }

    public PrintStream(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(false, new FileOutputStream(fileName), toCharset(csn));
    }

    public PrintStream(String fileName, Charset charset) throws IOException {
        this(false, new FileOutputStream(fileName), Objects.requireNonNull(charset, "charset"));
    }

    public PrintStream(File file) throws FileNotFoundException {
        this(false, new FileOutputStream(file), Charset.defaultCharset());
    }

    public PrintStream(File file, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(false, new FileOutputStream(file), toCharset(csn));
    }

    public PrintStream(File file, Charset charset) throws IOException {
        this(false, new FileOutputStream(file), Objects.requireNonNull(charset, "charset"));
    }

    private PrintStream(boolean autoFlush, OutputStream out, Charset charset) {
        super(out);
        this.autoFlush = autoFlush;
        this.charset = charset;
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public void flush() {
        synchronized (this) {
            try {
                ensureOpen();
                out.flush();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!closing) {
                closing = true;
                try {
                    if (pendingHighSurrogate != 0) {
                        encodeAndWrite(String.valueOf(pendingHighSurrogate));
                        pendingHighSurrogate = 0;
                    }
                    flush(); // the JDK's internal writer flushes this stream as it closes
                    out.close();
                } catch (IOException x) {
                    trouble = true;
                }
                out = null;
            }
        }
    }

    public boolean checkError() {
        if (out != null) {
            flush();
        }
        if (out instanceof PrintStream) {
            return ((PrintStream) out).checkError();
        }
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    // ---- Bytes ----

    @Override
    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if ((b == '\n') && autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        this.write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        this.write(buf, 0, buf.length);
    }

    // ---- Text ----

    /**
     * Encodes s (plus a line separator) and hands the bytes to write(byte[],int,int), as the
     * JDK's internal writer does: nothing is written for empty text, a trailing high surrogate
     * waits for the next text, and a UTF-16 byte-order mark is only written once.
     */
    private void writeText(String s, boolean newLine) {
        try {
            synchronized (this) {
                ensureOpen();
                String text = newLine ? s + System.lineSeparator() : s;
                if (pendingHighSurrogate != 0) {
                    text = pendingHighSurrogate + text;
                    pendingHighSurrogate = 0;
                }
                int n = text.length();
                if (n > 0 && Character.isHighSurrogate(text.charAt(n - 1))) {
                    pendingHighSurrogate = text.charAt(n - 1);
                    text = text.substring(0, n - 1);
                }
                encodeAndWrite(text);
                if (autoFlush && (newLine || s.indexOf('\n') >= 0)) {
                    out.flush();
                }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    private void encodeAndWrite(String text) {
        if (text.isEmpty()) {
            return;
        }
        byte[] bytes = text.getBytes(charset);
        if (charset.name().equals("UTF-16")) {
            charset = java.nio.charset.StandardCharsets.UTF_16BE; // the mark has been written
        }
        write(bytes, 0, bytes.length);
    }

    private void write(String s) {
        writeText(s, false);
    }

    private void writeln(String s) {
        writeText(s, true);
    }

    private void newLine() {
        writeText("", true);
    }

    public void print(boolean b) {
        write(String.valueOf(b));
    }

    public void print(char c) {
        write(String.valueOf(c));
    }

    public void print(int i) {
        write(String.valueOf(i));
    }

    public void print(long l) {
        write(String.valueOf(l));
    }

    public void print(float f) {
        write(String.valueOf(f));
    }

    public void print(double d) {
        write(String.valueOf(d));
    }

    public void print(char[] s) {
        write(new String(s));
    }

    public void print(String s) {
        write(String.valueOf(s));
    }

    public void print(Object obj) {
        write(String.valueOf(obj));
    }

    public void println() {
        newLine();
    }

    /** Exactly PrintStream writes the line in one piece; subclasses see print then newLine. */
    private void printlnString(String s) {
        if (getClass() == PrintStream.class) {
            writeln(s);
        } else {
            synchronized (this) {
                print(s);
                newLine();
            }
        }
    }

    public void println(boolean x) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char x) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(int x) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(long x) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(float x) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(double x) {
        if (getClass() == PrintStream.class) {
            writeln(String.valueOf(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(char[] x) {
        if (getClass() == PrintStream.class) {
            writeln(new String(x));
        } else {
            synchronized (this) {
                print(x);
                newLine();
            }
        }
    }

    public void println(String x) {
        printlnString(String.valueOf(x));
    }

    public void println(Object x) {
        printlnString(String.valueOf(x));
    }

    // ---- Formatted output ----

    /** Created on first use and kept, as in the JDK. */
    private java.util.Formatter formatter;

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream format(String format, Object... args) {
        try {
            synchronized (this) {
                ensureOpen();
                if (formatter == null) {
                    formatter = new java.util.Formatter((Appendable) this);
                }
                formatter.format(format, args);
            }
        } catch (IOException x) {
            trouble = true;
        }
        return this;
    }

    // ---- Appendable ----

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
